import { describe, expect, it } from 'vitest';
import { formatBounds, formatFuzzyDate, formatSpan } from './format';
import { fuzzyDate, parseCalendarDay } from './fuzzy-date';
import type { TimexMod } from './types';

const published = parseCalendarDay('2020-06-26')!;

describe('formatFuzzyDate: labels say what the text meant', () => {
	const rows: [string, TimexMod | undefined, string][] = [
		['2016', undefined, '2016'],
		['2020-03', 'END', 'late March 2020'],
		['2020-03', 'START', 'early March 2020'],
		['2020-06-26', undefined, 'Jun 26, 2020'],
		['2019-SU', undefined, 'summer 2019'],
		['1998-Q3', undefined, 'Q3 1998'],
		['199', undefined, 'the 1990s'],
		['18', undefined, 'the 19th century'],
		['2016', 'APPROX', 'about 2016'],
		['PAST_REF', undefined, 'Jun 2019 – May 2020 (approx.)']
	];
	it.each(rows)('%s %s reads "%s"', (value, mod, expected) => {
		expect(formatFuzzyDate(fuzzyDate('months ago', value, mod, published)!)).toBe(expected);
	});

	it('names a view in years, months or days by how long it is', () => {
		const at = (s: string) => new Date(s);
		expect(formatSpan(at('2015-08-01'), at('2020-09-01'))).toBe('2015 – 2020');
		expect(formatSpan(at('2019-03-01'), at('2020-07-01'))).toBe('Mar 2019 – Jul 2020');
		expect(formatSpan(at('2020-03-02'), at('2020-03-20'))).toBe('Mar 2, 2020 – Mar 20, 2020');
	});

	it('gives the bounds of a range and a single day for a point', () => {
		expect(formatBounds(fuzzyDate('late March', '2020-03', 'END')!)).toBe(
			'Mar 21, 2020 – Mar 31, 2020'
		);
		expect(formatBounds(fuzzyDate('June 26', '2020-06-26')!)).toBe('Jun 26, 2020');
	});
});
