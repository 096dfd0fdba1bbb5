import { describe, expect, it } from 'vitest';
import { isoTime } from './iso-time';

describe('isoTime', () => {
	it('reads what toISOString writes exactly as Date.parse does, across the whole range', () => {
		const DAY = 86_400_000;
		// Every day of four centuries around the leap rules, and far years either side of 0.
		const times: number[] = [];
		for (let t = Date.UTC(1599, 0, 1); t < Date.UTC(2401, 0, 1); t += DAY * 7 + 3_723_456)
			times.push(t);
		for (const year of [-271_820, -100_000, -9999, -44, -1, 0, 1, 99, 100, 9999, 10_000, 275_759])
			for (const month of [0, 1, 2, 11]) times.push(Date.UTC(year, month, month === 1 ? 29 : 31));
		times.push(0, -1, 8.64e15, -8.64e15, Date.UTC(2020, 5, 26, 23, 59, 59, 999));
		// One assertion over the mismatches: an expect per time made this 40,000-time loop outlast
		// the test timeout on a loaded machine.
		const wrong = times
			.map((t) => new Date(t).toISOString())
			.filter((text) => !Object.is(isoTime(text), Date.parse(text)));
		expect(wrong).toEqual([]);
	});

	it('leaves every other shape to Date.parse, invalid ones included', () => {
		for (const text of [
			'2020-06-26',
			'2020-06',
			'2020-06-26T12:00Z',
			'2020-06-26T12:00:00+02:00',
			'2020-02-30T00:00:00.000Z',
			'2021-02-29T00:00:00.000Z',
			'2020-13-01T00:00:00.000Z',
			'2020-06-26T24:00:00.000Z',
			'2020-06-26T12:60:00.000Z',
			'2020-06-26 12:00:00.000Z',
			'20a0-06-26T00:00:00.000Z',
			'-000000-01-01T00:00:00.000Z',
			'*002020-06-26T00:00:00.000Z',
			'',
			'not a date at all, but 24'
		]) {
			const expected = Date.parse(text);
			const got = isoTime(text);
			if (Number.isNaN(expected)) expect(got, text).toBeNaN();
			else expect(got, text).toBe(expected);
		}
	});
});
