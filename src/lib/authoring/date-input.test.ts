import { describe, expect, it } from 'vitest';
import { readTypedDate } from './date-input';

describe('readTypedDate', () => {
	it.each([
		['late March 2020', '2020-03', 'END', 'late March 2020 · Mar 21, 2020 – Mar 31, 2020'],
		['2019', '2019', undefined, '2019 · Jan 1, 2019 – Dec 31, 2019'],
		['June 26, 2020', '2020-06-26', undefined, 'Jun 26, 2020 · Jun 26, 2020'],
		['spring 2018', '2018-SP', undefined, 'spring 2018 · Mar 1, 2018 – May 31, 2018'],
		['last year', '2019', undefined, '2019 · Jan 1, 2019 – Dec 31, 2019'],
		['2020-03-21', '2020-03-21', undefined, 'Mar 21, 2020 · Mar 21, 2020'],
		['about 2016', '2016', 'APPROX', undefined]
	])('reads “%s” as %s %s', (text, value, mod, reading) => {
		const read = readTypedDate(text, '2020-06-26');
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.date.value).toBe(value);
		expect(read.date.mod).toBe(mod);
		expect(read.date.text).toBe(text);
		if (reading) expect(read.reading).toBe(reading);
	});

	it('reads “44 BC” as the year before the era, in TIMEX3 form', () => {
		const read = readTypedDate('44 BC', '2020-06-26');
		expect(read).toMatchObject({
			ok: true,
			date: { value: 'BC0044', earliest: '-000043-01-01T00:00:00.000Z' }
		});
	});

	it('refuses what is not one date, saying what to type instead', () => {
		for (const text of ['', 'banana', 'March 3 or April 4', 'every Tuesday']) {
			const read = readTypedDate(text, '2020-06-26');
			expect(read.ok, text).toBe(false);
		}
		expect(readTypedDate('banana', '2020-06-26')).toMatchObject({
			message: expect.stringMatching(/“banana” is not a date Dateline can place/)
		});
	});
});
