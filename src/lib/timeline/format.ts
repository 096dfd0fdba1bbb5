import { DATE_WORDS, type DateLocale, type DateWords } from '../i18n/dates';
import { DEFAULT_LANG } from '../i18n/lang';
import { astronomicalYear, TIMEX_YEAR } from './era';
import { intervalOfValue } from './fuzzy-date';
import { PRECISIONS, type FuzzyDate, type Precision } from './types';

/**
 * The one place dates become words for readers, in the reader's language. Everything is
 * formatted from UTC calendar values, so the server and the browser render the same text
 * whatever the reader's zone; the language is decided on the server and passed down.
 */

/** Years from here on read without their era ("2020", not "AD 2020"). */
const PLAIN_YEARS_FROM = 1000;

/**
 * A year as a reader counts it: "44 BC", "AD 79", "2020". `eraAlways` marks AD years too,
 * for a view that reaches back before the era ("500 BC – AD 500").
 */
export function formatYear(y: number, lang: DateLocale = DEFAULT_LANG, eraAlways = false): string {
	const words = DATE_WORDS[lang];
	if (y <= 0) return words.bc(1 - y);
	return y < PLAIN_YEARS_FROM || eraAlways ? words.ad(y) : String(y);
}

/**
 * A UTC calendar instant in a date pattern, the year replaced by the year with its era. The
 * pattern letters are date-fns's (d, MMM, MMMM, y, 'quoted text') and the month names its
 * locale's; patterns are compiled once, since a dense timeline formats thousands of labels.
 */
function inPattern(date: Date, pattern: string, words: DateWords, year: string): string {
	const key = `${words.locale.code}|${pattern}`;
	let compiled = COMPILED.get(key);
	if (!compiled) COMPILED.set(key, (compiled = compile(pattern, words)));
	return compiled(date.getUTCMonth(), date.getUTCDate(), year);
}

type Compiled = (monthIndex: number, day: number, year: string) => string;
const COMPILED = new Map<string, Compiled>();

function compile(pattern: string, words: DateWords): Compiled {
	const parts: Compiled[] = [];
	const month = (width: 'abbreviated' | 'wide') => (m: number) =>
		words.locale.localize.month(m as Parameters<typeof words.locale.localize.month>[0], {
			width,
			context: 'formatting'
		});
	for (const [token] of pattern.matchAll(/'[^']*'|M+|d+|y+|[^'Mdy]+/g)) {
		if (token === 'MMMM') parts.push((m) => month('wide')(m));
		else if (token === 'MMM') parts.push((m) => month('abbreviated')(m));
		else if (token[0] === 'd') parts.push((_, d) => String(d));
		else if (token[0] === 'y') parts.push((_, __, y) => y);
		else {
			const text = token[0] === "'" ? token.slice(1, -1) : token;
			parts.push(() => text);
		}
	}
	return (m, d, y) => parts.map((part) => part(m, d, y)).join('');
}

const inLang = (lang: DateLocale) => DATE_WORDS[lang];

export function formatDay(date: Date, lang: DateLocale = DEFAULT_LANG, eraAlways = false): string {
	const words = inLang(lang);
	return inPattern(date, words.day, words, formatYear(date.getUTCFullYear(), lang, eraAlways));
}

function formatMonth(date: Date, lang: DateLocale, short = false, eraAlways = false): string {
	const words = inLang(lang);
	const year = formatYear(date.getUTCFullYear(), lang, eraAlways);
	return inPattern(date, short ? words.shortMonth : words.month, words, year);
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const clock = (date: Date) => `${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}`;

/** How a fuzzy date reads on a label: "late March 2020", "2019", "Jun 26, 2020", "44 BC". */
export function formatFuzzyDate(date: FuzzyDate, lang: DateLocale = DEFAULT_LANG): string {
	const words = inLang(lang);
	const v = date.value;
	if (v === 'PAST_REF' || v === 'FUTURE_REF') {
		const from = new Date(date.earliest);
		const to = new Date(date.latest);
		return words.roughly(formatMonth(from, lang, true), formatMonth(to, lang, true));
	}
	if (v === 'PRESENT_REF') return words.now;
	const base = baseWords(date, words, lang);
	switch (date.mod) {
		case 'START':
		case 'MID':
		case 'END':
			return words.part(date.mod, base);
		case 'APPROX':
			return words.about(base);
		case 'BEFORE':
			return words.before(midYear(date, 'H2', words, lang) ?? base);
		case 'ON_OR_BEFORE':
			return words.by(midYear(date, 'H1', words, lang) ?? base);
		case 'AFTER':
			return words.after(midYear(date, 'H1', words, lang) ?? base);
		case 'ON_OR_AFTER':
			return words.after(midYear(date, 'H2', words, lang) ?? base);
		default:
			return base;
	}
}

const YEARS = new RegExp(`^${TIMEX_YEAR}`);

/**
 * "mid-1993" where a bound meets the middle of a year: "by mid-1993" is stored as on or before
 * its first half, "before mid-1993" as before its second (TIMEX3 has one modifier per date).
 */
function midYear(date: FuzzyDate, half: 'H1' | 'H2', words: DateWords, lang: DateLocale) {
	const y = YEARS.exec(date.value);
	return y && date.value.slice(y[1]!.length) === `-${half}`
		? words.part('MID', formatYear(astronomicalYear(y[1]!), lang))
		: null;
}

/** The calendar unit a value names, before any modifier: "March 2020", "the 1990s". */
function baseWords(date: FuzzyDate, words: DateWords, lang: DateLocale): string {
	const v = date.value;
	// A modified date's bounds are narrowed or widened: read the unit from the value itself.
	const from = intervalOfValue(v)?.from ?? new Date(date.earliest);
	const y = YEARS.exec(v);
	const year = y ? formatYear(astronomicalYear(y[1]!), lang) : '';
	const rest = y ? v.slice(y[1]!.length) : '';
	let m: RegExpExecArray | null;
	if (y && /^-\d{2}$/.test(rest)) return formatMonth(from, lang);
	if (y && (m = /^-(SP|SU|FA|WI)$/.exec(rest))) return words.season(m[1] as 'SP', year);
	if (y && (m = /^-Q([1-4])$/.exec(rest))) return words.quarter(+m[1]!, year);
	if (y && (m = /^-H([12])$/.exec(rest))) return words.half(+m[1]! as 1 | 2, year);
	if (y && /^-W\d{2}/.test(rest)) return words.weekOf(formatDay(from, lang));
	if (y && rest === '') return year;
	if ((m = /^(BC)?(\d{3})X?$/.exec(v))) return words.decade(+m[2]! * 10, !!m[1]);
	if ((m = /^(BC)?(\d{2})(?:XX)?$/.exec(v))) return words.century(+m[2]! + 1, !!m[1]);
	if ((m = /^(BC)?(\d)(?:XXX)?$/.exec(v))) return words.millennium(+m[2]! + 1, !!m[1]);
	if (date.precision === 'time') return words.time(formatDay(from, lang), clock(from));
	return formatDay(from, lang);
}

const YEAR_MS = 365.25 * 86_400_000;
const SEASON = PRECISIONS.indexOf('season');
const WEEK = PRECISIONS.indexOf('week');

/**
 * The span of time in view, as the toolbar says it: years for a long view ("2016 – 2020",
 * "500 BC – AD 500"), months for a middling one ("Mar 2019 – Jul 2020"), days for a close one.
 * A cluster's span is never finer than the vaguest date it holds (`vaguest`): a year or a
 * season spans years ("1962 – 1964", not "Jul 1962 – Jul 1964"), a week months.
 */
export function formatSpan(
	from: Date,
	to: Date,
	lang: DateLocale = DEFAULT_LANG,
	vaguest: Precision = 'time'
): string {
	const span = to.getTime() - from.getTime();
	const eraAlways = from.getUTCFullYear() <= 0;
	const v = PRECISIONS.indexOf(vaguest);
	const f = (d: Date) =>
		span > 3 * YEAR_MS || v >= SEASON
			? formatYear(d.getUTCFullYear(), lang, eraAlways)
			: span > YEAR_MS / 6 || v >= WEEK
				? formatMonth(d, lang, true, eraAlways)
				: formatDay(d, lang, eraAlways);
	const a = f(from);
	const b = f(to);
	return a === b ? a : `${a} – ${b}`;
}

/** "Mar 21, 2020 – Mar 31, 2020": the bounds a fuzzy date stands for, for the event card. */
export function formatBounds(date: FuzzyDate, lang: DateLocale = DEFAULT_LANG): string {
	const da = formatDay(new Date(date.earliest), lang);
	const db = formatDay(new Date(date.latest), lang);
	return da === db ? da : `${da} – ${db}`;
}

/** The calendar unit an axis tick falls on, coarsest first. */
export type TickUnit = 'year' | 'month' | 'day' | 'time';

/**
 * An axis tick names the coarsest unit that changed there: "2020", then "February", "Mar 3",
 * "14:00". `eraAlways` marks AD years on an axis that reaches back before the era.
 */
export function formatTick(
	date: Date,
	unit: TickUnit,
	lang: DateLocale = DEFAULT_LANG,
	eraAlways = false
): string {
	const words = inLang(lang);
	const year = formatYear(date.getUTCFullYear(), lang, eraAlways);
	switch (unit) {
		case 'year':
			return year;
		case 'month':
			return inPattern(date, words.monthName, words, year);
		case 'day':
			return inPattern(date, words.monthDay, words, year);
		case 'time':
			return clock(date);
	}
}
