import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { slugify } from '../src/lib/extract/article';
import { detectFormat, importTimelineFile } from '../src/lib/interchange';
import { readJsonText } from '../src/lib/interchange/json-text';
import { articleMarkdown } from '../src/lib/server/data-files';
import { ingest } from '../src/lib/server/ingest';
import type { Article } from '../src/lib/timeline';

/**
 * What `npm run import` does with a file that is not Dateline's own JSON: a TimelineJS JSON
 * document or sheet CSV, or an article (.md, .txt, .html). Each becomes a one-timeline data
 * folder (articles/<slug>.md, and timelines/<slug>.json when the file brings its events), so
 * the store imports it exactly as it imports data/. Null for Dateline's own JSON.
 */
export async function folderForFile(file: string, slug?: string): Promise<string | null> {
	const text = readFileSync(file, 'utf8');
	const name = basename(file);
	const today = new Date().toISOString().slice(0, 10);
	const format = detectFormat(name, text);
	if (format === 'json') {
		// Not JSON at all (a web page, a template): say what it is here, in one line.
		readJsonText(text, name);
		return null;
	}
	const folder = mkdtempSync(join(tmpdir(), 'dateline-import-'));
	mkdirSync(join(folder, 'articles'));
	if (format === 'timelinejs' || format === 'csv') {
		const { article, timeline } = importTimelineFile(text, {
			file: name,
			published: today,
			...(slug ? { slug } : {})
		});
		writeArticle(folder, article!);
		mkdirSync(join(folder, 'timelines'));
		writeFileSync(
			join(folder, 'timelines', `${article!.slug}.json`),
			`${JSON.stringify(timeline, null, '\t')}\n`
		);
		return folder;
	}
	if (!/\.(md|markdown|txt|html?)$/i.test(name))
		throw new Error(
			`${name}: not a file Dateline imports; give Dateline or TimelineJS JSON, a TimelineJS sheet (.csv), or an article (.md, .txt, .html)`
		);
	const draft = await ingest({ kind: 'file', name, content: text });
	if (!draft.published)
		throw new Error(`${name}: no publication date found; add "published: YYYY-MM-DD" front matter`);
	if (draft.publishedFrom === 'guess')
		process.stderr.write(
			`warning   ${name}: publication date ${draft.published} is a guess from the text\n`
		);
	const articleSlug = slug ?? (slugify(draft.title) || slugify(name.replace(/\.\w+$/, '')));
	writeArticle(folder, {
		slug: articleSlug,
		title: draft.title,
		source: draft.source || name,
		published: draft.published,
		text: draft.text
	});
	return folder;
}

function writeArticle(folder: string, article: Article) {
	writeFileSync(join(folder, 'articles', `${article.slug}.md`), articleMarkdown(article));
}
