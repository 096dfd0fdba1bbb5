import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../../scripts/synthetic';
import { parseArticle } from '../extract/article';
import { extractTimeline } from '../extract/events';
import { levelOf, scaleOf } from '../layout/chart-layout';
import { timeDomain } from '../layout/time-scale';
import { fuzzyDate } from '../timeline/fuzzy-date';
import type { TimelineEvent } from '../timeline/types';
import { ChartState } from './chart.svelte';
import { ViewState } from './view.svelte';

const DAY = 86_400_000;
const file = 'data/articles/russian-bounties-taliban.md';
const seed = extractTimeline(parseArticle(readFileSync(file, 'utf8'), 'seed', file)).events;

const event = (i: number, ms: number): TimelineEvent => {
	const day = new Date(ms).toISOString().slice(0, 10);
	return {
		id: `e${i}`,
		title: `Event ${i}`,
		summary: '',
		start: fuzzyDate(day, day)!,
		source: { article: 'x', start: 0, end: 0 }
	};
};

/** A long story: events spread over 30 years, and a crisis of thousands within weeks. */
function story(): TimelineEvent[] {
	const t0 = Date.UTC(1990, 0, 1);
	const spread = Array.from({ length: 600 }, (_, i) => t0 + Math.floor(i * 18.25) * DAY);
	const crisis = Array.from({ length: 3000 }, (_, i) => t0 + (4000 + Math.floor(i / 60)) * DAY);
	return [...spread, ...crisis].sort((a, b) => a - b).map((ms, i) => event(i, ms));
}

function chartOf(events: TimelineEvent[], width: number) {
	const view = new ViewState(timeDomain(events), width);
	const chart = new ChartState(events, view);
	chart.width = width;
	return chart;
}

const inView = (chart: ChartState, rank: number) => {
	const [from, to] = chart.view.visibleSpan;
	const t = chart.index.anchor[rank]!;
	return t >= from.getTime() && t <= to.getTime();
};

describe('ChartState: Home and End', () => {
	for (const width of [360, 1280]) {
		it(`zoomed in at ${width} px, End shows the last event and Home the first, not the empty padding`, () => {
			const chart = chartOf(story(), width);
			chart.view.zoomBy(2000);
			const last = chart.count - 1;
			chart.toEdge(1);
			expect(inView(chart, last)).toBe(true);
			expect(chart.viewOf(chart.activeBand).after).toBe(0);
			chart.toEdge(-1);
			expect(inView(chart, 0)).toBe(true);
			expect(chart.viewOf(chart.activeBand).before).toBe(0);
		});
	}

	it('zoomed out, End goes to the end of the domain as before', () => {
		const chart = chartOf(seed, 1280);
		chart.view.zoomBy(2);
		chart.toEdge(1);
		expect(chart.view.visibleSpan[1].getTime()).toBeCloseTo(chart.domain[1], -3);
	});
});

describe('ChartState: opening a cluster', () => {
	it('one tap on a dense cluster opens it into labelled events or smaller clusters', async () => {
		for (const width of [360, 1280]) {
			const chart = chartOf(story(), width);
			const biggest = () =>
				chart
					.viewOf(chart.activeBand)
					.items.filter((i) => i.kind === 'cluster')
					.reduce((a, b) => (b.count > a.count ? b : a));
			const cluster = biggest();
			expect(cluster.count).toBeGreaterThan(1000);
			const rank = await chart.open(cluster.first, cluster.last);
			expect(inView(chart, rank)).toBe(true);
			const items = chart.viewOf(chart.activeBand).items;
			const holding = items.find((i) => i.first <= rank && rank <= i.last)!;
			// Events on the same day never part: at the deepest zoom they stay a (small) cluster.
			if (levelOf(chart.view.transform.k) < chart.maxLevel) expect(holding.kind).toBe('event');
			// Everything in view is a piece of the cluster much smaller than it was.
			for (const item of items) expect(item.count).toBeLessThan(cluster.count / 10);
		}
	});

	it('one tap on a cluster of most of a long timeline opens to several labelled events', async () => {
		// scripts/synthetic.ts's shape: 10,000 events over sixty years, some only to the month.
		const events = syntheticEvents(10_000, 'long') as TimelineEvent[];
		// 328 px: the chart of a 360 px phone's reader (its plot 326 px inside the border), where a
		// place kept at the right edge took the last column's second lane, and the tap opened to
		// one label at every zoom but days.
		for (const width of [328, 360, 1280]) {
			const chart = chartOf(events, width);
			const cluster = chart
				.viewOf(chart.activeBand)
				.items.filter((i) => i.kind === 'cluster')
				.reduce((a, b) => (b.count > a.count ? b : a));
			expect(cluster.count).toBeGreaterThan(1000);
			const rank = await chart.open(cluster.first, cluster.last);
			expect(inView(chart, rank)).toBe(true);
			const items = chart.viewOf(chart.activeBand).items;
			// Several of its events have labels in view (it opened to a lone one before)…
			const labelled = items.filter(
				(i) =>
					i.kind === 'event' &&
					i.first >= cluster.first &&
					i.first <= cluster.last &&
					i.anchorX >= 0 &&
					i.anchorX <= 1
			);
			expect(labelled.length).toBeGreaterThanOrEqual(width < 900 ? 2 : 3);
			expect(labelled.map((i) => i.first)).toContain(rank);
			// …and what stays clustered is a small piece of it.
			for (const item of items) expect(item.count).toBeLessThan(cluster.count / 10);
		}
	});

	it('a tap on a cluster of up to a hundred events shows every one of them', async () => {
		// A 41-event chronology and a 164-event history: at 360 px a tap on the chronology's
		// 38-event cluster showed 4 of its events and left 34 out of view.
		for (const name of ['boeing-737-max-timeline', 'space-race-history']) {
			const path = `tests/fixtures/articles/${name}.md`;
			const events = extractTimeline(parseArticle(readFileSync(path, 'utf8'), name, path)).events;
			for (const width of [360, 768, 1280]) {
				const whole = chartOf(events, width);
				const clusters = whole
					.viewOf(whole.activeBand)
					.items.filter((i) => i.kind === 'cluster' && i.count <= 100);
				expect(clusters.length).toBeGreaterThan(0);
				for (const cluster of clusters) {
					const chart = chartOf(events, width);
					await chart.open(cluster.first, cluster.last);
					const [from, to] = chart.view.visibleSpan.map((d) => d.getTime());
					const anchors = Array.from(chart.index.anchor.slice(cluster.first, cluster.last + 1));
					expect(
						anchors.filter((t) => t < from! || t > to!),
						`${name} at ${width}`
					).toEqual([]);
				}
			}
		}
	});

	it('every cluster of the seed opens as it always did, tap after tap: its span fitted, centred on it', async () => {
		for (const width of [300, 360, 768, 1280]) {
			const chart = chartOf(seed, width);
			const { view } = chart;
			const [d0, d1] = chart.domain;
			const walk = async (depth: number) => {
				const { k, x } = view.transform;
				const clusters = chart.viewOf(chart.activeBand).items.filter((i) => i.kind === 'cluster');
				for (const cluster of depth < 6 ? clusters : []) {
					view.setTransform(k, x);
					const from = chart.index.anchor[cluster.first]!;
					const to = chart.index.anchor[cluster.last]!;
					const fitted = Math.max(
						scaleOf(levelOf(k) + 1) * (1 + 1e-9),
						(d1 - d0) / Math.max(1, (to - from) * 1.6)
					);
					const before = new ViewState(view.domain, width);
					before.zoomTo(fitted, from + (to - from) / 2);
					expect(await chart.open(cluster.first, cluster.last)).toBe(cluster.first);
					expect(view.transform.k).toBeCloseTo(before.transform.k, 6);
					expect(view.transform.x).toBeCloseTo(before.transform.x, 3);
					await walk(depth + 1);
				}
			};
			await walk(0);
		}
	});
});

describe("the layout in the chart's own width", () => {
	it("keeps a cluster's marks within a label's width of its box in a chart wider than its band's narrowest", () => {
		const far: string[] = [];
		for (const width of [1280, 1100, 700, 360]) {
			const chart = chartOf(syntheticEvents(400, 'x') as TimelineEvent[], width);
			const box = chart.layout(chart.activeBand).band.labelWidth;
			for (const k of [1, 2, 3, 6, 12])
				for (const at of [0.2, 0.5, 0.8]) {
					const [d0, d1] = chart.domain;
					chart.view.zoomTo(k, d0 + at * (d1 - d0));
					for (const item of chart.viewOf(chart.activeBand).items) {
						if (item.kind !== 'cluster') continue;
						// Past its box's right end by more than a label's width: it reads as another time.
						const past = item.x1 * width - (item.x * width + box);
						if (past > box)
							far.push(`${width} px ×${k} at ${at}: ${item.key} ${Math.round(past)} px`);
					}
				}
		}
		expect(far).toEqual([]);
	});
});

describe('whether zooming parts a cluster', () => {
	it('parts a cluster of days at the first zoom, not at the deepest, and never one of a single day', () => {
		const t0 = Date.UTC(2020, 2, 10);
		const days = [t0, t0, t0, t0, t0, t0 + DAY, t0 + DAY, t0 + 2 * DAY, t0 + 2 * DAY];
		const events = [Date.UTC(1990, 0, 1), ...days, Date.UTC(2030, 0, 1)].map((ms, i) =>
			event(i, ms)
		);
		const chart = chartOf(events, 360);
		const clustersAt = (level: number) => {
			chart.view.zoomTo(scaleOf(level) * (1 + 1e-9), t0 + DAY);
			return chart.viewOf(chart.activeBand).items.filter((i) => i.kind === 'cluster');
		};
		const opening = clustersAt(0);
		expect(opening.length).toBeGreaterThan(0);
		for (const c of opening) expect(chart.parts(c.first, c.last, 0)).toBe(true);
		const deepest = clustersAt(chart.maxLevel);
		expect(deepest.length).toBeGreaterThan(0);
		for (const c of deepest) expect(chart.parts(c.first, c.last, chart.maxLevel)).toBe(false);
		// Events of one day a year after another: one cluster that no zoom parts.
		const sameDay = [Date.UTC(2019, 2, 1), t0, t0, t0, t0, t0].map((ms, i) => event(i, ms));
		const oneDay = chartOf(sameDay, 360);
		const cluster = oneDay.viewOf(oneDay.activeBand).items.find((i) => i.kind === 'cluster')!;
		expect(oneDay.index.anchor[cluster.first]).toBe(oneDay.index.anchor[cluster.last]);
		expect(oneDay.parts(cluster.first, cluster.last, 0)).toBe(false);
	});

	it('parts no cluster of one day beside the event being read, at a phone or a desk width', () => {
		const t0 = Date.UTC(2020, 2, 10);
		const sameDay = [Date.UTC(2019, 2, 1), t0, t0, t0, t0, t0].map((ms, i) => event(i, ms));
		for (const width of [360, 1280]) {
			const chart = chartOf(sameDay, width);
			// The reader opens on its last event being read: it holds a lane at every zoom.
			const pins = [-1, 5];
			const clusters = chart
				.viewOf(chart.activeBand, pins)
				.items.filter((i) => i.kind === 'cluster');
			expect(clusters.length, `${width} px`).toBe(1);
			const [cluster] = clusters;
			// Of the one day only: the year before has a label of its own.
			expect(cluster!.first).toBe(1);
			expect(chart.index.anchor[cluster!.first]).toBe(chart.index.anchor[cluster!.last]);
			expect(chart.parts(cluster!.first, cluster!.last, 0, pins), `${width} px`).toBe(false);
		}
	});
});
