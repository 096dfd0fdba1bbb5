import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArticle } from '$lib/extract/article';
import { MAX_ARTICLE_BYTES } from '$lib/timeline/limits';
import { DataError, type Problem } from '$lib/timeline/problems';
import type { Article, Timeline } from '$lib/timeline/types';
import { validateTimeline } from '$lib/timeline/validate';
import { DataFiles } from './data-file';
import { extraction, settled } from './extraction';

/** Where articles and curated timelines live; DATELINE_DATA lets tests and deployments move it. */
const dataDir = () => resolve(process.env.DATELINE_DATA ?? 'data');
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** A curated timeline file may be large (100,000 events), never unbounded. */
const MAX_TIMELINE_BYTES = 64 * 1024 * 1024;

export interface ArticleSummary {
	slug: string;
	title: string;
	source: string;
	published: string;
}

/** A file of data/ with problems, as editors see it on the home page and at /status. */
export interface DataProblem {
	/** "data/articles/x.md" */
	file: string;
	/** error: the file is not used as it is; warning: it is, without what is listed. */
	level: 'error' | 'warning';
	problems: Problem[];
	/** What readers get meanwhile. */
	serving: 'the last good version' | 'nothing' | 'the file without these fields';
}

const articles = new DataFiles<Article>({
	maxBytes: MAX_ARTICLE_BYTES,
	parse: (text, file) => parseArticle(text, file.replace(/^.*\/|\.md$/g, ''), file)
});

const timelines = new DataFiles<Timeline>({
	maxBytes: MAX_TIMELINE_BYTES,
	parse: (text, file, warnings) => {
		let json: unknown;
		try {
			json = JSON.parse(text.replace(/^\uFEFF/, ''));
		} catch (e) {
			throw new DataError([{ where: file, message: `not valid JSON (${(e as Error).message})` }]);
		}
		return validateTimeline(json, file, warnings);
	}
});

export function isSlug(slug: string): boolean {
	return SLUG.test(slug);
}

/** The slugs of a data folder's files with this extension; anything else there is ignored. */
function slugsIn(folder: string, extension: string): string[] {
	let names: string[];
	try {
		names = readdirSync(join(dataDir(), folder));
	} catch {
		return [];
	}
	return names
		.filter((f) => f.endsWith(extension) && isSlug(f.slice(0, -extension.length)))
		.map((f) => f.slice(0, -extension.length))
		.sort();
}

const articleFile = (slug: string) => `data/articles/${slug}.md`;
const timelineFile = (slug: string) => `data/timelines/${slug}.json`;

function loadArticle(slug: string) {
	return articles.load(join(dataDir(), 'articles', `${slug}.md`), articleFile(slug));
}

function loadCurated(slug: string) {
	return timelines.load(join(dataDir(), 'timelines', `${slug}.json`), timelineFile(slug));
}

/**
 * Every readable article, newest first. A broken file is left out (or listed as its last good
 * version) and reported by `dataProblems`; it never hides the others.
 */
export function listArticles(): ArticleSummary[] {
	return slugsIn('articles', '.md')
		.map((slug) => loadArticle(slug).value)
		.filter((a): a is Article => a !== null)
		.map(({ slug, title, source, published }) => ({ slug, title, source, published }))
		.sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));
}

/**
 * The slugs whose timeline can be served: the article reads and its curated timeline, if it
 * has one, does too. The static export prerenders these.
 */
export function servedSlugs(): string[] {
	return listArticles()
		.map(({ slug }) => slug)
		.filter((slug) => {
			const curated = loadCurated(slug);
			return curated.value !== null || curated.problems.length === 0;
		});
}

/** The problems of every file in data/, by file, errors first. */
export function dataProblems(): DataProblem[] {
	const found: DataProblem[] = [];
	const report = (
		file: string,
		loaded: { value: unknown; problems: Problem[]; warnings: Problem[]; stale: boolean }
	) => {
		if (loaded.problems.length) {
			found.push({
				file,
				level: 'error',
				problems: loaded.problems,
				serving: loaded.stale ? 'the last good version' : 'nothing'
			});
		} else if (loaded.warnings.length) {
			found.push({
				file,
				level: 'warning',
				problems: loaded.warnings,
				serving: 'the file without these fields'
			});
		}
	};
	for (const slug of slugsIn('articles', '.md')) report(articleFile(slug), loadArticle(slug));
	for (const slug of slugsIn('timelines', '.json')) report(timelineFile(slug), loadCurated(slug));
	return found.sort((a, b) =>
		a.level === b.level ? a.file.localeCompare(b.file) : a.level === 'error' ? -1 : 1
	);
}

/**
 * An article, or null when there is none. A broken file with an earlier good version gives
 * that version; with none, a DataError naming the file and its problems.
 */
export function readArticle(slug: string): Article | null {
	if (!isSlug(slug)) return null;
	const loaded = loadArticle(slug);
	if (loaded.value) return loaded.value;
	if (loaded.problems.length) throw new DataError(loaded.problems);
	return null;
}

/** The editor's published timeline of an article, or null; broken files as in readArticle. */
export function readCuratedTimeline(slug: string): Timeline | null {
	if (!isSlug(slug)) return null;
	const loaded = loadCurated(slug);
	if (loaded.value) return loaded.value;
	if (loaded.problems.length) throw new DataError(loaded.problems);
	return null;
}

export interface TimelineRead {
	article: Article;
	/** null only while the first extraction of the article is still running. */
	timeline: Timeline | null;
	/** True while a new version of the article is being extracted. */
	preparing: boolean;
}

/**
 * The last extracted version of each article, served while its new version is extracted
 * (article and timeline together: the events' offsets point into that text).
 */
const lastExtracted = new Map<string, { article: Article; timeline: Timeline }>();

/**
 * The timeline of an article: the editor's published corrections when data/timelines has them,
 * otherwise what the extractor reads from the article. Extraction runs in a worker; a request
 * waits for it at most `wait` ms (Infinity: until it is done, as the static export does) and
 * then gets the previous version (or no timeline) marked as being prepared. Null when there is no such article; a DataError when its files are broken.
 */
export async function readTimeline(
	slug: string,
	{ wait = 1500 }: { wait?: number } = {}
): Promise<TimelineRead | null> {
	const article = readArticle(slug);
	if (!article) return null;
	const curated = readCuratedTimeline(slug);
	if (curated) return { article, timeline: curated, preparing: false };
	let found = extraction(article);
	if (found.state === 'preparing' && wait > 0) {
		await settled(found.job, wait);
		found = extraction(article);
	}
	if (found.state === 'failed') {
		throw new DataError([{ where: articleFile(slug), message: found.error }]);
	}
	if (found.state === 'ready') {
		lastExtracted.set(slug, { article, timeline: found.timeline });
		return { article, timeline: found.timeline, preparing: false };
	}
	const last = lastExtracted.get(slug);
	return last ? { ...last, preparing: true } : { article, timeline: null, preparing: true };
}

/** Starts extracting every article that needs it, so first readers find it ready. */
export function prepareAll(): void {
	for (const { slug } of listArticles()) {
		try {
			const article = readArticle(slug);
			if (article && !readCuratedTimeline(slug)) extraction(article);
		} catch {
			// Listed by dataProblems; nothing to prepare.
		}
	}
}
