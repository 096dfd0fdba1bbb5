import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { buildIndex } from '$lib/layout/event-index';
import {
	CHUNK,
	chunkCount,
	lookupFileOf,
	openingEvents,
	SENT_WHOLE,
	summarize,
	type IndexSummary
} from '$lib/layout/sparse-index';
import { timeDomain } from '$lib/layout/time-scale';
import { matchesWords, searchText } from '$lib/timeline/search';
import type { Timeline, TimelineEvent } from '$lib/timeline/types';
import { database } from './db';
import type { Database } from './db/schema';
import { findTimeline, isRedirect, readPublished } from './timelines';

/** A long timeline cut for sending by range: its events in date order, summary, chunk files. */
export interface Ranged {
	sorted: TimelineEvent[];
	summary: IndexSummary;
	opening: Record<number, TimelineEvent>;
	/** Each event's searchable text, in date order, made on the first search. */
	texts?: string[];
	/** Each event's rank by id, made on the first look-up. */
	ranks?: Map<string, number>;
	/** A chunk's JSON and its ETag, made on first request. */
	files: Map<number, { body: string; etag: string }>;
	/** A look-up file's JSON and its ETag, made on first request. */
	lookups: Map<number, { body: string; etag: string }>;
	/** Each look-up file's ranks by id, made on the first look-up file asked for. */
	lookupRanks?: Record<string, number>[];
}

/** Per published revision ("slug@3"): a revision never changes, so neither does its cut. */
const cache = new Map<string, Ranged>();
const ENTRIES = 8;

export const isLong = (timeline: Timeline) => timeline.events.length > SENT_WHOLE;

export function rangedOf(slug: string, revision: number, timeline: Timeline): Ranged {
	const key = `${slug}@${revision}`;
	let ranged = cache.get(key);
	if (ranged) return ranged;
	const index = buildIndex(timeline.events);
	const sorted = Array.from(index.order, (i) => timeline.events[i]!);
	const [d0, d1] = timeDomain(timeline.events);
	const summary = summarize(index, [d0.getTime(), d1.getTime()]);
	const opening = openingEvents(summary, (rank) => sorted[rank]!);
	ranged = { sorted, summary, opening, files: new Map(), lookups: new Map() };
	cache.set(key, ranged);
	if (cache.size > ENTRIES) cache.delete(cache.keys().next().value!);
	return ranged;
}

/** Whether a published revision's cut is made (and kept): its readers wait for no parse. */
export const isPrepared = (slug: string, revision: number) => cache.has(`${slug}@${revision}`);

/** A file's body with its ETag, made once per revision and kept with its cut. */
function cachedFile(files: Ranged['files'], n: number, body: () => string) {
	let file = files.get(n);
	if (!file) {
		const text = body();
		const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 22)}"`;
		file = { body: text, etag };
		files.set(n, file);
	}
	return file;
}

const isFileNumber = (ranged: Ranged, n: number) =>
	Number.isInteger(n) && n >= 0 && n < chunkCount(ranged.sorted.length);

/** One chunk as a file: `{ first, events }`, null past the end. */
export function chunkFile(ranged: Ranged, chunk: number) {
	if (!isFileNumber(ranged, chunk)) return null;
	return cachedFile(ranged.files, chunk, () =>
		JSON.stringify({
			first: chunk * CHUNK,
			events: ranged.sorted.slice(chunk * CHUNK, (chunk + 1) * CHUNK)
		})
	);
}

/**
 * One look-up file (`lookupFileOf`): `{ ranks: { <id>: <rank> } }` for the events whose ids
 * hash to it, null past the end.
 */
export function lookupFile(ranged: Ranged, n: number) {
	if (!isFileNumber(ranged, n)) return null;
	return cachedFile(ranged.lookups, n, () => {
		// Every file's ids in one pass over the events, on the first file asked for.
		if (!ranged.lookupRanks) {
			const count = ranged.sorted.length;
			// No prototype: an id such as "__proto__" is a key like any other.
			const files = Array.from(
				{ length: chunkCount(count) },
				() => Object.create(null) as Record<string, number>
			);
			ranged.sorted.forEach((event, rank) => {
				files[lookupFileOf(event.id, count)]![event.id] = rank;
			});
			ranged.lookupRanks = files;
		}
		return JSON.stringify({ ranks: ranged.lookupRanks[n] });
	});
}

/**
 * The cut of a timeline's published revision, looking the document up only when the revision
 * is new to this process: a range request costs a row lookup, not a 100,000-event parse.
 */
export async function rangedFor(slug: string): Promise<Ranged | null> {
	const db = await database();
	const row = await findTimeline(db, slug);
	if (!row || isRedirect(row) || row.published_revision === null) return null;
	const cached = cache.get(`${row.slug}@${row.published_revision}`);
	if (cached) return cached;
	const found = await readPublished(db, row.slug);
	if (!found || isRedirect(found)) return null;
	return rangedOf(found.slug, found.revision, found.timeline);
}

/** The rank (position in date order) of the event with this id; -1 for none. */
export function rankOf(ranged: Ranged, id: string): number {
	ranged.ranks ??= new Map(ranged.sorted.map((event, rank) => [event.id, rank]));
	return ranged.ranks.get(id) ?? -1;
}

/** Ranks of the events matching every word, in date order. */
export function search(ranged: Ranged, words: readonly string[]): number[] {
	ranged.texts ??= ranged.sorted.map(searchText);
	const found: number[] = [];
	ranged.texts.forEach((text, rank) => {
		if (matchesWords(text, words)) found.push(rank);
	});
	return found;
}

/**
 * Cuts the long timelines readers are about to ask for before they do: the newest published
 * long timelines (as many as the cache keeps) when the server starts, and one timeline when it
 * is published. Reading and parsing a 100,000-event revision and cutting it takes over a second,
 * which would otherwise fall on its first reader. The caller does not wait for it; each
 * timeline yields to requests before it starts.
 */
export async function prepareLongTimelines(db: Kysely<Database>, slug?: string): Promise<void> {
	let query = db
		.selectFrom('timelines')
		.innerJoin('revisions', (join) =>
			join
				.onRef('revisions.timeline_id', '=', 'timelines.id')
				.onRef('revisions.number', '=', 'timelines.published_revision')
		)
		.select('timelines.slug')
		// Counted by the store, so no short timeline's document is read or parsed here.
		.where(sql<number>`json_array_length(revisions.document -> 'events')`, '>', SENT_WHOLE)
		.orderBy('timelines.updated_at', 'desc')
		.limit(ENTRIES);
	if (slug) query = query.where('timelines.slug', '=', slug);
	for (const { slug: long } of await query.execute()) {
		await new Promise((done) => setImmediate(done));
		const found = await readPublished(db, long);
		if (found && !isRedirect(found)) rangedOf(found.slug, found.revision, found.timeline);
	}
}
