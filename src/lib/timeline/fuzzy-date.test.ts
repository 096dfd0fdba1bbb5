import { describe, expect, it } from 'vitest';
import { compareFuzzyDates, fuzzyDate, isPoint, midpoint, parseCalendarDay } from './fuzzy-date';
import type { TimexMod } from './types';

const published = parseCalendarDay('2020-06-26')!;

describe('fuzzyDate: a TIMEX3 value becomes honest bounds', () => {
	// text, value, mod, earliest, latest (inclusive), precision
	const rows: [string, string, TimexMod | undefined, string, string, string][] = [
		['2016', '2016', undefined, '2016-01-01T00:00:00.000Z', '2016-12-31T23:59:59.999Z', 'year'],
		[
			'March 2020',
			'2020-03',
			undefined,
			'2020-03-01T00:00:00.000Z',
			'2020-03-31T23:59:59.999Z',
			'month'
		],
		[
			'late March',
			'2020-03',
			'END',
			'2020-03-21T00:00:00.000Z',
			'2020-03-31T23:59:59.999Z',
			'month'
		],
		[
			'early March',
			'2020-03',
			'START',
			'2020-03-01T00:00:00.000Z',
			'2020-03-10T23:59:59.999Z',
			'month'
		],
		[
			'mid-March',
			'2020-03',
			'MID',
			'2020-03-11T00:00:00.000Z',
			'2020-03-20T23:59:59.999Z',
			'month'
		],
		[
			'late February',
			'2020-02',
			'END',
			'2020-02-21T00:00:00.000Z',
			'2020-02-29T23:59:59.999Z',
			'month'
		],
		[
			'June 26, 2020',
			'2020-06-26',
			undefined,
			'2020-06-26T00:00:00.000Z',
			'2020-06-26T23:59:59.999Z',
			'day'
		],
		[
			'the week of March 16',
			'2020-W12',
			undefined,
			'2020-03-16T00:00:00.000Z',
			'2020-03-22T23:59:59.999Z',
			'week'
		],
		[
			'week 1 of 2021',
			'2021-W01',
			undefined,
			'2021-01-04T00:00:00.000Z',
			'2021-01-10T23:59:59.999Z',
			'week'
		],
		[
			'summer 2019',
			'2019-SU',
			undefined,
			'2019-06-01T00:00:00.000Z',
			'2019-08-31T23:59:59.999Z',
			'season'
		],
		[
			'winter 2019',
			'2019-WI',
			undefined,
			'2019-12-01T00:00:00.000Z',
			'2020-02-29T23:59:59.999Z',
			'season'
		],
		[
			'the third quarter',
			'1998-Q3',
			undefined,
			'1998-07-01T00:00:00.000Z',
			'1998-09-30T23:59:59.999Z',
			'quarter'
		],
		[
			'the first half',
			'2001-H1',
			undefined,
			'2001-01-01T00:00:00.000Z',
			'2001-06-30T23:59:59.999Z',
			'half'
		],
		[
			'the 1990s',
			'199',
			undefined,
			'1990-01-01T00:00:00.000Z',
			'1999-12-31T23:59:59.999Z',
			'decade'
		],
		[
			'the 19th century',
			'18',
			undefined,
			'1800-01-01T00:00:00.000Z',
			'1899-12-31T23:59:59.999Z',
			'century'
		],
		[
			'around 2016',
			'2016',
			'APPROX',
			'2015-07-02T00:00:00.000Z',
			'2017-07-02T23:59:59.999Z',
			'approximate'
		],
		[
			'3 p.m.',
			'2020-06-26T15:00',
			undefined,
			'2020-06-26T15:00:00.000Z',
			'2020-06-26T15:00:59.999Z',
			'time'
		],
		[
			'that morning',
			'2020-06-26TMO',
			undefined,
			'2020-06-26T06:00:00.000Z',
			'2020-06-26T11:59:59.999Z',
			'time'
		],
		[
			'months ago',
			'PAST_REF',
			undefined,
			'2019-06-26T00:00:00.000Z',
			'2020-05-26T23:59:59.999Z',
			'approximate'
		],
		[
			'recently',
			'PAST_REF',
			undefined,
			'2019-06-26T00:00:00.000Z',
			'2020-06-25T23:59:59.999Z',
			'approximate'
		],
		['now', 'PRESENT_REF', undefined, '2020-06-26T00:00:00.000Z', '2020-06-26T23:59:59.999Z', 'day']
	];
	it.each(rows)(
		'"%s" (%s %s) spans %s to %s at %s precision',
		(text, value, mod, earliest, latest, precision) => {
			expect(fuzzyDate(text, value, mod, published)).toEqual({
				text,
				value,
				...(mod ? { mod } : {}),
				earliest,
				latest,
				precision
			});
		}
	);

	it('names no time for durations, sets and unanchored values', () => {
		expect(fuzzyDate('for three years', 'P3Y')).toBeNull();
		expect(fuzzyDate('every Tuesday', 'XXXX-WXX-2')).toBeNull();
		expect(fuzzyDate('recently', 'PAST_REF')).toBeNull();
	});

	it('keeps years before 100 AD in their own century', () => {
		expect(fuzzyDate('AD 79', '0079')?.earliest).toBe('0079-01-01T00:00:00.000Z');
	});
});

describe('ordering and shape', () => {
	it('sorts by midpoint, the narrower date first on ties', () => {
		const year = fuzzyDate('2019', '2019')!;
		const july = fuzzyDate('July 2019', '2019-07')!;
		const lateMarch = fuzzyDate('late March', '2020-03', 'END')!;
		expect([lateMarch, year, july].sort(compareFuzzyDates)).toEqual([year, july, lateMarch]);
		expect(midpoint(year)).toBeLessThan(midpoint(july));
	});

	it('draws days and times as points, everything coarser as ranges', () => {
		expect(isPoint(fuzzyDate('June 26', '2020-06-26')!)).toBe(true);
		expect(isPoint(fuzzyDate('late March', '2020-03', 'END')!)).toBe(false);
	});

	it('rejects impossible calendar days', () => {
		expect(parseCalendarDay('2020-02-30')).toBeNull();
		expect(parseCalendarDay('26/06/2020')).toBeNull();
		expect(parseCalendarDay('2020-02-29')?.toISOString()).toBe('2020-02-29T00:00:00.000Z');
	});
});
