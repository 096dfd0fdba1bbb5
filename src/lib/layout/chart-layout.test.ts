import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../extract/article';
import { extractTimeline } from '../extract/events';
import { fuzzyDate } from '../timeline/fuzzy-date';
import type { TimelineEvent } from '../timeline/types';
import { axisTicks } from './axis';
import { BANDS, bandOf, CHART, laneTop, layoutWidth } from './bands';
import { ChartLayout, density, levelOf, scaleOf, type ViewItem } from './chart-layout';
import { buildIndex, countBetween } from './event-index';
import { baseScale, timeDomain } from './time-scale';

const file = 'data/articles/russian-bounties-taliban.md';
const seed = extractTimeline(parseArticle(readFileSync(file, 'utf8'), 'seed', file)).events;

/** n events spread over years, some days crowded with several. */
function synthetic(n: number): TimelineEvent[] {
	return Array.from({ length: n }, (_, i) => {
		const day = Math.floor((i * 7919) % (365 * 30)) + (i % 5 === 0 ? 0 : i % 3);
		const date = new Date(Date.UTC(1990, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
		return {
			id: `e${i}`,
			title: `Event ${i}`,
			summary: '',
			start: fuzzyDate(date, i % 7 === 0 ? date.slice(0, 7) : date)!,
			source: { article: 'x', start: 0, end: 0 }
		};
	}).sort((a, b) => Date.parse(a.start.earliest) - Date.parse(b.start.earliest));
}

/** The layout of a view zoomed by k about `at` (0..1 of the domain). */
function viewAt(layout: ChartLayout, k: number, at: number) {
	const [d0, d1] = layout.domain;
	const span = (d1 - d0) / k;
	const from = Math.min(d1 - span, Math.max(d0, d0 + at * (d1 - d0) - span / 2));
	return { view: layout.view(from, from + span), from, span };
}

/** Label boxes in px at a real chart width. */
function boxes(items: ViewItem[], width: number, labelWidth: number) {
	return items.map((i) => ({
		x: i.x * width,
		y: laneTop(i.lane),
		w: labelWidth,
		h: CHART.labelHeight
	}));
}

const overlaps = (a: ReturnType<typeof boxes>[0], b: ReturnType<typeof boxes>[0]) =>
	a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('ChartLayout: labels and clusters as data', () => {
	const fixtures = { seed, dense: synthetic(400) };
	for (const [name, events] of Object.entries(fixtures)) {
		const index = buildIndex(events);
		const domain = timeDomain(events).map((d) => d.getTime()) as [number, number];
		for (const width of [300, 360, 768, 1280]) {
			const band = BANDS[bandOf(width)]!;
			const layout = new ChartLayout(index, domain, band);
			for (const [k, at] of [
				[1, 0.5],
				[1.7, 0.3],
				[3, 0.8],
				[16, 0.6],
				[90, 0.42]
			] as const) {
				it(`${name} at ${width} px, zoom ×${k}: no label box overlaps another`, () => {
					const { view } = viewAt(layout, k, at);
					const b = boxes(view.items, width, band.labelWidth);
					for (let i = 0; i < b.length; i++)
						for (let j = i + 1; j < b.length; j++)
							expect(overlaps(b[i]!, b[j]!), `items ${i} and ${j}`).toBe(false);
					for (const item of view.items) {
						expect(item.lane).toBeGreaterThanOrEqual(0);
						expect(item.lane).toBeLessThan(band.lanes);
					}
				});
			}
		}
	}

	it('holds a label whole inside the view while its marks are in it, hides one its lane leaves no room for, and leaves out one whose marks have gone', () => {
		// Periods reaching into the view from before it, as a story's "from 2014 to 2019" does.
		const periods = synthetic(120).map((e, i) =>
			i % 4 ? e : { ...e, end: fuzzyDate('later', `${Number(e.start.value.slice(0, 4)) + 3}`)! }
		);
		for (const events of [seed, periods]) {
			const index = buildIndex(events);
			const domain = timeDomain(events).map((d) => d.getTime()) as [number, number];
			for (const width of [360, 1280]) {
				const band = BANDS[bandOf(width)]!;
				const layout = new ChartLayout(index, domain, band);
				let held = 0;
				let ended = 0;
				for (const k of [2, 3, 6, 16])
					for (let at = 0; at <= 1; at += 0.05) {
						const { view, from, span } = viewAt(layout, k, at);
						const labelFraction = layout.labelSpan(view.level) / span;
						for (const [i, item] of view.items.entries()) {
							const next = view.items.slice(i + 1).find((o) => o.lane === item.lane);
							const blocked = next !== undefined && next.x < labelFraction;
							if (item.left < from && !blocked) {
								expect(item.x).toBeCloseTo(0, 9);
								held++;
							}
							// Never cut by the left edge: held whole at it, or hidden where the next
							// label in its lane leaves no room (a sliver of a box read as a broken chart).
							if (!item.hidden) expect(item.x).toBeGreaterThanOrEqual(-1e-9);
							if (item.left < from && blocked) expect(item.hidden).toBe(true);
							// A label whose mark is in view ends inside it, or, its lane full, is hidden;
							// marks past the right edge have no label in the view.
							expect(item.x0).toBeLessThan(1);
							const boxFraction = (labelFraction * band.labelWidth) / (band.labelWidth + CHART.gap);
							// Hidden: it would be cut by the right edge, or by the left one.
							if (item.hidden) expect(item.x + boxFraction > 1 || item.x < 0).toBe(true);
							else expect(item.x + boxFraction).toBeLessThanOrEqual(1 + 1e-9);
							const previous = view.items.slice(0, i).findLast((o) => o.lane === item.lane);
							const crowded = previous !== undefined && previous.x + 2 * labelFraction > 1;
							if (item.x0 < 1 && item.x0 >= 0 && !crowded && !(item.left < from && blocked)) {
								expect(item.hidden).toBeUndefined();
								expect(item.x + labelFraction).toBeLessThanOrEqual(1 + 1e-9);
								ended++;
							}
							// Marks past the left edge are the off-screen marker's, as past the right:
							// no label of theirs reaches into the view.
							expect(item.x1).toBeGreaterThanOrEqual(0);
						}
					}
				if (events === periods) expect(held).toBeGreaterThan(0);
				expect(ended).toBeGreaterThan(0);
			}
		}
	});

	it('puts every event in exactly one label or cluster, at every level', () => {
		const events = synthetic(2000);
		const index = buildIndex(events);
		const domain = timeDomain(events).map((d) => d.getTime()) as [number, number];
		const layout = new ChartLayout(index, domain, BANDS[1]!);
		for (const level of [0, 1, 2, 5, 9]) {
			const seen = new Uint8Array(events.length);
			const blocks = Math.ceil(scaleOf(level) - 1e-9);
			for (let b = 0; b < blocks; b++) {
				for (const item of layout.block(level, b)) {
					for (let s = item.first; s <= item.last; s++) seen[s]! += 1;
					if (item.kind === 'event') expect(item.first).toBe(item.last);
					else expect(item.last).toBeGreaterThan(item.first);
				}
			}
			expect([...seen].every((c) => c === 1)).toBe(true);
		}
	});

	it('gives positions as fractions of the view, the same at any width in a band', () => {
		const index = buildIndex(seed);
		const domain = timeDomain(seed).map((d) => d.getTime()) as [number, number];
		const layout = new ChartLayout(index, domain, BANDS[bandOf(700)]!);
		const whole = layout.view(domain[0], domain[1]);
		for (const item of whole.items) {
			expect(item.x).toBeGreaterThanOrEqual(0);
			expect(item.x).toBeLessThan(1);
			expect(item.anchorX).toBeCloseTo(
				(index.anchor[item.first]! - domain[0]) / (domain[1] - domain[0]),
				9
			);
		}
		// Every event of the seed is labelled or counted, and the whole view hides none.
		expect(whole.items.reduce((n, i) => n + i.count, 0)).toBe(seed.length);
		expect(whole.before + whole.after).toBe(0);
	});

	it('labels the seed on a desk and keeps a phone to a compact strip with clusters', () => {
		const index = buildIndex(seed);
		const domain = timeDomain(seed).map((d) => d.getTime()) as [number, number];
		const desk = new ChartLayout(index, domain, BANDS[bandOf(670)]!).view(domain[0], domain[1]);
		const phone = new ChartLayout(index, domain, BANDS[bandOf(328)]!).view(domain[0], domain[1]);
		expect(desk.items.filter((i) => i.kind === 'event').length).toBeGreaterThanOrEqual(3);
		expect(phone.items.filter((i) => i.kind === 'event').length).toBeGreaterThanOrEqual(2);
		expect(Math.max(...phone.items.map((i) => i.lane))).toBeLessThan(2);
	});

	it('opens a cluster by zooming: a deeper level labels every event that has its own time', () => {
		const events = synthetic(300);
		const index = buildIndex(events);
		const domain = timeDomain(events).map((d) => d.getTime()) as [number, number];
		const layout = new ChartLayout(index, domain, BANDS[5]!);
		const cluster = layout.view(domain[0], domain[1]).items.find((i) => i.kind === 'cluster')!;
		expect(cluster.count).toBeGreaterThan(1);
		const level = layout.levelToLabel(cluster.first, 0, 30);
		expect(level).toBeGreaterThan(0);
		expect(layout.itemAt(level, cluster.first)?.kind).toBe('event');
	});

	it('counts off-screen events on either side from the index', () => {
		const events = synthetic(500);
		const index = buildIndex(events);
		const domain = timeDomain(events).map((d) => d.getTime()) as [number, number];
		const layout = new ChartLayout(index, domain, BANDS[3]!);
		const { view, from, span } = viewAt(layout, 8, 0.5);
		expect(view.before).toBe(countBetween(index, -Infinity, from));
		expect(view.after).toBe(countBetween(index, from + span, Infinity));
		expect(view.before + view.after + countBetween(index, from, from + span)).toBe(500);
	});
});

describe('levels, bands and density', () => {
	it('steps zoom levels by √2, so a level holds until the next', () => {
		expect(levelOf(1)).toBe(0);
		expect(levelOf(1.41)).toBe(0);
		expect(levelOf(Math.SQRT2)).toBe(1);
		expect(levelOf(2)).toBe(2);
		expect(scaleOf(levelOf(7))).toBeLessThanOrEqual(7);
	});

	it('lays a band out for its narrowest width', () => {
		expect(bandOf(328)).toBe(1);
		expect(layoutWidth(BANDS[bandOf(328)]!)).toBeLessThanOrEqual(328);
		expect(layoutWidth(BANDS[bandOf(670)]!)).toBeLessThanOrEqual(670);
	});

	it('counts every event once in the overview density', () => {
		const events = synthetic(777);
		const domain = timeDomain(events).map((d) => d.getTime()) as [number, number];
		const bins = density(buildIndex(events), domain, 120);
		expect(bins).toHaveLength(120);
		expect(bins.reduce((a, b) => a + b, 0)).toBe(777);
	});
});

describe('axisTicks', () => {
	it('adapts from years to days as the view narrows', () => {
		const base = baseScale([new Date('2010-01-01'), new Date('2020-01-01')], 1000);
		expect(axisTicks(base).map((t) => t.label)).toContain('2015');
		const narrow = base.copy().domain([new Date('2020-03-01'), new Date('2020-03-10')]);
		const labels = axisTicks(narrow).map((t) => t.label);
		expect(labels.some((l) => /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+$|^Mar \d+$/.test(l))).toBe(true);
	});

	it('names decades when the view spans a century', () => {
		const century = baseScale([new Date('1900-01-01'), new Date('2000-01-01')], 1000);
		expect(axisTicks(century).map((t) => t.label)).toContain('1950');
	});
});
