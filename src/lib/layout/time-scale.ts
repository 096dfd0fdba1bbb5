import type { ScaleTime } from 'd3-scale';
import { utcDay, utcYear } from './utc-time';
import { bounds } from '../timeline/fuzzy-date';
import { scaleUtc } from './utc-scale';
import type { TimelineEvent } from '../timeline/types';

export type TimeScale = ScaleTime<number, number>;

const DAY = 86_400_000;
/** The narrowest span a reader can zoom to: a few days, so day ticks still have neighbours. */
export const MIN_VISIBLE_SPAN = 4 * DAY;

/**
 * The span of time a timeline covers: every event's bounds, padded by a twentieth on each side
 * so marks never sit on the edge, and at least a year wide so a single event has context.
 */
export function timeDomain(events: readonly TimelineEvent[]): [Date, Date] {
	if (events.length === 0) {
		const now = utcYear.floor(new Date(Date.UTC(2020, 0, 1)));
		return [now, utcYear.offset(now, 1)];
	}
	let lo = Infinity;
	let hi = -Infinity;
	for (const e of events) {
		const [a, b] = bounds(e.start);
		lo = Math.min(lo, a);
		hi = Math.max(hi, e.end ? bounds(e.end)[1] : b);
	}
	const minSpan = 365 * DAY;
	if (hi - lo < minSpan) {
		const mid = lo + (hi - lo) / 2;
		lo = mid - minSpan / 2;
		hi = mid + minSpan / 2;
	}
	const pad = (hi - lo) / 20;
	return [utcDay.floor(new Date(lo - pad)), utcDay.ceil(new Date(hi + pad))];
}

/** The unzoomed scale: the whole domain across the width. Zoom rescales it. */
export function baseScale(domain: [Date, Date], width: number): TimeScale {
	return scaleUtc()
		.domain(domain)
		.range([0, Math.max(1, width)]);
}
