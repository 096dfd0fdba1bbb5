import { describe, expect, it } from 'vitest';
import { astronomicalYear, timexYear, utcDate } from './era';
import { bounds, compareFuzzyDates, fuzzyDate, shiftedBy } from './fuzzy-date';
import { DataError } from './problems';
import { INSTANT_PATTERN } from './schema';
import type { TimexMod } from './types';
import { validateTimeline } from './validate';

describe('era: astronomical years and TIMEX3 years', () => {
	const rows: [number, string][] = [
		[2020, '2020'],
		[79, '0079'],
		[1, '0001'],
		[0, 'BC0001'],
		[-43, 'BC0044'],
		[-499, 'BC0500']
	];
	it.each(rows)('year %i is written %s and read back', (y, timex) => {
		expect(timexYear(y)).toBe(timex);
		expect(astronomicalYear(timex)).toBe(y);
	});

	it('builds BC instants without string parsing, as toISOString writes them', () => {
		expect(utcDate(-43, 2, 15).toISOString()).toBe('-000043-03-15T00:00:00.000Z');
		expect(utcDate(79, 7, 24).toISOString()).toBe('0079-08-24T00:00:00.000Z');
	});
});

describe('fuzzyDate before the era: BC years, decades, centuries and millennia', () => {
	// text, value, mod, earliest, latest (inclusive), precision
	const rows: [string, string, TimexMod | undefined, string, string, string][] = [
		[
			'44 BC',
			'BC0044',
			undefined,
			'-000043-01-01T00:00:00.000Z',
			'-000043-12-31T23:59:59.999Z',
			'year'
		],
		['1 BC', 'BC0001', undefined, '0000-01-01T00:00:00.000Z', '0000-12-31T23:59:59.999Z', 'year'],
		[
			'March 15, 44 BC',
			'BC0044-03-15',
			undefined,
			'-000043-03-15T00:00:00.000Z',
			'-000043-03-15T23:59:59.999Z',
			'day'
		],
		[
			'August 480 BC',
			'BC0480-08',
			undefined,
			'-000479-08-01T00:00:00.000Z',
			'-000479-08-31T23:59:59.999Z',
			'month'
		],
		[
			'the spring of 216 BC',
			'BC0216-SP',
			undefined,
			'-000215-03-01T00:00:00.000Z',
			'-000215-05-31T23:59:59.999Z',
			'season'
		],
		[
			'the 470s BC',
			'BC047',
			undefined,
			'-000478-01-01T00:00:00.000Z',
			'-000469-12-31T23:59:59.999Z',
			'decade'
		],
		[
			'the 5th century BC',
			'BC04',
			undefined,
			'-000499-01-01T00:00:00.000Z',
			'-000400-12-31T23:59:59.999Z',
			'century'
		],
		[
			'the 1st century BC',
			'BC00',
			undefined,
			'-000099-01-01T00:00:00.000Z',
			'0000-12-31T23:59:59.999Z',
			'century'
		],
		[
			'the second millennium BC',
			'BC1',
			undefined,
			'-001999-01-01T00:00:00.000Z',
			'-001000-12-31T23:59:59.999Z',
			'millennium'
		],
		[
			'the first century',
			'00',
			undefined,
			'0001-01-01T00:00:00.000Z',
			'0099-12-31T23:59:59.999Z',
			'century'
		],
		[
			'the 1st millennium',
			'0',
			undefined,
			'0001-01-01T00:00:00.000Z',
			'0999-12-31T23:59:59.999Z',
			'millennium'
		],
		['AD 79', '0079', undefined, '0079-01-01T00:00:00.000Z', '0079-12-31T23:59:59.999Z', 'year'],
		[
			'c. 500 BC',
			'BC0500',
			'APPROX',
			'-000500-07-02T12:00:00.000Z',
			'-000498-07-02T11:59:59.999Z',
			'approximate'
		]
	];
	it.each(rows)('%s (%s %s) is %s to %s', (text, value, mod, earliest, latest, precision) => {
		const date = fuzzyDate(text, value, mod);
		expect(date).toEqual({ text, value, ...(mod ? { mod } : {}), earliest, latest, precision });
	});

	it('orders BC dates before AD ones and earlier BC years first', () => {
		const dates = ['0079', 'BC0044', 'BC0331', 'BC04', '2020'].map((v) => fuzzyDate(v, v)!);
		expect(dates.sort(compareFuzzyDates).map((d) => d.value)).toEqual([
			'BC04',
			'BC0331',
			'BC0044',
			'0079',
			'2020'
		]);
		expect(bounds(fuzzyDate('44 BC', 'BC0044')!)[0]).toBe(utcDate(-43).getTime());
	});

	it('counts durations across the era boundary', () => {
		expect(shiftedBy(fuzzyDate('44 BC', 'BC0044')!, 'P50Y', 'fifty years later', 1)?.value).toBe(
			'0007'
		);
		expect(shiftedBy(fuzzyDate('AD 2', '0002')!, 'P3Y', 'three years earlier', -1)?.value).toBe(
			'BC0002'
		);
		expect(
			shiftedBy(fuzzyDate('Feb 44 BC', 'BC0044-02')!, 'P2M', 'two months later', 1)?.value
		).toBe('BC0044-04');
		expect(
			shiftedBy(fuzzyDate('March 15, 44 BC', 'BC0044-03-15')!, 'P3D', 'three days later', 1)?.value
		).toBe('BC0044-03-18');
	});
});

describe('validator and JSON Schema accept BC dates', () => {
	const event = {
		id: 'caesar-killed',
		title: 'Caesar is killed',
		summary: 'Caesar was killed on March 15, 44 BC.',
		start: fuzzyDate('March 15, 44 BC', 'BC0044-03-15'),
		source: { article: 'rome', start: 0, end: 38 }
	};

	it('accepts a timeline whose dates are before the era', () => {
		const json = { events: [event] };
		expect(validateTimeline(json, 'rome.json')).toEqual(json);
		expect(new RegExp(INSTANT_PATTERN).test(event.start!.earliest)).toBe(true);
	});

	it('refuses four-digit negative years, which engines parse differently', () => {
		const start = { ...event.start, earliest: '-0043-03-15T00:00:00.000Z' };
		expect(() => validateTimeline({ events: [{ ...event, start }] }, 'rome.json')).toThrow(
			DataError
		);
	});
});
