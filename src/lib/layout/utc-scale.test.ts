import { scaleUtc as d3ScaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleUtc } from './utc-scale';

const YEAR = 365.25 * 86_400_000;

describe("Dateline's UTC scale, d3-scale's scaleUtc in little", () => {
	it('maps, inverts, zooms and ticks as d3-scale does, to the same numbers', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -3000 * YEAR, max: 100 * YEAR, noNaN: true }),
				fc.double({ min: 4 * 86_400_000, max: 5000 * YEAR, noNaN: true }),
				fc.integer({ min: 1, max: 4000 }),
				fc.double({ min: -1, max: 2, noNaN: true }),
				fc.integer({ min: 2, max: 40 }),
				(start, span, width, at, count) => {
					const domain = [new Date(start), new Date(start + span)];
					const ours = scaleUtc().domain(domain).range([0, width]);
					const d3 = d3ScaleUtc().domain(domain).range([0, width]);
					const x = start + at * span;
					expect(ours(x)).toBe(d3(x));
					expect(ours(new Date(x))).toBe(d3(new Date(x)));
					expect(ours.invert(at * width).getTime()).toBe(d3.invert(at * width).getTime());
					expect(ours.domain().map(Number)).toEqual(d3.domain().map(Number));
					expect(ours.range()).toEqual(d3.range());
					expect(ours.ticks(count).map(Number)).toEqual(d3.ticks(count).map(Number));
					// Zoomed as ViewState zooms: a copy with a narrower domain, the base unchanged.
					const zoom = (s: typeof ours) =>
						s.copy().domain([s.invert(width * 0.25), s.invert(width * 0.5)]);
					const zoomed = zoom(ours);
					expect(zoomed(x)).toBe(zoom(d3)(x));
					expect(zoomed.ticks(count).map(Number)).toEqual(zoom(d3).ticks(count).map(Number));
					expect(ours(x)).toBe(d3(x));
				}
			)
		);
	});

	it('answers undefined for no date, as d3-scale does with no unknown set', () => {
		const ours = scaleUtc()
			.domain([new Date(0), new Date(YEAR)])
			.range([0, 100]);
		expect(ours(NaN)).toBeUndefined();
		expect(ours(null as unknown as number)).toBeUndefined();
	});
});
