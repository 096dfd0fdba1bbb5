import { timeFormat as d3TimeFormat, utcFormat as d3UtcFormat } from 'd3-time-format';
import { describe, expect, it } from 'vitest';
import { interpolate, interpolateNumber, interpolateRound } from './d3-interpolate';
import { timeFormat, utcFormat } from './d3-time-format';

describe("the embed's stand-ins for D3 modules", () => {
	it('formats the directives d3-scale asks for as d3-time-format does, in UTC and local time', () => {
		const dates = [
			new Date(Date.UTC(2020, 2, 5, 0, 0, 0, 0)),
			new Date(Date.UTC(2019, 11, 31, 13, 7, 9, 42)),
			new Date(Date.UTC(1999, 0, 1, 23, 59, 59, 999))
		];
		for (const specifier of ['.%L', ':%S', '%I:%M', '%I %p', '%a %d', '%b %d', '%B', '%Y']) {
			for (const date of dates) {
				expect(utcFormat(specifier)(date), specifier).toBe(d3UtcFormat(specifier)(date));
				// In the machine's zone too (the far-zone run puts it 14 hours from UTC).
				expect(timeFormat(specifier)(date), specifier).toBe(d3TimeFormat(specifier)(date));
			}
		}
	});

	it('interpolates numbers as d3-interpolate does, and says so for anything else', () => {
		expect(interpolateNumber(10, 20)(0.25)).toBe(12.5);
		expect(interpolateRound(0, 3)(0.5)).toBe(2);
		expect(interpolate(0, 800)(0.5)).toBe(400);
		expect(() => interpolate('red', 'blue')).toThrow(/only interpolate numbers/);
	});
});
