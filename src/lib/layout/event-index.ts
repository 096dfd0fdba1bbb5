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
	/**
	 * Segment trees of the earliest `from` and the latest `to` (`extentOf`), whose second halves
	 * are `from` and `to` themselves: made with the index, kept up to date by `extentsChanged`.
	 */
	readonly extents: Extents;
	/** 1 where an event is drawn as a point (a day or a time), 0 for a range. */
	readonly point: Uint8Array;
	/** Sorted position of each event, by input position. */
	readonly rank: Uint32Array;
}

/** Two segment trees over n positions: node i holds the min (low) or max (high) of 2i and 2i+1. */
export interface Extents {
	readonly low: Float64Array;
	readonly high: Float64Array;
}

/** Trees for n positions, their leaves (`from`, `to`) still to be written. */
export function extentTrees(n: number): Extents & { from: Float64Array; to: Float64Array } {
	const low = new Float64Array(2 * n);
	const high = new Float64Array(2 * n);
	return { low, high, from: low.subarray(n), to: high.subarray(n) };
}

/** Fills the trees' inner nodes from their leaves, in one pass. */
export function growExtents({ low, high }: Extents): void {
	for (let i = low.length / 2 - 1; i > 0; i--) {
		low[i] = Math.min(low[2 * i]!, low[2 * i + 1]!);
		high[i] = Math.max(high[2 * i]!, high[2 * i + 1]!);
	}
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
	const { from, to, ...extents } = extentTrees(n);
	const index = {
		events,
		order,
		rank: order,
		anchor: new Float64Array(n),
		from,
		to,
		point: new Uint8Array(n),
		extents
	};
	let sorted = true;
	for (let i = 0; i < n; i++) {
		put(index, i, events[i]!);
		order[i] = i;
		if (i && index.anchor[i - 1]! > index.anchor[i]!) sorted = false;
	}
	if (sorted) {
		growExtents(extents);
		return index;
	}
	const { anchor, point } = index;
	// Stable: equal anchors keep the input's order.
	order.sort((a, b) => anchor[a]! - anchor[b]! || a - b);
	const rank = new Uint32Array(n);
	for (let s = 0; s < n; s++) rank[order[s]!] = s;
	const by = <T extends Float64Array | Uint8Array>(values: T): T =>
		values.map((_, s) => values[order[s]!]!) as T;
	const trees = extentTrees(n);
	trees.from.set(by(from));
	trees.to.set(by(to));
	growExtents(trees);
	return {
		...index,
		rank,
		anchor: by(anchor),
		from: trees.from,
		to: trees.to,
		point: by(point),
		extents: { low: trees.low, high: trees.high }
	};
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

/** How many events anchor in [from, to). */
export function countBetween(index: EventIndex, from: number, to: number): number {
	return Math.max(0, lowerBound(index, to) - lowerBound(index, from));
}

/**
 * The earliest start and the latest end of a run of events (sorted positions), in O(log n)
 * each: a cluster's extent without walking its events, from the index's two segment trees.
 */
/** [earliest from, latest to] of the events at sorted positions first…last. */
export function extentOf(index: EventIndex, first: number, last: number): [number, number] {
	const { low, high } = index.extents;
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

/** Tells the extent trees that positions first…last of `from` and `to` changed. */
export function extentsChanged(index: EventIndex, first: number, last: number): void {
	const { low, high } = index.extents;
	const n = index.from.length;
	// The leaves are `from` and `to`: only the nodes above the run are made anew, each once.
	for (let l = (first + n) >> 1, r = (last + n) >> 1; l > 0; l >>= 1, r >>= 1) {
		for (let i = l; i <= r; i++) {
			low[i] = Math.min(low[2 * i]!, low[2 * i + 1]!);
			high[i] = Math.max(high[2 * i]!, high[2 * i + 1]!);
		}
	}
}
