import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../extract/article';
import { extractTimeline } from '../extract/events';
import { fuzzyDate } from '../timeline/fuzzy-date';
import type { TimelineEvent } from '../timeline/types';
import { axisTicks } from './axis';
import { layoutEvents, type Box } from './layout';
import { baseScale, timeDomain } from './time-scale';

const file = 'data/articles/russian-bounties-taliban.md';
const seed = extractTimeline(parseArticle(readFileSync(file, 'utf8'), 'seed', file)).events;

const overlaps = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The seed laid out at a zoom factor k, centred on `at` (0..1 of the domain). */
function layoutAt(events: TimelineEvent[], width: number, k: number, at = 0.5) {
	const domain = timeDomain(events);
	const base = baseScale(domain, width);
	const cx = at * width;
	const x = width / 2 - cx * k;
	const scale = base.copy().domain([base.invert(-x / k), base.invert((width - x) / k)]);
	return { layout: layoutEvents(events, scale, { width }), scale };
}

describe('layoutEvents: no label overlaps another, at any zoom and width', () => {
	const widths = [360, 768, 1280];
	const zooms: [number, number][] = [
		[1, 0.5],
		[2, 0.8],
		[8, 0.9],
		[40, 0.93]
	];
	for (const width of widths) {
		for (const [k, at] of zooms) {
			it(`seed at ${width} px, zoom ×${k}`, () => {
				const { layout } = layoutAt(seed, width, k, at);
				const marks = layout.marks;
				for (let i = 0; i < marks.length; i++) {
					for (let j = i + 1; j < marks.length; j++) {
						expect(
							overlaps(marks[i]!.label, marks[j]!.label),
							`${marks[i]!.id} / ${marks[j]!.id}`
						).toBe(false);
					}
				}
				for (const m of marks) {
					// Labels sit below the axis band and, when visible, inside the width.
					expect(m.label.y).toBeGreaterThanOrEqual(36);
					if (m.visible) {
						expect(m.label.x).toBeGreaterThanOrEqual(0);
						expect(m.label.x + m.label.width).toBeLessThanOrEqual(width);
					}
				}
			});
		}
	}

	it('keeps a range and a label in the same lane from overlapping', () => {
		const { layout } = layoutAt(seed, 1280, 1);
		for (let lane = 0; lane < layout.lanes; lane++) {
			const marks = layout.marks.filter((m) => m.lane === lane);
			const extents = marks
				.map((m) => [Math.min(m.x0, m.label.x), Math.max(m.x1, m.label.x + m.label.width)] as const)
				.sort((a, b) => a[0] - b[0]);
			for (let i = 1; i < extents.length; i++)
				expect(extents[i]![0]).toBeGreaterThanOrEqual(extents[i - 1]![1]);
		}
	});

	it('draws day-precise dates as points and fuzzy ones as ranges as wide as their uncertainty', () => {
		const { layout, scale } = layoutAt(seed, 1280, 1);
		const report = layout.marks.find((m) => seed[m.index]!.start.precision === 'day')!;
		expect(report.point).toBe(true);
		const lateMarch = layout.marks.find((m) => seed[m.index]!.start.mod === 'END')!;
		expect(lateMarch.point).toBe(false);
		const width = scale(new Date('2020-04-01')) - scale(new Date('2020-03-21'));
		expect(lateMarch.x1 - lateMarch.x0).toBeCloseTo(width, 0);
	});

	it('uses as few lanes as a wide screen allows and grows tall on a phone', () => {
		const wide = layoutAt(seed, 1280, 1).layout;
		const phone = layoutAt(seed, 360, 1).layout;
		expect(wide.lanes).toBeLessThan(phone.lanes);
		expect(phone.height).toBe(36 + phone.lanes * (phone.laneHeight + 8));
	});

	it('is linear enough for large timelines: 20,000 events lay out', () => {
		const many: TimelineEvent[] = Array.from({ length: 20_000 }, (_, i) => ({
			id: `e${i}`,
			title: `Event number ${i}`,
			summary: '',
			start: fuzzyDate('x', `${1900 + (i % 120)}-${String((i % 12) + 1).padStart(2, '0')}`)!,
			source: { article: 'x', start: 0, end: 0 }
		}));
		const { layout } = layoutAt(many, 1280, 1);
		expect(layout.marks).toHaveLength(20_000);
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
