import { describe, expect, it } from 'vitest';
import { formatBounds, formatFuzzyDate, formatSpan } from './format';
import { fuzzyDate, parseCalendarDay } from './fuzzy-date';
import type { Lang } from '../i18n/lang';
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

	it("names a season in the page's English: 'fall' in en, 'autumn' in en-GB (an article that writes autumn is British: src/lib/i18n/english.ts)", () => {
		expect(formatFuzzyDate(fuzzyDate('fall 1967', '1967-FA')!)).toBe('fall 1967');
		expect(formatFuzzyDate(fuzzyDate('autumn 1967', '1967-FA')!, 'en-GB')).toBe('autumn 1967');
		expect(formatFuzzyDate(fuzzyDate('late 1967', '1967-FA', 'END')!)).toBe('late fall 1967');
		expect(formatFuzzyDate(fuzzyDate('late 1967', '1967-FA', 'END')!, 'en-GB')).toBe(
			'late autumn 1967'
		);
		// Other languages have one word.
		expect(formatFuzzyDate(fuzzyDate('autumn 1967', '1967-FA')!, 'fr')).toBe('automne 1967');
	});

	it('names a view in years, months or days by how long it is', () => {
		const at = (s: string) => new Date(s);
		expect(formatSpan(at('2015-08-01'), at('2020-09-01'))).toBe('2015 – 2020');
		expect(formatSpan(at('2019-03-01'), at('2020-07-01'))).toBe('Mar 2019 – Jul 2020');
		expect(formatSpan(at('2020-03-02'), at('2020-03-20'))).toBe('Mar 2, 2020 – Mar 20, 2020');
		// A cluster of 1962 (a year) and summer 1964 claims no month of either.
		expect(formatSpan(at('1962-07-02'), at('1964-07-16'), 'en', 'year')).toBe('1962 – 1964');
		expect(formatSpan(at('1962-07-02'), at('1964-07-16'), 'fr', 'season')).toBe('1962 – 1964');
		expect(formatSpan(at('2020-03-02'), at('2020-03-20'), 'de', 'week')).toBe('März 2020');
		expect(formatSpan(at('2020-03-02'), at('2020-03-20'), 'es', 'day')).toBe(
			'2 mar 2020 – 20 mar 2020'
		);
	});

	it('gives the bounds of a range and a single day for a point', () => {
		expect(formatBounds(fuzzyDate('late March', '2020-03', 'END')!)).toBe(
			'Mar 21, 2020 – Mar 31, 2020'
		);
		expect(formatBounds(fuzzyDate('June 26', '2020-06-26')!)).toBe('Jun 26, 2020');
	});
});

describe('formatFuzzyDate before the era: "44 BC", never "-0043"', () => {
	const rows: [string, TimexMod | undefined, string][] = [
		['BC0044', undefined, '44 BC'],
		['BC0044-03-15', undefined, 'Mar 15, 44 BC'],
		['BC0480-08', undefined, 'August 480 BC'],
		['BC0216-SP', undefined, 'spring 216 BC'],
		['BC0500', 'APPROX', 'about 500 BC'],
		['BC047', undefined, 'the 470s BC'],
		['BC04', undefined, 'the 5th century BC'],
		['BC00', undefined, 'the 1st century BC'],
		['BC1', undefined, 'the 2nd millennium BC'],
		['0079', undefined, 'AD 79'],
		['0079-08-24', undefined, 'Aug 24, AD 79'],
		['00', undefined, 'the 1st century'],
		['02', undefined, 'the 3rd century'],
		['1066', undefined, '1066'],
		['197', 'START', 'the early 1970s'],
		['18', 'END', 'the late 19th century'],
		['2019', 'MID', 'mid-2019'],
		// A bound says its own word, and meets a year's middle where it falls on a half.
		['1993-H1', 'ON_OR_BEFORE', 'by mid-1993'],
		['1993-H2', 'BEFORE', 'before mid-1993'],
		['1993-H1', 'AFTER', 'after mid-1993'],
		['2031', 'ON_OR_BEFORE', 'by 2031'],
		['2031', 'BEFORE', 'before 2031'],
		['1993-H2', 'ON_OR_BEFORE', 'by second half of 1993']
	];
	it.each(rows)('%s %s reads "%s"', (value, mod, expected) => {
		expect(formatFuzzyDate(fuzzyDate('as written', value, mod)!)).toBe(expected);
	});

	it('gives BC bounds and a view across the era with both eras named', () => {
		expect(formatBounds(fuzzyDate('44 BC', 'BC0044')!)).toBe('Jan 1, 44 BC – Dec 31, 44 BC');
		const from = fuzzyDate('500 BC', 'BC0500')!;
		const to = fuzzyDate('AD 500', '0500')!;
		expect(formatSpan(new Date(from.earliest), new Date(to.earliest))).toBe('500 BC – AD 500');
	});
});

describe('formatFuzzyDate in the reader’s language', () => {
	const rows: [Lang, string, TimexMod | undefined, string][] = [
		['fr', '2020-03', 'END', 'fin mars 2020'],
		['fr', '2020-06-26', undefined, '26 juin 2020'],
		['fr', 'BC0044', undefined, '44 av. J.-C.'],
		['fr', 'BC04', undefined, 'le Ve siècle av. J.-C.'],
		['fr', '18', undefined, 'le XIXe siècle'],
		['fr', '00', undefined, 'le Ier siècle'],
		['fr', '0079', undefined, '79 apr. J.-C.'],
		['de', '2020-06-26', undefined, '26. Juni 2020'],
		['de', '2020-03', 'START', 'Anfang März 2020'],
		['de', '2019-SU', undefined, 'Sommer 2019'],
		['de', 'BC0044', undefined, '44 v. Chr.'],
		['de', 'BC04', undefined, 'das 5. Jahrhundert v. Chr.'],
		['de', '199', undefined, 'die 1990er Jahre'],
		['es', '2020-03', undefined, 'marzo de 2020'],
		['es', '2020-06-26', undefined, '26 jun 2020'],
		['es', 'BC0044', undefined, '44 a. C.'],
		['es', 'BC04', undefined, 'el siglo V a. C.'],
		['es', '2016', 'APPROX', 'hacia 2016'],
		// A part of a decade or century takes the article's joined form, as each language writes it.
		['fr', '197', 'START', 'début des années 1970'],
		['fr', '18', 'MID', 'milieu du XIXe siècle'],
		['fr', '2019', 'MID', 'mi-2019'],
		['de', '197', 'START', 'Anfang der 1970er Jahre'],
		['de', '18', 'END', 'Ende des 19. Jahrhunderts'],
		['de', '197', 'BEFORE', 'vor den 1970er Jahren'],
		['de', '18', 'AFTER', 'nach dem 19. Jahrhundert'],
		['es', '18', 'START', 'principios del siglo XIX'],
		['es', '197', 'END', 'finales de los años 1970'],
		['es', '18', 'BEFORE', 'antes del siglo XIX'],
		['es', '2020-03', 'START', 'principios de marzo de 2020'],
		['fr', '1993-H1', 'ON_OR_BEFORE', 'd’ici mi-1993'],
		['de', '1993-H1', 'ON_OR_BEFORE', 'bis Mitte 1993'],
		['es', '1993-H1', 'ON_OR_BEFORE', 'para mediados de 1993']
	];
	it.each(rows)('%s: %s %s reads "%s"', (lang, value, mod, expected) => {
		expect(formatFuzzyDate(fuzzyDate('as written', value, mod)!, lang)).toBe(expected);
	});

	it('formats the same in any time zone, from UTC calendar fields', () => {
		const date = fuzzyDate('June 26', '2020-06-26')!;
		expect(formatBounds(date, 'de')).toBe('26. Juni 2020');
		expect(formatBounds(fuzzyDate('March 15, 44 BC', 'BC0044-03-15')!, 'fr')).toBe(
			'15 mars 44 av. J.-C.'
		);
	});
});
