import { describe, expect, it } from 'vitest';
import { fuzzyDate } from '../timeline/fuzzy-date';
import type { TimelineEvent } from '../timeline/types';
import { buildIndex, extentOf } from './event-index';
import { countBetween, eventOf, fill, lookupFileOf, sparseIndex, summarize } from './sparse-index';

const DAY = 86_400_000;
const event = (i: number, day: string): TimelineEvent => ({
	id: `e${i}`,
	title: `Event ${i}`,
	summary: '',
	start: fuzzyDate(day, day)!,
	source: { article: 'a', start: 0, end: 0 }
});
const events = Array.from({ length: 50 }, (_, i) =>
	event(i, new Date(Date.UTC(2000, 0, 1) + i * 30 * DAY).toISOString().slice(0, 10))
);
const domain: [number, number] = [Date.UTC(1999, 0, 1), Date.UTC(2005, 0, 1)];

describe('a sparse index', () => {
	it('stands in for an event still loading with a wordless event of its estimated year', () => {
		const index = sparseIndex(summarize(buildIndex(events), domain));
		const standIn = eventOf(index, 20);
		expect(standIn.id).toBe('');
		const year = new Date(index.anchor[20]!).getUTCFullYear();
		expect(standIn.start.value).toBe(String(year));
	});

	it('gives the event itself once its run has loaded, and keeps anchors in order', () => {
		const index = sparseIndex(summarize(buildIndex(events), domain));
		fill(index, 10, events.slice(10, 20));
		expect(eventOf(index, 12)).toBe(events[12]);
		expect(eventOf(index, 9).id).toBe('');
		for (let r = 1; r < index.anchor.length; r++)
			expect(index.anchor[r]!).toBeGreaterThanOrEqual(index.anchor[r - 1]!);
	});

	it("moves a run's extent and counts as its events land, after a cluster has asked for them", () => {
		const whole = buildIndex(events);
		const index = sparseIndex(summarize(whole, domain));
		// Asked first (a cluster of estimates drawn), so the extent trees exist before the run lands.
		extentOf(index, 10, 19);
		fill(index, 10, events.slice(10, 20));
		expect(extentOf(index, 12, 15)).toEqual(extentOf(whole, 12, 15));
		const [from, to] = [whole.anchor[12]!, whole.anchor[16]!];
		expect(countBetween(index, from, to)).toBe(countBetween(whole, from, to));
	});
});

describe('the look-up files of a long timeline', () => {
	it('give every id one file among as many as its chunks, the same each time, spread evenly', () => {
		const n = 100_000;
		const files = new Array<number>(1000).fill(0);
		// Counted here, not asserted 100,000 times: that took over 5 s on a loaded machine.
		let unstable = 0;
		for (let i = 0; i < n; i++) {
			const file = lookupFileOf(`story-${i}`, n);
			if (file !== lookupFileOf(`story-${i}`, n)) unstable++;
			files[file]!++;
		}
		expect(unstable).toBe(0);
		// About a chunk's worth each (100): none empty, none a crowd.
		expect(Math.min(...files)).toBeGreaterThan(50);
		expect(Math.max(...files)).toBeLessThan(160);
		// Any string is an id: accents, emoji, the empty string, an object's own names.
		for (const id of ['', 'é', '🙂', '__proto__', 'constructor'])
			expect(lookupFileOf(id, 1200)).toSatisfy(
				(f: number) => Number.isInteger(f) && f >= 0 && f < 12
			);
	});
});
