import { tickStep as d3TickStep } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tickStep } from './tick-step';

describe("Dateline's tickStep, d3-array's", () => {
	it('gives the step d3-array gives, for any span and count', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -1e13, max: 1e13, noNaN: true }),
				fc.double({ min: -1e13, max: 1e13, noNaN: true }),
				fc.double({ min: 0.5, max: 200, noNaN: true }),
				(start, stop, count) => {
					expect(tickStep(start, stop, count)).toBe(d3TickStep(start, stop, count));
				}
			),
			{ numRuns: 5000 }
		);
		for (const [a, b, n] of [
			[0, 1, 10],
			[0.001, 0.002, 3],
			[-3000, 2026, 7],
			[5, 5, 4]
		] as const)
			expect(tickStep(a, b, n)).toBe(d3TickStep(a, b, n));
	});
});
