import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../extract/article';
import { extractTimeline } from '../extract/events';
import { fuzzyDate } from '../timeline/fuzzy-date';
import type { TimelineEvent } from '../timeline/types';
import { BANDS, CHART, layoutWidth, type Band } from './bands';
import { ChartLayout, scaleOf, type Placed } from './chart-layout';
import { buildIndex, lowerBound, type EventIndex } from './event-index';
import { fill, sparseIndex, summarize } from './sparse-index';
import { timeDomain } from './time-scale';

/**
 * The layout as it was before clusters were found by binary search (main at 6cf443a): every
 * event of a block walked in date order. ChartLayout must place exactly what this places.
 */
function walkedBlock(
	index: EventIndex,
	domain: readonly [number, number],
	band: Band,
	level: number,
	block: number
): Placed[] {
	const [d0, d1] = domain;
	const p = (layoutWidth(band) * scaleOf(level)) / Math.max(1, d1 - d0);
	const span = (d1 - d0) / scaleOf(level);
	const start = d0 + block * span;
	const last = Math.ceil(scaleOf(level) - 1e-9) - 1;
	const i0 = block === 0 ? 0 : lowerBound(index, start);
	const i1 = block >= last ? index.anchor.length : lowerBound(index, start + span);
	const width = Math.min(span, d1 - start) * p;
	const w = band.labelWidth;
	const half = CHART.gap / 2;
	const maxLeft = Math.max(half, width - w - half);
	const laneEnds = new Float64Array(band.lanes).fill(-Infinity);
	const placed: Placed[] = [];
	for (let s = i0; s < i1; s++) {
		const x = (index.anchor[s]! - start) * p;
		const left = Math.max(
			half,
			x - CHART.pad > maxLeft ? Math.min(maxLeft, x + CHART.pad - w) : x - CHART.pad
		);
		let lane = -1;
		for (let l = 0; l < laneEnds.length; l++) {
			if (laneEnds[l]! <= left) {
				lane = l;
				break;
			}
		}
		const from = index.from[s]!;
		const to = index.to[s]!;
		const previous = placed[placed.length - 1];
		if (lane < 0 && previous) {
			previous.kind = 'cluster';
			previous.last = s;
			if (from < previous.from) previous.from = from;
			if (to > previous.to) previous.to = to;
			continue;
		}
		if (lane < 0) lane = 0;
		laneEnds[lane] = left + w + CHART.gap;
		placed.push({ kind: 'event', first: s, last: s, lane, left: start + left / p, from, to });
	}
	return placed;
}

/** Every block at levels 0…maxLevel in every band, laid out both ways. */
function expectSameLayout(index: EventIndex, domain: readonly [number, number], maxLevel: number) {
	let items = 0;
	let clusters = 0;
	for (const band of BANDS) {
		const layout = new ChartLayout(index, domain, band);
		for (let level = 0; level <= maxLevel; level++) {
			const blocks = Math.ceil(scaleOf(level) - 1e-9);
			for (let b = 0; b < blocks; b++) {
				const before = walkedBlock(index, domain, band, level, b);
				expect(layout.block(level, b), `band ${band.min}, level ${level}, block ${b}`).toEqual(
					before
				);
				items += before.length;
				clusters += before.filter((i) => i.kind === 'cluster').length;
			}
		}
	}
	return { items, clusters };
}

const file = 'data/articles/russian-bounties-taliban.md';
const DAY = 86_400_000;

/** n events over `years`, crowded on some days, some known only to the month, some ranges. */
function crowded(n: number, years: number, seed: number, bunch = 2): TimelineEvent[] {
	let state = seed;
	const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
	const events = Array.from({ length: n }, (_, i) => {
		// bunch > 1 crowds the start, < 1 the end (where labels turn to end at their marks).
		const day = Math.floor(random() ** bunch * years * 365);
		const date = new Date(Date.UTC(1990, 0, 1) + day * DAY).toISOString().slice(0, 10);
		const end = new Date(Date.UTC(1990, 0, 1) + (day + 40) * DAY).toISOString().slice(0, 10);
		return {
			id: `e${i}`,
			title: `Event ${i}`,
			summary: '',
			start: fuzzyDate(date, i % 7 === 0 ? date.slice(0, 7) : date)!,
			...(i % 11 === 0 && { end: fuzzyDate(end, end)! }),
			source: { article: 'x', start: 0, end: 0 }
		};
	});
	return events.sort((a, b) => Date.parse(a.start.earliest) - Date.parse(b.start.earliest));
}

const domainOf = (events: TimelineEvent[]) =>
	timeDomain(events).map((d) => d.getTime()) as [number, number];

describe('clusters found by binary search', () => {
	it('lay out the seed exactly as walking every event did, in every band and zoom', () => {
		const seed = extractTimeline(parseArticle(readFileSync(file, 'utf8'), 'seed', file)).events;
		expect(seed).toHaveLength(7);
		const { items } = expectSameLayout(buildIndex(seed), domainOf(seed), 14);
		expect(items).toBeGreaterThan(0);
	});

	it('lay out small and crowded timelines exactly as before, ranges and same-day events too', () => {
		let clusters = 0;
		for (const [n, years, seed, bunch] of [
			[12, 1, 1, 2],
			[60, 3, 2, 2],
			[300, 30, 3, 2],
			[1000, 60, 4, 2],
			[400, 5, 6, 0.2],
			[1000, 40, 7, 0.1]
		] as const) {
			const events = crowded(n, years, seed, bunch);
			clusters += expectSameLayout(buildIndex(events), domainOf(events), 12).clusters;
		}
		// The comparison means something only where events do cluster.
		expect(clusters).toBeGreaterThan(100);
	});

	it('keep extents right in a long timeline as its ranges load', () => {
		const crowd = crowded(3000, 20, 5);
		const domain = domainOf(crowd);
		const whole = buildIndex(crowd);
		// Ranges hold events in the index's order, as the server cuts them.
		const events = Array.from(whole.order, (i) => crowd[i]!);
		const index = sparseIndex(summarize(whole, domain));
		expectSameLayout(index, domain, 6);
		// Chunks land out of order, moving anchors and extents the trees were made from.
		for (const first of [1200, 0, 2900, 400]) {
			fill(index, first, events.slice(first, first + 100));
			expectSameLayout(index, domain, 6);
		}
	});
});
