import { utcDate } from '../timeline/era';
import type { FuzzyDate, TimelineEvent } from '../timeline/types';
import { BANDS } from './bands';
import { ChartLayout } from './chart-layout';
import { extentTrees, lowerBound, put, type EventIndex } from './event-index';

/**
 * A long timeline sent by range. The page carries a summary of the time index (how many
 * events anchor in each of BUCKETS equal spans of the domain) and the events its opening view
 * labels; the rest arrive a CHUNK of consecutive events (in date order) at a time, as the
 * reader zooms and pans. Until its chunk arrives an event's anchor is estimated from the
 * summary (spread evenly through its bucket), so the layout, the counts and the density are
 * right from the first frame, and only positions within a bucket move when chunks land.
 */

/** Timelines up to this many events are sent whole, as they always were. */
export const SENT_WHOLE = 1000;
/** Events per range file. */
export const CHUNK = 100;
/** Spans of the summary's histogram: a multiple of the overview's 120 bins. */
export const BUCKETS = 1200;

export interface IndexSummary {
	count: number;
	/** The timeline's domain (ms), as timeDomain gives it for all its events. */
	domain: [number, number];
	/** Events anchored in each of BUCKETS equal spans of the domain. */
	buckets: number[];
}

export const chunkOf = (rank: number) => Math.floor(rank / CHUNK);
export const chunkCount = (n: number) => Math.ceil(n / CHUNK);

/**
 * Which of a long timeline's look-up files (`/t/<slug>/events/ids/<n>.json`, as many as its
 * chunks, about CHUNK ids each) holds an event's rank: a link names an event by id, and
 * where no server reads the link (the static export) the page finds the event's range from
 * this file alone. A hash of the id (FNV-1a over its UTF-16 units), the same in the browser
 * and on the server that writes the files.
 */
export function lookupFileOf(id: string, count: number): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
	return (hash >>> 0) % Math.max(1, chunkCount(count));
}

function bucketOf(domain: readonly [number, number], time: number): number {
	const [d0, d1] = domain;
	const b = Math.floor(((time - d0) / Math.max(1, d1 - d0)) * BUCKETS);
	return Math.min(BUCKETS - 1, Math.max(0, b));
}

export function summarize(index: EventIndex, domain: [number, number]): IndexSummary {
	const buckets = new Array<number>(BUCKETS).fill(0);
	for (const anchor of index.anchor) buckets[bucketOf(domain, anchor)]!++;
	return { count: index.anchor.length, domain, buckets };
}

/**
 * An index whose events load by range: `loaded` marks the ranks whose events are here; the
 * others' places in `events` are empty until then (read them through `eventOf`).
 */
export interface SparseIndex extends EventIndex {
	readonly events: TimelineEvent[];
	readonly loaded: Uint8Array;
}

/**
 * A stand-in for an event still loading: its year, estimated, and no words yet. Built here
 * rather than parsed (fuzzyDate), so the embed's ranged chunk needs no date parser.
 */
function placeholder(rank: number, anchor: number): TimelineEvent {
	const y = new Date(anchor).getUTCFullYear();
	const year = String(y);
	const start: FuzzyDate = {
		text: year,
		value: year.padStart(4, '0'),
		earliest: utcDate(y).toISOString(),
		latest: new Date(utcDate(y + 1).getTime() - 1).toISOString(),
		precision: 'year'
	};
	return {
		id: '',
		title: '…',
		summary: '',
		start,
		source: { article: '', start: rank, end: rank }
	};
}

/** The index of a summary, every event estimated, nothing loaded. */
export function sparseIndex(summary: IndexSummary): SparseIndex {
	const n = summary.count;
	const [d0, d1] = summary.domain;
	const width = (d1 - d0) / BUCKETS;
	const anchor = new Float64Array(n);
	let rank = 0;
	summary.buckets.forEach((count, b) => {
		for (let i = 0; i < count && rank < n; i++, rank++)
			anchor[rank] = d0 + (b + (i + 0.5) / count) * width;
	});
	const order = new Uint32Array(n);
	for (let i = 0; i < n; i++) order[i] = i;
	// Stand-ins are made when asked for: 100,000 made up front cost the page most of a second.
	const events = new Array<TimelineEvent>(n);
	return {
		events,
		order,
		rank: order,
		anchor,
		from: anchor.slice(),
		to: anchor.slice(),
		point: new Uint8Array(n).fill(1),
		loaded: new Uint8Array(n)
	};
}

/** The event at a rank: the loaded one, or a stand-in dated from its estimated anchor. */
export function eventOf(index: SparseIndex, rank: number): TimelineEvent {
	return index.loaded[rank] ? index.events[rank]! : placeholder(rank, index.anchor[rank]!);
}

/**
 * How many events anchor in [from, to). Only a long timeline's range loading asks (how many
 * events a view holds before it loads them all), so it is here rather than in event-index.ts,
 * whose code every embed carries.
 */
export function countBetween(index: EventIndex, from: number, to: number): number {
	return Math.max(0, lowerBound(index, to) - lowerBound(index, from));
}

/**
 * Tells the extent trees (event-index.ts; when made) that positions first…last of `from` and
 * `to` changed. Only a timeline sent by range changes its index once built, so this is here,
 * in the code only its page loads, not beside the trees in every embed.
 */
function extentsChanged(index: EventIndex, first: number, last: number): void {
	const trees = extentTrees.get(index);
	if (!trees) return;
	const { low, high } = trees;
	const n = index.from.length;
	for (let s = first; s <= last; s++) {
		let i = s + n;
		low[i] = index.from[s]!;
		high[i] = index.to[s]!;
		for (i >>= 1; i > 0; i >>= 1) {
			low[i] = Math.min(low[2 * i]!, low[2 * i + 1]!);
			high[i] = Math.max(high[2 * i]!, high[2 * i + 1]!);
		}
	}
}

/**
 * Puts a run of loaded events (ranks `first`…) into the index. Estimates next to the run are
 * held behind or ahead of it, so the anchors stay in order and binary searches stay right.
 */
export function fill(index: SparseIndex, first: number, events: readonly TimelineEvent[]): void {
	const n = index.anchor.length;
	const last = Math.min(n, first + events.length) - 1;
	for (let r = first; r <= last; r++) {
		index.events[r] = events[r - first]!;
		put(index, r, events[r - first]!);
		index.loaded[r] = 1;
	}
	if (last < first) return;
	let low = first;
	let high = last;
	const hold = (r: number, time: number) => {
		index.anchor[r] = index.from[r] = index.to[r] = time;
		low = Math.min(low, r);
		high = Math.max(high, r);
	};
	for (let r = last + 1; r < n && !index.loaded[r] && index.anchor[r]! < index.anchor[last]!; r++)
		hold(r, index.anchor[last]!);
	for (
		let r = first - 1;
		r >= 0 && !index.loaded[r] && index.anchor[r]! > index.anchor[first]!;
		r--
	)
		hold(r, index.anchor[first]!);
	extentsChanged(index, low, high);
}

/**
 * The ranks a view needs loaded: the first and last event of every label and cluster (their
 * words and dates are shown), and, when few enough, every event in it (their marks).
 */
export function neededRanks(
	layout: ChartLayout,
	from: number,
	to: number,
	everyUpTo = 1000
): number[] {
	const view = layout.view(from, to);
	const ranks = view.items.flatMap((item) => [item.first, item.last]);
	const n = layout.index.anchor.length;
	const a = view.before;
	const b = n - view.after;
	if (b - a <= everyUpTo) for (let r = a; r < b; r += CHUNK) ranks.push(r);
	if (b - a <= everyUpTo && b > a) ranks.push(b - 1);
	return ranks;
}

/**
 * The events a page carries for a long timeline's opening view, in every band, by rank: what
 * the reader's first layout labels, found as the reader will find it (estimates, then the
 * events carried), so nothing it shows first is still loading.
 */
export function openingEvents(
	summary: IndexSummary,
	eventAt: (rank: number) => TimelineEvent
): Record<number, TimelineEvent> {
	const index = sparseIndex(summary);
	const carried: Record<number, TimelineEvent> = {};
	const [d0, d1] = summary.domain;
	// Each round fills what the last layout labelled; filling moves anchors, so lay out again.
	for (let round = 0; round < 6; round++) {
		let added = false;
		for (const band of BANDS) {
			const layout = new ChartLayout(index, summary.domain, band);
			for (const rank of neededRanks(layout, d0, d1, 0)) {
				if (carried[rank]) continue;
				carried[rank] = eventAt(rank);
				fill(index, rank, [carried[rank]]);
				added = true;
			}
		}
		if (!added) break;
	}
	return carried;
}
