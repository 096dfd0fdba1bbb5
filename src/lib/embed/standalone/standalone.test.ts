import { describe, expect, it } from 'vitest';
import { interpolate, interpolateNumber, interpolateRound } from './d3-interpolate';
import { timeFormat, utcFormat } from './d3-time-format';

describe("the embed's stand-ins for D3 modules", () => {
	it('gives d3-scale a time format for its default ticks, which Dateline never shows: ISO 8601', () => {
		const date = new Date(Date.UTC(2019, 11, 31, 13, 7, 9, 42));
		for (const specifier of ['.%L', ':%S', '%I:%M', '%I %p', '%a %d', '%b %d', '%B', '%Y']) {
			expect(utcFormat(specifier)(date)).toBe('2019-12-31T13:07:09.042Z');
			expect(timeFormat(specifier)(date)).toBe('2019-12-31T13:07:09.042Z');
		}
	});

	it('interpolates numbers as d3-interpolate does, and says so for anything else', () => {
		expect(interpolateNumber(10, 20)(0.25)).toBe(12.5);
		expect(interpolateRound(0, 3)(0.5)).toBe(2);
		expect(interpolate(0, 800)(0.5)).toBe(400);
		expect(() => interpolate('red', 'blue')).toThrow(/only interpolate numbers/);
	});
});
