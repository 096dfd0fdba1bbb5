import { describe, expect, it } from 'vitest';
import { describeFuzzyDate, DESCRIBE_RULES, spanInWords } from './describe';
import { fuzzyDate, parseCalendarDay } from './fuzzy-date';
import type { Lang } from '../i18n/lang';
import type { TimexMod } from './types';

const PUBLISHED = '2020-06-26';
const reference = parseCalendarDay(PUBLISHED)!;

describe('describeFuzzyDate: uncertainty in a reader’s words', () => {
	const rows: [text: string, value: string, mod: TimexMod | undefined, expected: string][] = [
		['2016', '2016', undefined, 'sometime in 2016'],
		['last year', '2019', undefined, 'sometime in 2019'],
		['late March', '2020-03', 'END', 'late March 2020 (21–31 March)'],
		['early March', '2020-03', 'START', 'early March 2020 (1–10 March)'],
		['mid-2019', '2019', 'MID', 'mid-2019 (May–August)'],
		['March 2020', '2020-03', undefined, 'sometime in March 2020'],
		['June 26, 2020', '2020-06-26', undefined, 'Jun 26, 2020'],
		['last summer', '2019-SU', undefined, 'sometime in summer 2019 (June–August)'],
		['the third quarter', '1998-Q3', undefined, 'sometime in Q3 1998 (July–September)'],
		['the week of March 16', '2020-W12', undefined, 'sometime in the week of 16–22 March 2020'],
		['the 1990s', '199', undefined, 'sometime in the 1990s'],
		['the 19th century', '18', undefined, 'sometime in the 19th century'],
		['around 2016', '2016', 'APPROX', 'around 2016 (2015–2017)'],
		['before 2016', '2016', 'BEFORE', 'shortly before 2016 (2015)'],
		['after 2016', '2016', 'AFTER', 'shortly after 2016 (2017)'],
		['by mid-2019', '2019-H1', 'ON_OR_BEFORE', 'by mid-2019 (July 2018 – June 2019)'],
		['months ago', 'PAST_REF', undefined, 'some months before June 2020 (June 2019 – May 2020)'],
		['weeks ago', 'PAST_REF', undefined, 'some weeks before June 2020 (March–June 2020)'],
		['in the past', 'PAST_REF', undefined, 'about a year before June 2020 (June 2019 – June 2020)'],
		[
			'in the coming months',
			'FUTURE_REF',
			undefined,
			'sometime after June 2020 (June 2020 – June 2021)'
		],
		['now', 'PRESENT_REF', undefined, 'at the time of writing (26 June 2020)']
	];

	it.each(rows)('“%s” (%s %s) reads “%s”', (text, value, mod, expected) => {
		const date = fuzzyDate(text, value, mod, reference);
		expect(date, `${value} is a placeable date`).not.toBeNull();
		expect(describeFuzzyDate(date!, PUBLISHED)).toBe(expected);
	});

	it('never shows a TIMEX3 value or modifier to a reader', () => {
		for (const [text, value, mod] of rows) {
			const said = describeFuzzyDate(fuzzyDate(text, value, mod, reference)!, PUBLISHED);
			expect(said).not.toMatch(
				/PAST_REF|FUTURE_REF|PRESENT_REF|\b(START|MID|END|APPROX)\b|\d{4}-\d{2}/
			);
		}
	});

	it('has a rule for every date: the last row catches what the others do not', () => {
		expect(DESCRIBE_RULES.at(-1)!.when(fuzzyDate('x', '2020-H1')!)).toBe(true);
		expect(describeFuzzyDate(fuzzyDate('the first half', '2020-H1')!)).toBe(
			'sometime in first half of 2020 (January–June)'
		);
	});
});

describe('spanInWords: the bounds of a date, as short as they can be', () => {
	const rows: [earliest: string, latest: string, withYear: boolean, expected: string][] = [
		['2020-03-21T00:00:00.000Z', '2020-03-31T23:59:59.999Z', false, '21–31 March'],
		['2020-03-21T00:00:00.000Z', '2020-03-31T23:59:59.999Z', true, '21–31 March 2020'],
		['2020-03-01T00:00:00.000Z', '2020-03-31T23:59:59.999Z', true, 'March 2020'],
		['2019-06-01T00:00:00.000Z', '2019-08-31T23:59:59.999Z', false, 'June–August'],
		['2019-06-01T00:00:00.000Z', '2020-05-31T23:59:59.999Z', false, 'June 2019 – May 2020'],
		['2015-01-01T00:00:00.000Z', '2016-12-31T23:59:59.999Z', true, '2015–2016'],
		[
			'2019-12-21T00:00:00.000Z',
			'2020-01-04T23:59:59.999Z',
			false,
			'21 December 2019 – 4 January 2020'
		],
		['2020-06-26T00:00:00.000Z', '2020-06-26T23:59:59.999Z', true, '26 June 2020'],
		// Over two months, days are false precision: whole months, snapped or widened.
		['2014-12-31T00:00:00.000Z', '2015-12-31T23:59:59.999Z', true, '2015'],
		['2019-06-26T00:00:00.000Z', '2020-05-26T23:59:59.999Z', false, 'June 2019 – May 2020']
	];
	it.each(rows)('%s … %s (year: %s) reads “%s”', (earliest, latest, withYear, expected) => {
		expect(spanInWords(earliest, latest, withYear)).toBe(expected);
	});
});

describe('describeFuzzyDate in French, German and Spanish: each language’s own joins', () => {
	const rows: [lang: Lang, text: string, value: string, expected: string][] = [
		['fr', 'spring 2020', '2020-SP', 'dans le courant du printemps 2020 (mars–mai)'],
		['fr', 'winter 2027', '2027-WI', 'dans le courant de l’hiver 2027'],
		['fr', 'August 2020', '2020-08', 'dans le courant d’août 2020'],
		['fr', 'the 1970s', '197', 'dans le courant des années 1970'],
		['fr', 'the 19th century', '18', 'dans le courant du XIXe siècle'],
		['fr', 'March 2020', '2020-03', 'dans le courant de mars 2020'],
		['de', 'spring 2020', '2020-SP', 'irgendwann im Frühling 2020 (März–Mai)'],
		['de', 'that week', '2026-W11', 'irgendwann in der Woche vom 9.–15. März 2026'],
		['de', 'the 1970s', '197', 'irgendwann in den 1970er Jahren'],
		['de', 'the 19th century', '18', 'irgendwann im 19. Jahrhundert'],
		['de', 'first half', '2020-H1', 'irgendwann im ersten Halbjahr 2020'],
		['de', '2016', '2016', 'irgendwann 2016'],
		['es', 'spring 2020', '2020-SP', 'en algún momento de la primavera de 2020 (marzo–mayo)'],
		['es', 'winter 2027', '2027-WI', 'en algún momento del invierno de 2027'],
		['es', 'that week', '2026-W11', 'en algún momento de la semana del 9–15 de marzo de 2026'],
		['es', 'the 19th century', '18', 'en algún momento del siglo XIX'],
		['es', 'about 1963', '1963', 'hacia 1963 (1962–1964)'],
		[
			'es',
			'next winter',
			'2027-WI',
			'en algún momento del invierno de 2027 (diciembre de 2027 – febrero de 2028)'
		],
		['es', 'about 7500 BC', 'BC7500', 'hacia 7500 a. C. (7501 a. C.–7499 a. C.)'],
		['de', 'about 7500 BC', 'BC7500', 'um 7500 v. Chr. (7501 v. Chr.–7499 v. Chr.)']
	];
	it.each(rows)('%s: “%s” (%s) reads “%s”', (lang, text, value, expected) => {
		const mod = text.startsWith('about') ? 'APPROX' : undefined;
		const said = describeFuzzyDate(fuzzyDate(text, value, mod)!, '2026-03-16', lang);
		expect(said.startsWith(expected), said).toBe(true);
	});
});
