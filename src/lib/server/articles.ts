import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArticle } from '../extract/article';
import { MAX_ARTICLE_BYTES } from '../timeline/limits';
import { DataError, type Problem } from '../timeline/problems';
import type { Article, Timeline } from '../timeline/types';
import { validateTimeline } from '../timeline/validate';
import { DataFiles } from './data-file';

/** Where articles and curated timelines live; DATELINE_DATA lets tests and deployments move it. */
export const dataDir = () => resolve(process.env.DATELINE_DATA ?? 'data');
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** A curated timeline file may be large (100,000 events), never unbounded. */
const MAX_TIMELINE_BYTES = 64 * 1024 * 1024;

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

/**
 * `source: ""` in an article's front matter says it names no source (an article pasted without
 * its outlet, a TimelineJS file with no credit), as `npm run export` writes it; the article
 * reader asks for a source, so the line is read as none here. The text's offsets are unchanged.
 */
const NO_SOURCE = /^(---\r?\n(?:(?!---)[^\n]*\n)*?)source:[ \t]*""[ \t]*(\r?\n)/;

const articles = new DataFiles<Article>({
	maxBytes: MAX_ARTICLE_BYTES,
	parse: (text, file) => {
		const none = NO_SOURCE.test(text);
		const read = parseArticle(
			none ? text.replace(NO_SOURCE, '$1source: none$2') : text,
			file.replace(/^.*\/|\.md$/g, ''),
			file
		);
		return none ? { ...read, source: '' } : read;
	}
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
export function slugsIn(folder: 'articles' | 'timelines', extension: string, dir = dataDir()) {
	let names: string[];
	try {
		names = readdirSync(join(dir, folder));
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

function loadArticle(slug: string, dir = dataDir()) {
	return articles.load(join(dir, 'articles', `${slug}.md`), articleFile(slug));
}

function loadCurated(slug: string, dir = dataDir()) {
	return timelines.load(join(dir, 'timelines', `${slug}.json`), timelineFile(slug));
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
 * An article file of data/ (or of another data folder `dir`), read as every reader of data/
 * reads it: limits checked, problems named, its last good version kept while it is broken. The
 * store imports through this. Null when there is none. A broken file with an earlier good version gives
 * that version; with none, a DataError naming the file and its problems.
 */
export function readArticle(slug: string, dir = dataDir()): Article | null {
	if (!isSlug(slug)) return null;
	const loaded = loadArticle(slug, dir);
	if (loaded.value) return loaded.value;
	if (loaded.problems.length) throw new DataError(loaded.problems);
	return null;
}

/** An editor's timeline file, validated, or null; broken files as in readArticle. */
export function readCuratedTimeline(slug: string, dir = dataDir()): Timeline | null {
	if (!isSlug(slug)) return null;
	const loaded = loadCurated(slug, dir);
	if (loaded.value) return loaded.value;
	if (loaded.problems.length) throw new DataError(loaded.problems);
	return null;
}
