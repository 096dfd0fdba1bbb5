import { bounds, isPoint } from '../timeline/fuzzy-date';
import type { TimelineEvent } from '../timeline/types';

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

/** An event's extent and anchor (ms): [from, anchor, to]. */
export function spanOf(event: TimelineEvent): [number, number, number] {
	const [a, b] = bounds(event.start);
	return [a, a + (b - a) / 2, event.end ? Math.max(b, bounds(event.end)[1]) : b];
}

/** Whether an event is drawn as a point (a day or a time) rather than a range. */
export const isPointEvent = (event: TimelineEvent): boolean => !event.end && isPoint(event.start);

export function buildIndex(events: readonly TimelineEvent[]): EventIndex {
	const n = events.length;
	// Each date's bounds are parsed once: parsing dominates the index's cost.
	const lows = new Float64Array(n);
	const highs = new Float64Array(n);
	const anchors = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const [low, anchor, high] = spanOf(events[i]!);
		lows[i] = low;
		anchors[i] = anchor;
		highs[i] = high;
	}
	const order = new Uint32Array(n);
	for (let i = 0; i < n; i++) order[i] = i;
	// Timelines arrive in date order (extraction sorts them), so sorting is usually a check.
	let sorted = true;
	for (let i = 1; i < n && sorted; i++) sorted = anchors[i - 1]! <= anchors[i]!;
	// Stable: equal anchors keep the input's order.
	if (!sorted) order.sort((a, b) => anchors[a]! - anchors[b]! || a - b);
	const anchor = new Float64Array(n);
	const from = new Float64Array(n);
	const to = new Float64Array(n);
	const point = new Uint8Array(n);
	const rank = new Uint32Array(n);
	for (let s = 0; s < n; s++) {
		const i = order[s]!;
		const event = events[i]!;
		anchor[s] = anchors[i]!;
		from[s] = lows[i]!;
		to[s] = highs[i]!;
		point[s] = isPointEvent(event) ? 1 : 0;
		rank[i] = s;
	}
	return { events, order, anchor, from, to, point, rank };
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
