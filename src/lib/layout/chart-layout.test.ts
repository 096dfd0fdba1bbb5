import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../extract/article';
import { extractTimeline } from '../extract/events';
import { fuzzyDate } from '../timeline/fuzzy-date';
import type { TimelineEvent } from '../timeline/types';
import { axisTicks } from './axis';
import { BANDS, bandOf, CHART, laneTop, layoutWidth } from './bands';
import { ChartLayout, density, levelOf, scaleOf, type ViewItem } from './chart-layout';
import { buildIndex, type EventIndex } from './event-index';
import { countBetween } from './sparse-index';
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

	/**
	 * A story as news tells it: a little background years back, then most of its events in the
	 * weeks before the page, at the very end of the timeline (the county-ransomware review: its
	 * January labels sat outside the view, hidden, while their marks stood in it).
	 */
	function news(): TimelineEvent[] {
		const days = ['2023-05-02', '2024-09-10', '2025-06-01', '2025-11-18', '2025-12-20'];
		for (const d of [7, 7, 8, 9, 9, 10, 12, 13, 14, 15, 16, 19, 21, 21])
			days.push(`2026-01-${d < 10 ? '0' : ''}${d}`);
		days.push('2026-01-29', '2026-02-10', '2026-02-24');
		return days.map((day, i) => ({
			id: `n${i}`,
			title: `Event ${i}`,
			summary: '',
			start: fuzzyDate(day, day)!,
			source: { article: 'x', start: 0, end: 0 }
		}));
	}

	/** Views zoomed and panned across the whole domain, as a pinch and a swipe make them. */
	function* viewsOf(layout: ChartLayout) {
		const [d0, d1] = layout.domain;
		for (const k of [1, 1.5, 2, 3, 6, 12, 16, 40, 90])
			for (let at = 0; at <= 1.0001; at += 0.05) {
				const span = (d1 - d0) / k;
				const from = d0 + at * (d1 - d0 - span);
				yield { from, to: from + span, k };
			}
	}

	/**
	 * What a reader would see wrong in a view: an event in view in no item (or in two), a box
	 * cut by the plot's edges or overlapping another, a box further than a label's width from
	 * its marks (its place reads as its time).
	 */
	function labelProblems(
		items: ViewItem[],
		index: EventIndex,
		from: number,
		to: number,
		box: number
	) {
		const problems: string[] = [];
		const seen = new Map<number, number>();
		for (const item of items)
			for (let s = item.first; s <= item.last; s++) seen.set(s, (seen.get(s) ?? 0) + 1);
		const inView = index.anchor.filter((a) => a >= from && a < to).length;
		if (seen.size !== inView) problems.push(`${seen.size} of ${inView} events in view placed`);
		if ([...seen.values()].some((c) => c !== 1)) problems.push('an event placed twice');
		const b = boxes(items, 1, box);
		for (const [i, item] of items.entries()) {
			if (item.x < -1e-9 || item.x + box > 1 + 1e-9)
				problems.push(`box ${item.key} cut at x ${item.x}`);
			const first = item.anchorX;
			const last = (index.anchor[item.last]! - from) / (to - from);
			if (Math.max(0, item.x - last, first - (item.x + box)) > box + 1e-9)
				problems.push(`box ${item.key} far from its marks`);
			for (let j = i + 1; j < b.length; j++)
				if (overlaps(b[i]!, b[j]!)) problems.push(`boxes ${item.key} and ${items[j]!.key} overlap`);
		}
		return problems;
	}

	it('gives every event in view a label held whole inside the plot, or a place in a cluster over its marks', () => {
		const periods = synthetic(120).map((e, i) =>
			i % 4 ? e : { ...e, end: fuzzyDate('later', `${Number(e.start.value.slice(0, 4)) + 3}`)! }
		);
		const problems: string[] = [];
		let views = 0;
		for (const events of [seed, news(), periods, synthetic(400)]) {
			const index = buildIndex(events);
			const domain = timeDomain(events).map((d) => d.getTime()) as [number, number];
			for (const width of [328, 1216]) {
				const band = BANDS[bandOf(width)]!;
				const layout = new ChartLayout(index, domain, band);
				const box = band.labelWidth / layoutWidth(band);
				for (const { from, to } of viewsOf(layout)) {
					views++;
					const view = layout.view(from, to);
					const where = `${events.length} events, ${width} px, ${new Date(from).toISOString()} – ${new Date(to).toISOString()}`;
					problems.push(
						...labelProblems(view.items, index, from, to, box).map((p) => `${where}: ${p}`)
					);
				}
			}
		}
		expect(views).toBeGreaterThan(1000);
		expect(problems.slice(0, 5)).toEqual([]);
	});

	it('labels the news at the end of a timeline after a pinch and a swipe, at 360 px too', () => {
		const events = news();
		const index = buildIndex(events);
		const domain = timeDomain(events).map((d) => d.getTime()) as [number, number];
		const band = BANDS[bandOf(328)]!;
		const layout = new ChartLayout(index, domain, band);
		// Dec 2025 – Mar 2026 and Nov 2025 – Feb 2026, as in the review.
		for (const [a, b] of [
			['2025-12-01', '2026-03-01'],
			['2025-11-01', '2026-02-01']
		]) {
			const [from, to] = [Date.parse(a!), Date.parse(b!)];
			const view = layout.view(from, to);
			expect(
				labelProblems(view.items, index, from, to, band.labelWidth / layoutWidth(band))
			).toEqual([]);
		}
	});

	it('gives the selected event and the one being read labels of their own, out of their clusters', () => {
		const events = news();
		const index = buildIndex(events);
		const domain = timeDomain(events).map((d) => d.getTime()) as [number, number];
		const problems: string[] = [];
		const crowded: string[] = [];
		let tried = 0;
		for (const width of [328, 1216]) {
			const layout = new ChartLayout(index, domain, BANDS[bandOf(width)]!);
			const band = layout.band;
			const box = band.labelWidth / layoutWidth(band);
			for (const { from, to, k } of viewsOf(layout)) {
				// A phone's whole timeline has room for four boxes: the pins come in at ×3.
				if (width < 400 && k < 3) continue;
				const inView = [...index.anchor.keys()].filter(
					(s) => index.anchor[s]! >= from && index.anchor[s]! < to
				);
				for (const pins of [[inView[0]], [inView.at(-1)], [inView[3], inView[7]], [inView[12]]]) {
					const ranks = pins.filter((r): r is number => r !== undefined);
					const view = layout.view(from, to, ranks);
					tried++;
					const where = `${width} px, ×${k}, ${new Date(from).toISOString()}, pins ${ranks}`;
					const own = view.items.find((i) => i.first <= ranks[0]! && ranks[0]! <= i.last);
					// Two pins in a phone's crowd may leave no room for the run between them: there
					// the first (the selected event) keeps its label, or, rarely, neither.
					if (ranks.length && own?.kind !== 'event')
						(ranks.length > 1 && width < 400 ? crowded : problems).push(
							`${where}: pin in a cluster`
						);
					problems.push(
						...labelProblems(view.items, index, from, to, box).map((p) => `${where}: ${p}`)
					);
				}
			}
		}
		expect(problems.slice(0, 5)).toEqual([]);
		expect(crowded.length).toBeLessThan(tried / 100);
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

	it('counts as off-screen only the events the view does not draw, each once, on its side', () => {
		// Periods reaching into the view from before it, and clusters across its edges (the seed's
		// 2019 bar with its label held at the edge was drawn and counted: 8 of its 7 events).
		const periods = synthetic(500).map((e, i) =>
			i % 4 ? e : { ...e, end: fuzzyDate('later', `${Number(e.start.value.slice(0, 4)) + 3}`)! }
		);
		for (const events of [seed, synthetic(500), periods]) {
			const index = buildIndex(events);
			const domain = timeDomain(events).map((d) => d.getTime()) as [number, number];
			for (const band of [BANDS[bandOf(328)]!, BANDS[bandOf(670)]!]) {
				const layout = new ChartLayout(index, domain, band);
				for (const k of [1, 2, 4, 8, 16])
					for (let at = 0; at <= 1; at += 0.1) {
						const { view } = viewAt(layout, k, at);
						const drawn = view.items.reduce((n, i) => n + i.count, 0);
						expect(view.before + drawn + view.after).toBe(events.length);
					}
			}
		}
	});
});

describe("a cluster's marks stand under its box", () => {
	// 360 px, a day a pixel: each label is 124 px and starts 6 px before its mark, or at 233 px
	// (the last place it fits); two lanes. Marks on days 10 and 12 take both lanes at the left,
	// a crowd on days 150–153 the next column, and whatever is at the right edge would join it.
	const width = 360;
	const band = BANDS[bandOf(width)]!;
	const DAY = 86_400_000;
	const t0 = Date.UTC(2001, 0, 1);
	const viewOf = (days: number[]) => {
		const events = days.map((day, i) => {
			const date = new Date(t0 + day * DAY).toISOString().slice(0, 10);
			return { ...synthetic(1)[0]!, id: `e${i}`, start: fuzzyDate(date, date)! };
		});
		const layout = new ChartLayout(buildIndex(events), [t0, t0 + width * DAY], band, width);
		return layout.view(t0, t0 + width * DAY).items;
	};
	const pastBox = (items: ViewItem[], days: number[]) =>
		items.filter((i) => days[i.last]! + 0.5 - (i.x * width + band.labelWidth) > 2 * CHART.pad);

	it('at the right edge as anywhere, where the place kept for the marks there costs no label', () => {
		// The crowd's column gives up one label (its two lanes were an event and a cluster), and
		// the lone mark at the edge takes it: before, it joined the crowd's cluster, whose box
		// ends at 270 px, from 300.
		const days = [10, 12, 150, 151, 152, 153, 300];
		const items = viewOf(days);
		expect(pastBox(items, days)).toEqual([]);
		expect(items.filter((i) => i.kind === 'event').map((i) => days[i.first])).toEqual([
			10, 12, 300
		]);
	});

	it('but not at the cost of a label: with every lane of the last column taken, the edge joins it', () => {
		// Two marks at the edge would be a cluster there, and the crowd's column, left one lane,
		// one more: on a phone (two lanes) a dense view labelled one event where it labelled two.
		const days = [10, 12, 150, 151, 152, 153, 300, 320];
		const items = viewOf(days);
		expect(items.filter((i) => i.kind === 'event').map((i) => days[i.first])).toEqual([
			10, 12, 150
		]);
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
