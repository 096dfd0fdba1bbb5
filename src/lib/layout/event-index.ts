import { isPoint } from '../timeline/fuzzy-date';
import type { TimelineEvent } from '../timeline/types';
import { isoTime } from './iso-time';

/**
 * The events indexed by time once, as sorted typed arrays: every later question (which events
 * fall in a span, how many lie before the view) is a binary search, so the chart's work follows
 * what is on screen, not how many events there are.
 */
export interface EventIndex {
	readonly events: readonly TimelineEvent[];
	/** Input positions of the events, sorted by anchor (stable). */
	readonly order: Uint32Array;
	/** Anchor of each event in sorted order (ms): the middle of its start date, where its label sits. */
	readonly anchor: Float64Array;
	/** Extent of each event's mark in sorted order (ms): a point's own day, a range's bounds. */
	readonly from: Float64Array;
	readonly to: Float64Array;
	/** 1 where an event is drawn as a point (a day or a time), 0 for a range. */
	readonly point: Uint8Array;
	/** Sorted position of each event, by input position. */
	readonly rank: Uint32Array;
}

/** Whether an event is drawn as a point (a day or a time) rather than a range. */
export const isPointEvent = (event: TimelineEvent): boolean => !event.end && isPoint(event.start);

/**
 * Writes an event's extent, anchor and kind of mark at a position of an index's arrays: the
 * anchor is the middle of its start date, its extent a point's own day or a range's bounds.
 */
export function put(index: EventIndex, at: number, event: TimelineEvent): void {
	const low = isoTime(event.start.earliest);
	const high = isoTime(event.start.latest);
	index.from[at] = low;
	index.anchor[at] = low + (high - low) / 2;
	index.to[at] = event.end ? Math.max(high, isoTime(event.end.latest)) : high;
	index.point[at] = isPointEvent(event) ? 1 : 0;
}

/**
 * Parsing the dates dominates an index's cost, and at a million events so does its memory:
 * each date is parsed once, straight into the arrays, and events that arrive in date order (as
 * extraction and the editor deliver them) are indexed where they stand, with nothing copied.
 */
export function buildIndex(events: readonly TimelineEvent[]): EventIndex {
	const n = events.length;
	const order = new Uint32Array(n);
	const index = {
		events,
		order,
		rank: order,
		anchor: new Float64Array(n),
		from: new Float64Array(n),
		to: new Float64Array(n),
		point: new Uint8Array(n)
	};
	let sorted = true;
	for (let i = 0; i < n; i++) {
		put(index, i, events[i]!);
		order[i] = i;
		if (i && index.anchor[i - 1]! > index.anchor[i]!) sorted = false;
	}
	if (sorted) return index;
	const { anchor, from, to, point } = index;
	// Stable: equal anchors keep the input's order.
	order.sort((a, b) => anchor[a]! - anchor[b]! || a - b);
	const rank = new Uint32Array(n);
	for (let s = 0; s < n; s++) rank[order[s]!] = s;
	const by = <T extends Float64Array | Uint8Array>(values: T): T =>
		values.map((_, s) => values[order[s]!]!) as T;
	return { ...index, rank, anchor: by(anchor), from: by(from), to: by(to), point: by(point) };
}

/** The first sorted position whose anchor is at or after `time` (n when none is). */
export function lowerBound(index: EventIndex, time: number): number {
	const a = index.anchor;
	let lo = 0;
	let hi = a.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (a[mid]! < time) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * The earliest start and the latest end of a run of events (sorted positions), in O(log n)
 * each: a cluster's extent without walking its events. Two segment trees over the index's
 * `from` and `to`, made on the first question and kept up to date as a long timeline's ranges
 * land (`extentsChanged`, sparse-index.ts).
 */
export const extentTrees = new WeakMap<EventIndex, { low: Float64Array; high: Float64Array }>();

function treesOf(index: EventIndex) {
	let trees = extentTrees.get(index);
	if (trees) return trees;
	const n = index.from.length;
	const low = new Float64Array(2 * n);
	const high = new Float64Array(2 * n);
	low.set(index.from, n);
	high.set(index.to, n);
	for (let i = n - 1; i > 0; i--) {
		low[i] = Math.min(low[2 * i]!, low[2 * i + 1]!);
		high[i] = Math.max(high[2 * i]!, high[2 * i + 1]!);
	}
	trees = { low, high };
	extentTrees.set(index, trees);
	return trees;
}

/** [earliest from, latest to] of the events at sorted positions first…last. */
export function extentOf(index: EventIndex, first: number, last: number): [number, number] {
	const { low, high } = treesOf(index);
	const n = index.from.length;
	let from = Infinity;
	let to = -Infinity;
	for (let l = first + n, r = last + 1 + n; l < r; l >>= 1, r >>= 1) {
		if (l & 1) {
			if (low[l]! < from) from = low[l]!;
			if (high[l]! > to) to = high[l]!;
			l++;
		}
		if (r & 1) {
			r--;
			if (low[r]! < from) from = low[r]!;
			if (high[r]! > to) to = high[r]!;
		}
	}
	return [from, to];
}
