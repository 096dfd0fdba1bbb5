import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractTimeline, parseArticle } from '$lib/extract';
import { validateTimeline, type Article, type Timeline } from '$lib/timeline';

/** Where articles and curated timelines live; DATELINE_DATA lets tests and deployments move it. */
const dataDir = () => resolve(process.env.DATELINE_DATA ?? 'data');
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

export interface ArticleSummary {
	slug: string;
	title: string;
	source: string;
	published: string;
}

const cache = new Map<string, { stamp: string; value: unknown }>();

/** Memoises a computation on files by their modification times, so edits show up on reload. */
function cached<T>(key: string, files: string[], compute: () => T): T {
	const stamp = files.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)).join(':');
	const hit = cache.get(key);
	if (hit && hit.stamp === stamp) return hit.value as T;
	const value = compute();
	cache.set(key, { stamp, value });
	return value;
}

export function isSlug(slug: string): boolean {
	return SLUG.test(slug);
}

export function listArticles(): ArticleSummary[] {
	const dir = join(dataDir(), 'articles');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.md') && isSlug(f.slice(0, -3)))
		.map((f) => {
			const { slug, title, source, published } = readArticle(f.slice(0, -3))!;
			return { slug, title, source, published };
		})
		.sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));
}

export function readArticle(slug: string): Article | null {
	if (!isSlug(slug)) return null;
	const file = join(dataDir(), 'articles', `${slug}.md`);
	if (!existsSync(file)) return null;
	return cached(`article:${slug}`, [file], () =>
		parseArticle(readFileSync(file, 'utf8'), slug, `data/articles/${slug}.md`)
	);
}

/**
 * The timeline of an article: the editor's published corrections when data/timelines has them,
 * otherwise what the extractor reads from the article.
 */
export function readTimeline(slug: string): { article: Article; timeline: Timeline } | null {
	const article = readArticle(slug);
	if (!article) return null;
	const curated = join(dataDir(), 'timelines', `${slug}.json`);
	const articleFile = join(dataDir(), 'articles', `${slug}.md`);
	const timeline = cached(`timeline:${slug}`, [articleFile, curated], () => {
		if (!existsSync(curated)) return extractTimeline(article);
		const file = `data/timelines/${slug}.json`;
		let json: unknown;
		try {
			json = JSON.parse(readFileSync(curated, 'utf8'));
		} catch (e) {
			throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
		}
		return validateTimeline(json, file);
	});
	return { article, timeline };
}
