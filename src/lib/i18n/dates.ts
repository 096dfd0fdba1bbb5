/**
 * How each language writes dates: date-fns patterns and locale data for month names, and the
 * words around them (seasons, early/late, centuries, eras). format.ts reads these tables; a
 * language is a new row, typed so that a missing word is a type error.
 */
import type { Locale } from 'date-fns';
import { enUS } from 'date-fns/locale';
import { de } from './dates/de';
import { es } from './dates/es';
import { fr } from './dates/fr';
import type { Lang } from './lang';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type Part = 'START' | 'MID' | 'END';

export interface DateWords {
	/** date-fns locale: month names and their abbreviations. */
	locale: Locale;
	/** date-fns patterns; `y` is replaced by the year with its era where one is needed. */
	day: string;
	month: string;
	shortMonth: string;
	/** An axis tick within a year: "Mar 3". */
	monthDay: string;
	/** An axis tick on a month: "March". */
	monthName: string;
	/** A year before AD 1 ("44 BC") and an early year after it ("AD 79"). */
	bc: (year: number) => string;
	ad: (year: number) => string;
	season: (season: Season, year: string) => string;
	part: (part: Part, date: string) => string;
	about: (date: string) => string;
	before: (date: string) => string;
	/** On or before a date, a deadline's word: "by 2031". */
	by: (date: string) => string;
	after: (date: string) => string;
	quarter: (q: number, year: string) => string;
	half: (h: 1 | 2, year: string) => string;
	weekOf: (day: string) => string;
	/** "the 1990s": `first` is the decade's first year as written ("1990", "470"). */
	decade: (first: number, bc: boolean) => string;
	/** The nth century or millennium, counted from 1. */
	century: (n: number, bc: boolean) => string;
	millennium: (n: number, bc: boolean) => string;
	now: string;
	/** A vague stretch of time ("months ago"): its bounds, marked as approximate. */
	roughly: (from: string, to: string) => string;
	/** A clock time on a day, as the story tells it: its own local time, no zone given. */
	time: (day: string, clock: string) => string;
}

const englishOrdinal = (n: number) => {
	if (n % 100 >= 11 && n % 100 <= 13) return `${n}th`;
	return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
};

const PARTS_EN: Record<Part, string> = { START: 'early', MID: 'mid', END: 'late' };
const SEASONS_EN: Record<Season, string> = {
	SP: 'spring',
	SU: 'summer',
	FA: 'fall',
	WI: 'winter'
};

const english: DateWords = {
	locale: enUS,
	day: 'MMM d, y',
	month: 'MMMM y',
	shortMonth: 'MMM y',
	monthDay: 'MMM d',
	monthName: 'MMMM',
	bc: (y) => `${y} BC`,
	ad: (y) => `AD ${y}`,
	// British English says autumn (below): a page whose reader or article is British.
	season: (s, y) => `${SEASONS_EN[s]} ${y}`,
	// "the 1970s" is early in "the early 1970s", as centuries and millennia are; "mid" joins its
	// date with a hyphen ("mid-2019", "the mid-1970s").
	part: (p, d) => d.replace(/^(the )?/, `$1${PARTS_EN[p]}${p === 'MID' ? '-' : ' '}`),
	about: (d) => `about ${d}`,
	before: (d) => `before ${d}`,
	by: (d) => `by ${d}`,
	after: (d) => `after ${d}`,
	quarter: (q, y) => `Q${q} ${y}`,
	half: (h, y) => `${h === 1 ? 'first' : 'second'} half of ${y}`,
	weekOf: (d) => `week of ${d}`,
	decade: (first, bc) => `the ${first}s${bc ? ' BC' : ''}`,
	century: (n, bc) => `the ${englishOrdinal(n)} century${bc ? ' BC' : ''}`,
	millennium: (n, bc) => `the ${englishOrdinal(n)} millennium${bc ? ' BC' : ''}`,
	now: 'now',
	roughly: (a, b) => `${a} – ${b} (approx.)`,
	time: (d, t) => `${d}, ${t}`
};

/**
 * British English (a page in en-GB, or an article in British spelling: src/lib/i18n/english.ts)
 * says "autumn", as a French page says "automne", whatever word the article used.
 */
const british: DateWords = {
	...english,
	season: (s, y) => `${s === 'FA' ? 'autumn' : SEASONS_EN[s]} ${y}`
};

export { roman } from './roman';

/** The locale dates are written in: a language, or British English. */
export type DateLocale = Lang | 'en-GB';

/** The language of a date locale (its messages). */
export const langOf = (locale: DateLocale) => locale.slice(0, 2) as Lang;

/** Each language's row; the others live in dates/, one file each, so a page can load one. */
export const DATE_WORDS: Record<DateLocale, DateWords> = {
	en: english,
	'en-GB': british,
	fr,
	de,
	es
};
