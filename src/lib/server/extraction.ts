import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { MAX_EVENTS } from '../timeline/limits';
import type { Article, Timeline } from '../timeline/types';
import { writeFileAtomic } from './atomic-write.js';
import { extractInWorker } from './extract-worker';

/**
 * Extracted timelines, made once per version of an article and kept: in memory, and on disk
 * (DATELINE_CACHE, default `.cache/extractions`, git-ignored) so a restart does not extract
 * everything again. The key is a hash of the article and of the extractor's own source
 * (`__DATELINE_EXTRACTOR__`, set in vite.config.ts), so a changed rule re-extracts.
 * The store's import and its extraction jobs get what is cached, or the job that is making it.
 */

declare const __DATELINE_EXTRACTOR__: string | undefined;
const EXTRACTOR =
	typeof __DATELINE_EXTRACTOR__ === 'string' ? __DATELINE_EXTRACTOR__ : 'unversioned';

const cacheDir = () => resolve(process.env.DATELINE_CACHE ?? '.cache/extractions');

/** In-memory results kept, most recent last; older ones are read back from disk. */
const MEMORY_ENTRIES = 200;

export type Extraction =
	| { state: 'ready'; timeline: Timeline }
	| { state: 'preparing'; job: Promise<Timeline> }
	| { state: 'failed'; error: string };

const memory = new Map<string, Timeline>();
const jobs = new Map<string, Promise<Timeline>>();
const failures = new Map<string, string>();

function keyOf(article: Article): string {
	const { slug, title, source, published, text } = article;
	return createHash('sha256')
		.update(JSON.stringify([EXTRACTOR, slug, title, source, published, text]))
		.digest('hex');
}

function remember(key: string, timeline: Timeline) {
	memory.delete(key);
	memory.set(key, timeline);
	if (memory.size > MEMORY_ENTRIES) memory.delete(memory.keys().next().value!);
}

/** Outside a build (tsx scripts) the extractor has no version, so its results are not kept on disk. */
const DISK = EXTRACTOR !== 'unversioned';

async function fromDisk(key: string): Promise<Timeline | null> {
	if (!DISK) return null;
	try {
		return JSON.parse(await readFile(join(cacheDir(), `${key}.json`), 'utf8')) as Timeline;
	} catch {
		return null;
	}
}

async function produce(key: string, article: Article): Promise<Timeline> {
	const cached = await fromDisk(key);
	if (cached) return cached;
	const timeline = await extractInWorker(article);
	if (timeline.events.length > MAX_EVENTS) {
		throw new Error(
			`extraction found ${timeline.events.length.toLocaleString('en')} events; a timeline holds at most ${MAX_EVENTS.toLocaleString('en')}, so split the article`
		);
	}
	try {
		if (DISK) writeFileAtomic(join(cacheDir(), `${key}.json`), JSON.stringify(timeline));
	} catch (e) {
		console.warn(`Dateline: could not cache an extraction: ${(e as Error).message}`);
	}
	return timeline;
}

/**
 * The extracted timeline of this version of the article, or the job making it (started here
 * if none is running), or why it failed.
 */
export function extraction(article: Article): Extraction {
	const key = keyOf(article);
	const timeline = memory.get(key);
	if (timeline) return { state: 'ready', timeline };
	const error = failures.get(key);
	if (error) return { state: 'failed', error };
	let job = jobs.get(key);
	if (!job) {
		job = produce(key, article);
		jobs.set(key, job);
		job.then(
			(t) => remember(key, t),
			(e: Error) => {
				failures.set(key, e.message);
				console.warn(`Dateline: extracting data/articles/${article.slug}.md failed: ${e.message}`);
			}
		);
		void job.finally(() => jobs.delete(key)).catch(() => {});
	}
	return { state: 'preparing', job };
}

/** The extracted timeline of this version of the article, made in the worker when not cached. */
export async function extracted(article: Article): Promise<Timeline> {
	const found = extraction(article);
	if (found.state === 'ready') return found.timeline;
	if (found.state === 'failed') throw new Error(found.error);
	return found.job;
}
