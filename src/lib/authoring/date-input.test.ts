import { describe, expect, it } from 'vitest';
import { fieldWords, readTypedDate, sameTime } from './date-input';

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
			message: expect.stringMatching(/“banana” holds no date Dateline can read/)
		});
	});

	// The extractor's own kinds of precision, typed: a plan bounded by a date, a year's half, a
	// decade's part, an approximate year, a season BC. One row per entry: text, TIMEX3 value and
	// modifier stored, the one line the field shows.
	it.each([
		['before 2031', '2031', 'BEFORE', 'before 2031 · Jan 1, 2030 – Dec 31, 2030'],
		[
			'by mid-1993',
			'1993-H1',
			'ON_OR_BEFORE',
			'on or before mid-1993 · Jul 4, 1992 – Jun 30, 1993'
		],
		['by the middle of 1993', '1993-H1', 'ON_OR_BEFORE', undefined],
		['after 1990', '1990', 'AFTER', 'after 1990 · Jan 1, 1991 – Dec 31, 1991'],
		['after mid-1993', '1993-H1', 'AFTER', 'after mid-1993 · Jul 1, 1993 – Dec 28, 1993'],
		['by 2031', '2031', 'ON_OR_BEFORE', 'on or before 2031 · Jan 1, 2030 – Dec 31, 2031'],
		['no later than 2031', '2031', 'ON_OR_BEFORE', undefined],
		['by the end of 1993', '1993', 'ON_OR_BEFORE', undefined],
		['no earlier than 2031', '2031', 'ON_OR_AFTER', undefined],
		['before 44 BC', 'BC0044', 'BEFORE', undefined],
		['early 2020s', '202', 'START', 'the early 2020s · Jan 1, 2020 – May 2, 2023'],
		['c. 1850', '1850', 'APPROX', 'about 1850 · Jul 2, 1849 – Jul 2, 1851'],
		['circa 1850', '1850', 'APPROX', 'about 1850 · Jul 2, 1849 – Jul 2, 1851'],
		['c 1850', '1850', 'APPROX', undefined],
		['ca. 1850', '1850', 'APPROX', undefined],
		['spring 216 BC', 'BC0216-SP', undefined, 'spring 216 BC · Mar 1, 216 BC – May 31, 216 BC'],
		['first half of 1993', '1993-H1', undefined, 'first half of 1993 · Jan 1, 1993 – Jun 30, 1993']
	])('reads “%s” as %s %s', (text, value, mod, reading) => {
		const read = readTypedDate(text, '2020-06-26');
		expect(read).toMatchObject({ ok: true, date: { value, text } });
		if (!read.ok) return;
		expect(read.date.mod).toBe(mod);
		if (reading) expect(read.reading).toBe(reading);
		// What the field shows for the stored date is the editor's words again.
		expect(fieldWords(read.date, '2020-06-26')).toBe(text);
	});

	it.each([
		['banana', '“banana” holds no date Dateline can read; try'],
		[
			'March 3 or April 4',
			'“March 3 or April 4” holds two dates, “March 3” and “April 4”; give one.'
		],
		['every Tuesday', '“every Tuesday” is a time that repeats, not a date;'],
		['three weeks', '“three weeks” is a length of time, not a date;'],
		[
			'sometime 2031ish',
			'Dateline reads “2031” but not “sometime” before it or “ish” after it: remove them.'
		],
		['until 2031', 'Dateline reads “2031” but not “until” before it: remove it.'],
		[
			'by early 1993',
			'“by early 1993” bounds a date that is already “early 1993”; a date takes one of the two: type “by 1993” or “early 1993”.'
		],
		[
			'before about 2031',
			'“before about 2031” bounds a date that is already “about 2031”; a date takes one of the two: type “before 2031” or “about 2031”.'
		]
	])('refuses “%s” in one line naming what and where', (text, message) => {
		const read = readTypedDate(text, '2020-06-26');
		expect(read.ok).toBe(false);
		if (read.ok) return;
		expect(read.message.startsWith(message)).toBe(true);
		expect(read.message).not.toMatch(/\n/);
	});

	it.each([
		['before 2031', 'before 2031'],
		['by mid-1993', 'by mid-1993'],
		['by the end of 1993', 'by 1993'],
		['after mid-1993', 'after mid-1993'],
		['no earlier than 2031', 'no earlier than 2031'],
		['c. 1850', 'about 1850']
	])('a corrected date typed as “%s” shows as “%s”, which reads back the same', (typed, shown) => {
		const read = readTypedDate(typed, '2020-06-26');
		if (!read.ok) throw new Error(read.message);
		// The stored date keeps the article's words; the field writes the editor's date.
		const stored = { ...read.date, text: 'Sept. 3, 2021' };
		expect(fieldWords(stored, '2020-06-26')).toBe(shown);
		const again = readTypedDate(shown, '2020-06-26');
		expect(again.ok && sameTime(again.date, stored)).toBe(true);
	});
});

describe('dates said around what the normaliser reads', () => {
	// One row per entry: text, TIMEX3 value and modifier stored, the one line the field shows;
	// "this year" is the year of the story's publication date (2021-06-15 here).
	it.each([
		['the seventh of August 2019', '2019-08-07', undefined, 'Aug 7, 2019 · Aug 7, 2019'],
		['the 7th of August 2019', '2019-08-07', undefined, 'Aug 7, 2019 · Aug 7, 2019'],
		['on the 3rd of May', '2021-05-03', undefined, 'May 3, 2021 · May 3, 2021'],
		['in the 1990s', '199', undefined, 'the 1990s · Jan 1, 1990 – Dec 31, 1999'],
		['January of this year', '2021-01', undefined, 'January 2021 · Jan 1, 2021 – Jan 31, 2021'],
		['in January of this year', '2021-01', undefined, undefined],
		['March of last year', '2020-03', undefined, 'March 2020 · Mar 1, 2020 – Mar 31, 2020'],
		['the third of June last year', '2020-06-03', undefined, 'Jun 3, 2020 · Jun 3, 2020'],
		['early January of this year', '2021-01', 'START', undefined],
		['the seventh of August of 2019', '2019-08-07', undefined, undefined],
		['May of 2020', '2020-05', undefined, undefined],
		['by January of next year', '2022-01', 'ON_OR_BEFORE', undefined]
	])('reads “%s” as %s %s', (text, value, mod, reading) => {
		const read = readTypedDate(text, '2021-06-15');
		if (!read.ok) throw new Error(read.message);
		expect(read.date).toMatchObject({ text, value });
		expect(read.date.mod).toBe(mod);
		if (reading) expect(read.reading).toBe(reading);
		// The field shows the words typed, which read back as the date.
		expect(fieldWords(read.date, '2021-06-15')).toBe(text);
	});

	it('still refuses a date given two years, or words it cannot read before a date', () => {
		expect(readTypedDate('May 2020 of last year', '2021-06-15')).toMatchObject({
			ok: false,
			message: expect.stringMatching(/holds two dates, “May 2020” and “last year”/)
		});
		expect(readTypedDate('sometime the seventh of August 2019', '2021-06-15')).toMatchObject({
			ok: false,
			message: expect.stringMatching(/not “sometime the” before it/)
		});
	});
});

describe('spans the normaliser reads only in part', () => {
	it.each([
		['the winter of 2018-19', '2018-WI', 'winter 2018–19 · Dec 1, 2018 – Feb 28, 2019'],
		['winter 2019/20', '2019-WI', 'winter 2019–20 · Dec 1, 2019 – Feb 29, 2020'],
		['winter 1999-2000', '1999-WI', 'winter 1999–2000 · Dec 1, 1999 – Feb 29, 2000'],
		['the first week of May 2021', '2021-05', 'first week of May 2021 · May 1, 2021 – May 7, 2021'],
		['2nd week of June 2019', '2019-06', '2nd week of June 2019 · Jun 8, 2019 – Jun 14, 2019'],
		[
			'the last week of February 2020',
			'2020-02',
			'last week of February 2020 · Feb 23, 2020 – Feb 29, 2020'
		]
	])('reads “%s” as %s, saying so in one line', (text, value, reading) => {
		const read = readTypedDate(text, '2022-03-01');
		expect(read).toMatchObject({ ok: true, date: { text, value }, reading });
		// The field shows the words typed, which read back as the date.
		if (read.ok) expect(fieldWords(read.date, '2022-03-01')).toBe(text);
	});

	it('shows a stored week of a month in words that read back as it', () => {
		for (const [typed, shown] of [
			['the first week of May 2021', 'first week of May 2021'],
			['the last week of February 2020', 'last week of February 2020']
		]) {
			const read = readTypedDate(typed!, '2022-03-01');
			if (!read.ok) throw new Error(read.message);
			// A corrected date keeps the article's words; the field says the editor's date.
			expect(fieldWords({ ...read.date, text: 'last spring' }, '2022-03-01')).toBe(shown);
		}
	});

	it('gives a week of a month its seven days, at week precision', () => {
		expect(readTypedDate('the first week of May 2021', '2022-03-01')).toMatchObject({
			date: {
				earliest: '2021-05-01T00:00:00.000Z',
				latest: '2021-05-07T23:59:59.999Z',
				precision: 'week'
			}
		});
	});

	it.each([
		[
			'the summer of 2018-19',
			'“the summer of 2018-19”: a summer falls within one year (only a winter spans two); type “summer 2018” or “summer 2019”.'
		],
		[
			'winter 2018-20',
			'“winter 2018-20”: 2018 and 2020 are not one winter apart; type one winter, such as “winter 2018-19”.'
		],
		[
			'the fifth week of May 2021',
			'“the fifth week of May 2021”: a month holds four whole weeks; type “the last week of May 2021” or “May 2021”.'
		],
		[
			'the first week of 2021',
			'“the first week of 2021”: Dateline reads the weeks of a month, and “2021” is not one; type a month, such as “the first week of May 2021”.'
		],
		[
			'the third week of spring 2021',
			'“the third week of spring 2021”: Dateline reads the weeks of a month, and “spring 2021” is not one; type a month, such as “the third week of May 2021”.'
		]
	])('refuses “%s” in one line naming what and where', (text, message) => {
		expect(readTypedDate(text, '2022-03-01')).toMatchObject({ ok: false, message });
	});
});
