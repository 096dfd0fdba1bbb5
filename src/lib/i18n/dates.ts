/**
 * How each language writes dates: date-fns patterns and locale data for month names, and the
 * words around them (seasons, early/late, centuries, eras). format.ts reads these tables; a
 * language is a new row, typed so that a missing word is a type error.
 */
import type { Locale } from 'date-fns';
import { de, enUS, es, fr } from 'date-fns/locale';
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
	/** A clock time on a day, in UTC. */
	time: (day: string, clock: string) => string;
}

const englishOrdinal = (n: number) => {
	if (n % 100 >= 11 && n % 100 <= 13) return `${n}th`;
	return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
};

/** Roman numerals, as French and Spanish write centuries ("XIXe siècle", "siglo XIX"). */
export function roman(n: number): string {
	const digits: [number, string][] = [
		[1000, 'M'],
		[900, 'CM'],
		[500, 'D'],
		[400, 'CD'],
		[100, 'C'],
		[90, 'XC'],
		[50, 'L'],
		[40, 'XL'],
		[10, 'X'],
		[9, 'IX'],
		[5, 'V'],
		[4, 'IV'],
		[1, 'I']
	];
	let out = '';
	for (const [value, letters] of digits) {
		while (n >= value) {
			out += letters;
			n -= value;
		}
	}
	return out;
}

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
	season: (s, y) => `${SEASONS_EN[s]} ${y}`,
	part: (p, d) => `${PARTS_EN[p]} ${d}`,
	about: (d) => `about ${d}`,
	before: (d) => `before ${d}`,
	after: (d) => `after ${d}`,
	quarter: (q, y) => `Q${q} ${y}`,
	half: (h, y) => `${h === 1 ? 'first' : 'second'} half of ${y}`,
	weekOf: (d) => `week of ${d}`,
	decade: (first, bc) => `the ${first}s${bc ? ' BC' : ''}`,
	century: (n, bc) => `the ${englishOrdinal(n)} century${bc ? ' BC' : ''}`,
	millennium: (n, bc) => `the ${englishOrdinal(n)} millennium${bc ? ' BC' : ''}`,
	now: 'now',
	roughly: (a, b) => `${a} – ${b} (approx.)`,
	time: (d, t) => `${d}, ${t} UTC`
};

const frenchOrdinal = (n: number) => `${roman(n)}${n === 1 ? 'er' : 'e'}`;
const SEASONS_FR: Record<Season, string> = {
	SP: 'printemps',
	SU: 'été',
	FA: 'automne',
	WI: 'hiver'
};

const french: DateWords = {
	locale: fr,
	day: 'd MMM y',
	month: 'MMMM y',
	shortMonth: 'MMM y',
	monthDay: 'd MMM',
	monthName: 'MMMM',
	bc: (y) => `${y} av. J.-C.`,
	ad: (y) => `${y} apr. J.-C.`,
	season: (s, y) => `${SEASONS_FR[s]} ${y}`,
	part: (p, d) => (p === 'START' ? `début ${d}` : p === 'MID' ? `mi-${d}` : `fin ${d}`),
	about: (d) => `vers ${d}`,
	before: (d) => `avant ${d}`,
	after: (d) => `après ${d}`,
	quarter: (q, y) => `T${q} ${y}`,
	half: (h, y) => `${h === 1 ? 'premier' : 'second'} semestre ${y}`,
	weekOf: (d) => `semaine du ${d}`,
	decade: (first, bc) => `les années ${first}${bc ? ' av. J.-C.' : ''}`,
	century: (n, bc) => `le ${frenchOrdinal(n)} siècle${bc ? ' av. J.-C.' : ''}`,
	millennium: (n, bc) => `le ${frenchOrdinal(n)} millénaire${bc ? ' av. J.-C.' : ''}`,
	now: 'maintenant',
	roughly: (a, b) => `${a} – ${b} (env.)`,
	time: (d, t) => `${d}, ${t} UTC`
};

const SEASONS_DE: Record<Season, string> = {
	SP: 'Frühling',
	SU: 'Sommer',
	FA: 'Herbst',
	WI: 'Winter'
};
const PARTS_DE: Record<Part, string> = { START: 'Anfang', MID: 'Mitte', END: 'Ende' };

const german: DateWords = {
	locale: de,
	day: 'd. MMM y',
	month: 'MMMM y',
	shortMonth: 'MMM y',
	monthDay: 'd. MMM',
	monthName: 'MMMM',
	bc: (y) => `${y} v. Chr.`,
	ad: (y) => `${y} n. Chr.`,
	season: (s, y) => `${SEASONS_DE[s]} ${y}`,
	part: (p, d) => `${PARTS_DE[p]} ${d}`,
	about: (d) => `um ${d}`,
	before: (d) => `vor ${d}`,
	after: (d) => `nach ${d}`,
	quarter: (q, y) => `Q${q} ${y}`,
	half: (h, y) => `${h === 1 ? 'erstes' : 'zweites'} Halbjahr ${y}`,
	weekOf: (d) => `Woche vom ${d}`,
	decade: (first, bc) => `die ${first}er Jahre${bc ? ' v. Chr.' : ''}`,
	century: (n, bc) => `das ${n}. Jahrhundert${bc ? ' v. Chr.' : ''}`,
	millennium: (n, bc) => `das ${n}. Jahrtausend${bc ? ' v. Chr.' : ''}`,
	now: 'jetzt',
	roughly: (a, b) => `${a} – ${b} (ca.)`,
	time: (d, t) => `${d}, ${t} UTC`
};

const SEASONS_ES: Record<Season, string> = {
	SP: 'primavera',
	SU: 'verano',
	FA: 'otoño',
	WI: 'invierno'
};
const PARTS_ES: Record<Part, string> = {
	START: 'principios de',
	MID: 'mediados de',
	END: 'finales de'
};

const spanish: DateWords = {
	locale: es,
	day: 'd MMM y',
	month: "MMMM 'de' y",
	shortMonth: 'MMM y',
	monthDay: 'd MMM',
	monthName: 'MMMM',
	bc: (y) => `${y} a. C.`,
	ad: (y) => `${y} d. C.`,
	season: (s, y) => `${SEASONS_ES[s]} de ${y}`,
	part: (p, d) => `${PARTS_ES[p]} ${d}`,
	about: (d) => `hacia ${d}`,
	before: (d) => `antes de ${d}`,
	after: (d) => `después de ${d}`,
	quarter: (q, y) => `T${q} ${y}`,
	half: (h, y) => `${h === 1 ? 'primer' : 'segundo'} semestre de ${y}`,
	weekOf: (d) => `semana del ${d}`,
	decade: (first, bc) => `los años ${first}${bc ? ' a. C.' : ''}`,
	century: (n, bc) => `el siglo ${roman(n)}${bc ? ' a. C.' : ''}`,
	millennium: (n, bc) => `el ${roman(n)} milenio${bc ? ' a. C.' : ''}`,
	now: 'ahora',
	roughly: (a, b) => `${a} – ${b} (aprox.)`,
	time: (d, t) => `${d}, ${t} UTC`
};

export const DATE_WORDS: Record<Lang, DateWords> = {
	en: english,
	fr: french,
	de: german,
	es: spanish
};
