import * as d3 from 'd3-time';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcDay, utcMonth, utcTicks, utcYear } from './utc-time';

const YEAR = 365.25 * 86_400_000;
const time = fc.integer({ min: -3000 * YEAR, max: 200 * YEAR });

describe("Dateline's UTC intervals and ticks, d3-time's in little", () => {
	it('floors, ceils, rounds and offsets days, months and years as d3-time does', () => {
		const pairs = [
			[utcDay, d3.utcDay],
			[utcMonth, d3.utcMonth],
			[utcYear, d3.utcYear]
		] as const;
		fc.assert(
			fc.property(time, fc.integer({ min: -400, max: 400 }), (t, n) => {
				for (const [ours, theirs] of pairs) {
					expect(+ours.floor(new Date(t))).toBe(+theirs.floor(new Date(t)));
					expect(+ours.ceil(new Date(t))).toBe(+theirs.ceil(new Date(t)));
					expect(+ours.round(new Date(t))).toBe(+theirs.round(new Date(t)));
					expect(+ours.offset(new Date(t), n)).toBe(+theirs.offset(new Date(t), n));
					expect(+ours.offset(new Date(t))).toBe(+theirs.offset(new Date(t)));
				}
			}),
			{ numRuns: 2000 }
		);
	});

	it('ticks any span at any count as d3-time does, seconds to millennia', () => {
		fc.assert(
			fc.property(
				time,
				fc.double({ min: 1000, max: 5000 * YEAR, noNaN: true }),
				fc.integer({ min: 1, max: 60 }),
				fc.boolean(),
				(start, span, count, reverse) => {
					const [a, b] = [new Date(start), new Date(start + span)];
					const [from, to] = reverse ? [b, a] : [a, b];
					expect(utcTicks(from, to, count).map(Number)).toEqual(
						d3.utcTicks(from, to, count).map(Number)
					);
				}
			),
			{ numRuns: 3000 }
		);
	});

	it('ticks the spans where the step changes unit, as d3-time does', () => {
		const DAY = 86_400_000;
		const start = Date.UTC(2020, 1, 27, 13, 7, 11);
		for (const span of [
			60e3,
			3600e3,
			DAY,
			2 * DAY,
			4 * DAY,
			9 * DAY,
			40 * DAY,
			200 * DAY,
			3 * YEAR,
			40 * YEAR,
			4000 * YEAR
		])
			for (const count of [2, 5, 10, 13, 40]) {
				const [a, b] = [new Date(start), new Date(start + span)];
				expect(utcTicks(a, b, count).map(Number)).toEqual(d3.utcTicks(a, b, count).map(Number));
			}
	});
});
