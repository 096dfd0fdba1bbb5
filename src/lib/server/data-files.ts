import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Article, SourceRef, Timeline } from '../timeline/types';
import { withSafeKeptSlides } from '../interchange/safe-slide';
import { readArticle, readCuratedTimeline, slugsIn } from './articles';
import { writeFileAtomic } from './atomic-write.js';
import { extracted } from './extraction';
import type { Database } from './db/schema';
import { articleDigest } from './article-digest';
import { appendRevision, checkDocument } from './revisions';
import { articlesOf, deletedHolder, isSlug, publishedRevisions } from './timelines';

type Db = Kysely<Database>;

/**
 * The store and the files in data/ (so timelines can still live in git): `data/articles/*.md`
 * are articles, `data/timelines/*.json` the published timelines made from them. A timeline
 * file names its articles (`article`, and `articles` when there are several); an article no
 * timeline file names is a timeline of its own, read by the extractor.
 */
export interface ImportReport {
	created: string[];
	updated: string[];
	unchanged: string[];
	/** Deleted timelines moved to another slug so a file could take theirs (`replaceDeleted`). */
	setAside: { slug: string; as: string }[];
	problems: { file: string; slug: string; message: string }[];
}

export interface ImportOptions {
	/**
	 * A file named for a deleted timeline (restorable until it is purged) replaces it: the
	 * deleted one moves to `<slug>-deleted` and stays restorable there. Without it such a file is
	 * refused, saying so, as either choice would otherwise be made for the editor.
	 */
	replaceDeleted?: boolean;
}

const ARTICLES = 'articles';
const TIMELINES = 'timelines';
/** How files are named in messages: as an editor finds them in the repository. */
const shown = (kind: string, name: string) => `data/${kind}/${name}`;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Reads data/ into the store: new timelines are created, changed ones get a published revision. */
export async function importDataDir(
	db: Db,
	dataDir: string,
	options: ImportOptions = {}
): Promise<ImportReport> {
	const report: ImportReport = {
		created: [],
		updated: [],
		unchanged: [],
		setAside: [],
		problems: []
	};
	const problem = async (file: string, slug: string, text: string) => {
		report.problems.push({ file, slug, message: text });
		await db
			.insertInto('import_problems')
			.values({ file, slug, message: text })
			.onConflict((oc) => oc.column('file').doUpdateSet({ slug, message: text, at: new Date() }))
			.execute();
	};

	// Read as the server reads data/: one broken file is that file's problem alone.
	const curated = new Map<string, { file: string; json: Timeline | null; error?: string }>();
	for (const slug of slugsIn(TIMELINES, '.json', dataDir)) {
		const file = shown(TIMELINES, `${slug}.json`);
		try {
			const json = readCuratedTimeline(slug, dataDir);
			if (json) curated.set(slug, { file, json });
		} catch (e) {
			curated.set(slug, { file, json: null, error: message(e) });
		}
	}
	const claimed = new Set<string>();
	const plan: { slug: string; articles: string[] }[] = [];
	for (const [slug, { json }] of curated) {
		const names = articleSlugs(json, slug);
		names.forEach((a) => claimed.add(a));
		plan.push({ slug, articles: names });
	}
	for (const slug of slugsIn(ARTICLES, '.md', dataDir)) {
		if (!claimed.has(slug) && !curated.has(slug)) plan.push({ slug, articles: [slug] });
	}

	for (const { slug, articles: names } of plan) {
		const entry = curated.get(slug);
		const files = [...names.map((a) => shown(ARTICLES, `${a}.md`)), ...(entry ? [entry.file] : [])];
		try {
			if (entry?.error) throw new Error(entry.error);
			const articles = names.map((a) => readArticleFile(dataDir, a));
			// Extraction runs in the worker (and is cached) before the transaction, never inside it.
			const source = entry
				? { curated: entry.json!, file: entry.file }
				: { extracted: await extracted(articles[0]!) };
			const file = entry?.file ?? files[0]!;
			const { outcome, setAside } = await db
				.transaction()
				.execute((trx) => importTimeline(trx, slug, articles, source, file, options));
			report[outcome].push(slug);
			if (setAside) report.setAside.push({ slug, as: setAside });
			await db.deleteFrom('import_problems').where('file', 'in', files).execute();
		} catch (e) {
			await problem(entry?.file ?? files[0]!, slug, message(e));
		}
	}
	return report;
}

function articleSlugs(json: Timeline | null, slug: string): string[] {
	const list = Array.isArray(json?.articles)
		? json.articles.filter((a) => typeof a === 'string')
		: [];
	// A file whose `article` is no slug (hand-written, or damaged) is its own article's timeline.
	const first = typeof json?.article === 'string' && isSlug(json.article) ? json.article : slug;
	return [...new Set([first, ...list])].filter(isSlug);
}

function readArticleFile(dir: string, slug: string): Article {
	const article = readArticle(slug, dir);
	if (!article)
		throw new Error(`${shown(ARTICLES, `${slug}.md`)}: missing (a timeline names this article)`);
	return article;
}

async function importTimeline(
	trx: Db,
	slug: string,
	articles: Article[],
	source: { curated: Timeline; file: string } | { extracted: Timeline },
	file: string,
	options: ImportOptions
): Promise<{ outcome: 'created' | 'updated' | 'unchanged'; setAside?: string }> {
	let timeline = await trx
		.selectFrom('timelines')
		.select(['id', 'slug', 'head', 'published_revision', 'deleted_at'])
		.where('slug', '=', slug)
		.forUpdate()
		.executeTakeFirst();
	let setAside: string | undefined;
	await refuseChangingDeletedArticles(trx, articles);
	if (timeline?.deleted_at) {
		if (!options.replaceDeleted) throw new Error(await heldByDeleted(trx, slug, file));
		setAside = await moveAside(trx, timeline.id, slug);
		timeline = undefined;
	}
	const outcome = await importInto(trx, timeline, slug, articles, source);
	return { outcome, setAside };
}

/**
 * The one line for a file named for a deleted timeline: whose name it is, and the three ways on
 * (restore it, another name, or replace it), as any of them loses nothing.
 */
async function heldByDeleted(trx: Db, slug: string, file: string): Promise<string> {
	const deleted = await deletedHolder(trx, slug);
	return (
		`${file}: "${slug}" is the name of a timeline deleted${deleted?.by ? ` by ${deleted.by}` : ''} ` +
		`at ${deleted?.at} (restorable until ${deleted?.until}); not imported. ` +
		`Restore it (home page, Recently deleted) and import again to update it, ` +
		`import under another name (rename the file, or --slug <name> for one file), ` +
		`or replace it with --replace-deleted (the deleted one stays restorable as "${slug}-deleted")`
	);
}

/**
 * An article a deleted timeline reads is left as it is: changing it would change that timeline,
 * which could then never be restored as it was.
 */
async function refuseChangingDeletedArticles(trx: Db, articles: Article[]) {
	for (const article of articles) {
		const row = await trx
			.selectFrom('articles')
			.innerJoin('timeline_articles', 'timeline_articles.article_id', 'articles.id')
			.innerJoin('timelines', 'timelines.id', 'timeline_articles.timeline_id')
			.select([
				'timelines.slug as reader',
				'articles.text',
				'articles.title',
				'articles.source',
				'articles.published',
				'articles.url'
			])
			.where('articles.slug', '=', article.slug)
			.where('timelines.deleted_at', 'is not', null)
			.executeTakeFirst();
		if (
			row &&
			(row.text !== article.text ||
				row.title !== article.title ||
				row.source !== article.source ||
				row.published !== article.published ||
				row.url !== (article.url ?? null))
		)
			throw new Error(
				`${shown(ARTICLES, `${article.slug}.md`)}: differs from the article the deleted timeline "${row.reader}" reads; not imported. ` +
					`Restore "${row.reader}" (home page, Recently deleted) and import again, or give this article another name`
			);
	}
}

/** Moves a deleted timeline to a free `<slug>-deleted[-n]`, where it stays restorable. */
async function moveAside(trx: Db, id: number, slug: string): Promise<string> {
	for (let n = 1; ; n++) {
		const as = n === 1 ? `${slug}-deleted` : `${slug}-deleted-${n}`;
		const taken =
			(await trx.selectFrom('timelines').select('id').where('slug', '=', as).executeTakeFirst()) ??
			(await trx
				.selectFrom('slug_redirects')
				.select('slug')
				.where('slug', '=', as)
				.executeTakeFirst());
		if (taken) continue;
		await trx.updateTable('timelines').set({ slug: as }).where('id', '=', id).execute();
		return as;
	}
}

async function importInto(
	trx: Db,
	found: { id: number; slug: string; head: number; published_revision: number | null } | undefined,
	slug: string,
	articles: Article[],
	source: { curated: Timeline; file: string } | { extracted: Timeline }
): Promise<'created' | 'updated' | 'unchanged'> {
	let timeline = found;
	const created = !timeline;
	if (!timeline) {
		const moved = await trx
			.selectFrom('slug_redirects')
			.select('slug')
			.where('slug', '=', slug)
			.executeTakeFirst();
		if (moved)
			throw new Error(
				`${slug}: this slug belongs to a renamed timeline; rename the files to its new slug`
			);
		timeline = await trx
			.insertInto('timelines')
			.values({ slug, published_revision: null })
			.returning(['id', 'slug', 'head', 'published_revision'])
			.executeTakeFirstOrThrow();
	}
	let textChanged = false;
	for (const [position, article] of articles.entries()) {
		const row = await trx
			.selectFrom('articles')
			.selectAll()
			.where('slug', '=', article.slug)
			.executeTakeFirst();
		const values = {
			title: article.title,
			source: article.source,
			url: article.url ?? null,
			published: article.published,
			published_is_guess: false,
			text: article.text,
			text_digest: articleDigest(article.text)
		};
		let id = row?.id;
		if (!row) {
			id = (
				await trx
					.insertInto('articles')
					.values({ slug: article.slug, ...values })
					.returning('id')
					.executeTakeFirstOrThrow()
			).id;
			textChanged = true;
		} else if (
			row.text !== values.text ||
			row.title !== values.title ||
			row.source !== values.source ||
			row.published !== values.published ||
			row.url !== values.url
		) {
			textChanged ||= row.text !== values.text || row.published !== values.published;
			await trx.updateTable('articles').set(values).where('id', '=', row.id).execute();
		}
		await trx
			.insertInto('timeline_articles')
			.values({ timeline_id: timeline.id, article_id: id!, position })
			.onConflict((oc) => oc.columns(['timeline_id', 'article_id']).doUpdateSet({ position }))
			.execute();
	}
	const stored = await articlesOf(trx, timeline.id);
	let document: Timeline;
	if ('curated' in source) {
		const curated = fitToArticles(source.curated, stored);
		document = withArticles(checkDocument(curated, stored, source.file), stored);
	} else {
		// Re-extracting an unchanged article would throw away corrections made in the store.
		if (!created && !textChanged && timeline.head > 0) return 'unchanged';
		document = source.extracted;
	}
	const published = timeline.published_revision
		? await trx
				.selectFrom('revisions')
				.select('document')
				.where('timeline_id', '=', timeline.id)
				.where('number', '=', timeline.published_revision)
				.executeTakeFirst()
		: undefined;
	if (published && same(withArticles(published.document, stored), document)) return 'unchanged';
	const number = await appendRevision(trx, timeline, document, null, 'import');
	await trx
		.updateTable('revisions')
		.set({ published_at: new Date() })
		.where('timeline_id', '=', timeline.id)
		.where('number', '=', number)
		.execute();
	await trx
		.updateTable('timelines')
		.set({ published_revision: number })
		.where('id', '=', timeline.id)
		.execute();
	return created ? 'created' : 'updated';
}

/**
 * A hand-written file's sentences, read as data/ always was: in a timeline of one article every
 * sentence is that article's, whatever the file calls it, and an offset past the article's end
 * stops at its end. With several articles, each sentence must name one of them.
 */
function fitToArticles(timeline: Timeline, articles: Article[]): Timeline {
	const only = articles.length === 1 ? articles[0]!.slug : null;
	const lengths = new Map(articles.map((a) => [a.slug, a.text.length]));
	const fit = (source: SourceRef): SourceRef => {
		const article = only ?? source.article;
		const length = lengths.get(article);
		if (length === undefined) return source;
		return {
			article,
			start: Math.min(source.start, length),
			end: Math.min(source.end, length)
		};
	};
	return {
		...timeline,
		events: timeline.events.map((event) => ({
			...event,
			source: fit(event.source),
			...(event.sources && { sources: event.sources.map(fit) })
		}))
	};
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A document naming its articles the way files do: `article` first, `articles` when several. */
function withArticles(document: Timeline, articles: Article[]): Timeline {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { article, articles: _list, ...rest } = document;
	return {
		article: articles[0]?.slug ?? article,
		...(articles.length > 1 && { articles: articles.map((a) => a.slug) }),
		...rest
	};
}

/** The import problem a reader page shows for a slug whose files could not be read. */
export async function importProblemFor(db: Db, slug: string): Promise<string | null> {
	const row = await db
		.selectFrom('import_problems')
		.select('message')
		.where('slug', '=', slug)
		.executeTakeFirst();
	return row?.message ?? null;
}

export async function listImportProblems(db: Db) {
	return db
		.selectFrom('import_problems')
		.select(['file', 'slug', 'message'])
		.orderBy('file')
		.execute();
}

/** Front matter as parseArticle reads it back: one line per key, quoted when it must be. */
function frontMatterValue(value: string): string {
	const line = value.replace(/[\r\n\u2028\u2029]+/g, ' ');
	return /^\s|\s$|^["']|^$/.test(line) || /^["'].*["']$/.test(line) ? `"${line}"` : line;
}

/** An article as a data/ file: front matter, then the text byte for byte (offsets stay right). */
export function articleMarkdown(article: Article): string {
	const fields = [
		['title', article.title],
		['source', article.source],
		['published', article.published],
		...(article.url ? [['url', article.url]] : [])
	];
	return `---\n${fields.map(([k, v]) => `${k}: ${frontMatterValue(v!)}`).join('\n')}\n---\n${article.text}`;
}

/** Writes every published timeline and its articles into data/, the way import reads them. */
export async function exportDataDir(
	db: Db,
	dataDir: string
): Promise<{ timelines: string[]; articles: string[] }> {
	const out = { timelines: [] as string[], articles: [] as string[] };
	mkdirSync(join(dataDir, ARTICLES), { recursive: true });
	mkdirSync(join(dataDir, TIMELINES), { recursive: true });
	const rows = await publishedRevisions(db)
		.select(['timelines.id', 'timelines.slug', 'revisions.document'])
		.orderBy('timelines.slug')
		.execute();
	for (const row of rows) {
		const articles = await articlesOf(db, row.id);
		for (const article of articles) {
			const path = join(dataDir, ARTICLES, `${article.slug}.md`);
			const text = articleMarkdown(article);
			if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileAtomic(path, text);
			out.articles.push(article.slug);
		}
		// A file's kept TimelineJS HTML goes out as a TimelineJS export writes it (safe-slide.ts).
		const document = withArticles(withSafeKeptSlides(row.document), articles);
		writeFileAtomic(
			join(dataDir, TIMELINES, `${row.slug}.json`),
			`${JSON.stringify(document, null, '\t')}\n`
		);
		out.timelines.push(row.slug);
	}
	return out;
}
