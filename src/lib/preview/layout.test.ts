import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../../scripts/synthetic';
import { parseArticle } from '../extract/article';
import { extractTimeline } from '../extract/events';
import type { Timeline } from '../timeline/types';
import { previewSvg } from './svg';

interface Box {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

const num = (tag: string, name: string) =>
	Number(new RegExp(` ${name}="([-\\d.e]+)"`).exec(tag)![1]);

/**
 * The preview's drawing read back from its SVG: each item's mark and label, in the order they
 * are drawn (a mark, then its label), in the chart's own coordinates.
 */
function drawn(svg: string): { mark: Box; label: Box }[] {
	const chart = /<g transform="translate[^>]*>(.*?)<\/g>/.exec(svg)![1]!;
	const shapes = chart.match(/<(circle|rect)[^>]*>/g)!;
	const out: { mark: Box; label: Box }[] = [];
	for (let i = 0; i < shapes.length; i += 2) {
		const [mark, label] = [shapes[i]!, shapes[i + 1]!];
		expect(label).toContain('rx="6"');
		const r = 7;
		out.push({
			mark: mark.startsWith('<circle')
				? {
						x0: num(mark, 'cx') - r,
						x1: num(mark, 'cx') + r,
						y0: num(mark, 'cy') - r,
						y1: num(mark, 'cy') + r
					}
				: {
						x0: num(mark, 'x'),
						x1: num(mark, 'x') + num(mark, 'width'),
						y0: num(mark, 'y'),
						y1: num(mark, 'y') + num(mark, 'height')
					},
			label: {
				x0: num(label, 'x'),
				x1: num(label, 'x') + num(label, 'width'),
				y0: num(label, 'y'),
				y1: num(label, 'y') + num(label, 'height')
			}
		});
	}
	return out;
}

const meet = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
/** How far apart two boxes are (0 if they touch or meet). */
const gap = (a: Box, b: Box) =>
	Math.hypot(Math.max(0, a.x0 - b.x1, b.x0 - a.x1), Math.max(0, a.y0 - b.y1, b.y0 - a.y1));

const seedFile = 'data/articles/russian-bounties-taliban.md';
const seed = extractTimeline(
	parseArticle(readFileSync(seedFile, 'utf8'), 'russian-bounties-taliban', seedFile)
);
const thirtyNine: Timeline = {
	article: 'long',
	title: 'Thirty-nine events',
	published: '2020-01-01',
	events: syntheticEvents(39, 'p') as unknown as Timeline['events']
};

describe('the preview image: each label next to its own mark', () => {
	for (const [name, timeline] of [
		['the seed (7 events)', seed],
		['a 39-event timeline', thirtyNine]
	] as const) {
		it(`puts every label just under its mark, nearer it than any other, nothing overlapping: ${name}`, () => {
			const items = drawn(previewSvg(timeline, { title: 'A story', byline: 'The Paper' }));
			expect(items.length).toBeGreaterThan(3);
			items.forEach(({ mark, label }, i) => {
				// Just above its label, and over it or beside its edge.
				expect(label.y0 - mark.y1, `item ${i}`).toBeGreaterThanOrEqual(0);
				expect(label.y0 - mark.y1, `item ${i}`).toBeLessThanOrEqual(8);
				expect(gap(mark, label), `item ${i}`).toBeLessThanOrEqual(8);
				// Nearer its own label than any other label.
				for (const [j, other] of items.entries())
					if (j !== i)
						expect(gap(mark, other.label), `item ${i}'s mark and ${j}'s label`).toBeGreaterThan(
							gap(mark, label)
						);
			});
			const boxes = items.flatMap(({ mark, label }) => [mark, label]);
			for (let a = 0; a < boxes.length; a++)
				for (let b = a + 1; b < boxes.length; b++)
					expect(meet(boxes[a]!, boxes[b]!), `boxes ${a} and ${b}`).toBe(false);
		});
	}

	it('shows the seed whole: every one of its seven events has a label of its own', () => {
		const svg = previewSvg(seed, { title: 'A story', byline: 'The Paper' });
		expect(svg).not.toMatch(/\d+ events</);
		expect(drawn(svg)).toHaveLength(7);
	});
});
