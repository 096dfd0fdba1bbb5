/**
 * Saving a long draft: what one save sends and how long it takes, the whole document (as every
 * save was sent before) beside the changes against its base revision (as the editor sends them
 * now), at 1,000, 10,000 and 100,000 events, in one run. Each save is one edited event title,
 * the commonest edit. A save's time runs from the editor's draft to the stored revision: the
 * browser's part (finding the changes, writing the body) and the server's (reading the body,
 * applying the changes to the base revision, validating the whole result, writing it), in this
 * process, without the network. On an in-memory PGlite, or the PostgreSQL server DATABASE_URL
 * names (a scratch database, dropped after).
 *
 *   npm run bench:save [-- --runs 3]
 */
import { performance } from 'node:perf_hooks';
import { changesBetween } from '../src/lib/authoring/draft-changes';
import { setEventTitle } from '../src/lib/authoring/edits';
import type { Store } from '../src/lib/server/db/connect';
import { storesUnderTest } from '../src/lib/server/testing/stores';
import { appendRevision, checkDocument, readDraft, saveDraft } from '../src/lib/server/revisions';
import {
	attachArticle,
	forgetDocuments,
	insertArticle,
	timelineForWrite
} from '../src/lib/server/timelines';
import type { Timeline } from '../src/lib/timeline/types';
import { syntheticEvents } from './synthetic';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const SIZES = [1_000, 10_000, 100_000];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => x.toLocaleString('en', { maximumFractionDigits: x < 10 ? 1 : 0 });
const bytes = (n: number) =>
	n >= 1024 * 1024
		? `${(n / 1024 / 1024).toFixed(1)} MB`
		: n >= 1024
			? `${(n / 1024).toFixed(1)} KB`
			: `${n} B`;

/** The store the store tests use: PostgreSQL when DATABASE_URL names one, else PGlite. */
function openBenchStore(): Promise<{ db: Store; close: () => Promise<void> }> {
	const [pglite, server] = storesUnderTest();
	return (process.env.DATABASE_URL ? server! : pglite!).open();
}

/** A timeline of n events as an import leaves it: one article, revision 1. */
async function longTimeline(db: Store, n: number): Promise<string> {
	const slug = `long-${n}`;
	const text = `A synthetic story of ${n} events, for measuring saves.`;
	const document: Timeline = {
		article: slug,
		title: `A long story in ${n.toLocaleString('en')} events`,
		published: '2020-01-01',
		events: syntheticEvents(n, slug).map((e) => ({
			...e,
			source: { article: slug, start: 0, end: 20 }
		})) as Timeline['events']
	};
	await db.transaction().execute(async (trx) => {
		const article = await insertArticle(
			trx,
			{ slug, title: document.title, text, published: '2020-01-01' },
			null
		);
		const { id } = await trx
			.insertInto('timelines')
			.values({ slug, published_revision: null })
			.returning('id')
			.executeTakeFirstOrThrow();
		await attachArticle(trx, id, article.id);
		await appendRevision(trx, await timelineForWrite(trx, slug, true), document, null, 'import');
	});
	return slug;
}

interface Figures {
	sent: number[];
	time: number[];
}

console.log(
	`Saving one edited title, median of ${RUNS} saves each, on ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'an in-memory PGlite'}; Node ${process.version}\n`
);
console.log(
	'| events | whole draft (JSON) | bytes sent: whole → changes | save (ms): whole → changes | changes, first save after a restart (ms) | of a save: validating the whole (ms) | of a save: writing the revision whole (ms) | stored per revision (whole, compressed) |'
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const n of SIZES) {
	const { db, close } = await openBenchStore();
	try {
		const slug = await longTimeline(db, n);
		const opened = await readDraft(db, slug);
		// What the editor's page holds: the draft as it came over the wire, not the server's copy.
		let base = JSON.parse(JSON.stringify(opened.document)) as Timeline;
		let revision = opened.revision;
		const whole: Figures = { sent: [], time: [] };
		const changes: Figures = { sent: [], time: [] };
		const cold: number[] = [];
		const save = async (kind: 'whole' | 'changes' | 'cold', k: number) => {
			const edited = setEventTitle(base, base.events[(k * 7919) % n]!.id, `Edited ${kind} ${k}`);
			if (kind === 'cold') forgetDocuments(db);
			const start = performance.now();
			const body = JSON.stringify(
				kind === 'whole'
					? { base: revision, document: edited }
					: { base: revision, changes: changesBetween(base, edited) }
			);
			const received = JSON.parse(body);
			const saved = await saveDraft(db, slug, { ...received, editorId: null });
			const time = performance.now() - start;
			if (kind === 'cold') cold.push(time);
			else {
				const figures = kind === 'whole' ? whole : changes;
				figures.time.push(time);
				figures.sent.push(Buffer.byteLength(body));
			}
			revision = saved.revision;
			base = edited;
		};
		// A warm-up save of each kind, then the two in turn, so both meet the same machine.
		await save('whole', 0);
		await save('changes', 0);
		for (let k = 1; k <= RUNS; k++) {
			await save('whole', k);
			await save('changes', k);
			await save('cold', k);
		}
		const draft = (await readDraft(db, slug)).document!;
		const articles = (await readDraft(db, slug)).articles;
		const validating: number[] = [];
		for (let k = 0; k < RUNS; k++) {
			const start = performance.now();
			checkDocument(draft, articles);
			validating.push(performance.now() - start);
		}
		// Writing the revision whole, as every save does: inserted, then rolled back.
		const writing: number[] = [];
		for (let k = 0; k < RUNS; k++) {
			const start = performance.now();
			await db
				.transaction()
				.execute(async (trx) => {
					await appendRevision(trx, await timelineForWrite(trx, slug, true), draft, null, null);
					writing.push(performance.now() - start);
					throw new Error('rolled back');
				})
				.catch(() => {});
		}
		const { id } = await timelineForWrite(db, slug);
		const stored = await db
			.selectFrom('revisions')
			.select((eb) => eb.fn<number>('pg_column_size', [eb.ref('document')]).as('size'))
			.where('timeline_id', '=', id)
			.orderBy('number', 'desc')
			.executeTakeFirstOrThrow();
		console.log(
			`| ${n.toLocaleString('en')} | ${bytes(Buffer.byteLength(JSON.stringify(draft)))} | ${bytes(median(whole.sent))} → ${bytes(median(changes.sent))} | ${ms(median(whole.time))} → ${ms(median(changes.time))} | ${ms(median(cold))} | ${ms(median(validating))} | ${ms(median(writing))} | ${bytes(Number(stored.size))} |`
		);
	} finally {
		await close();
	}
}
