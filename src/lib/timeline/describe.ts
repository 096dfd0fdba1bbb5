import { DATE_WORDS, langOf, type DateLocale } from '../i18n/dates';
import { MESSAGES, type Messages } from '../i18n';
import { formatFuzzyDate, formatYear } from './format';
import { parseCalendarDay } from './fuzzy-date';
import type { FuzzyDate } from './types';

/**
 * How uncertain a date is, in the words a reader uses: "sometime in 2016", "late March 2020
 * (21–31 March)", "some months before June 2020 (June 2019 – May 2020)". TIMEX3 values and
 * modifiers are the editors' vocabulary, never the reader's; this turns a fuzzy date's value,
 * modifier, precision and bounds into a phrase. The rules are a table, first match wins, so a
 * new case is a new row (with its test row in describe.test.ts).
 */

/** The words of this module, per language: phrases from the catalogue, month names from date-fns. */
interface Words {
	t: Messages;
	lang: DateLocale;
}
const wordsFor = (lang: DateLocale): Words => ({ t: MESSAGES[langOf(lang)], lang });

interface Parts {
	y: number;
	m: number;
	d: number;
}

const partsOf = (iso: string): Parts => {
	const t = new Date(iso);
	return { y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate() };
};

const lastDayOfMonth = (y: number, m: number) => {
	const t = new Date(Date.UTC(2000, m + 1, 0));
	t.setUTCFullYear(y, m + 1, 0);
	return t.getUTCDate();
};

const monthName = (p: Parts, lang: DateLocale) =>
	DATE_WORDS[lang].locale.localize.month(p.m as 0, { width: 'wide', context: 'standalone' });
const yearName = (y: number, lang: DateLocale) => formatYear(y, lang);
const dayMonth = (p: Parts, lang: DateLocale) => `${p.d} ${monthName(p, lang)}`;

/**
 * The bounds of a date in words, as short as they can be: "21–31 March", "June–August",
 * "June 2019 – May 2020", "16–22 March 2020". `withYear` adds the year when the phrase beside
 * it does not already name it.
 */
export function spanInWords(
	earliest: string,
	latest: string,
	withYear = false,
	lang: DateLocale = 'en'
): string {
	const [from, to] = roughBounds(earliest, latest);
	const a = partsOf(from);
	const b = partsOf(to);
	const wholeMonths = a.d === 1 && b.d === lastDayOfMonth(b.y, b.m);
	const year = (y: number) => (withYear ? ` ${yearName(y, lang)}` : '');
	if (a.y === b.y && a.m === b.m) {
		if (a.d === b.d) return `${dayMonth(a, lang)}${year(a.y)}`;
		if (wholeMonths) return `${monthName(a, lang)}${year(a.y)}`;
		return `${a.d}–${b.d} ${monthName(a, lang)}${year(a.y)}`;
	}
	if (a.y === b.y) {
		if (wholeMonths && a.m === 0 && b.m === 11) return yearName(a.y, lang);
		if (wholeMonths) return `${monthName(a, lang)}–${monthName(b, lang)}${year(a.y)}`;
		return `${dayMonth(a, lang)} – ${dayMonth(b, lang)}${year(a.y)}`;
	}
	if (wholeMonths) {
		if (a.m === 0 && b.m === 11) return `${yearName(a.y, lang)}–${yearName(b.y, lang)}`;
		return `${monthName(a, lang)} ${yearName(a.y, lang)} – ${monthName(b, lang)} ${yearName(b.y, lang)}`;
	}
	return `${dayMonth(a, lang)} ${yearName(a.y, lang)} – ${dayMonth(b, lang)} ${yearName(b.y, lang)}`;
}

const DAY_MS = 86_400_000;
/** Bounds within this many days of a month's edge are taken to mean that edge. */
const SNAP_DAYS = 3;

/**
 * Over two months and more, days are false precision ("2 July 2015 – 1 July 2017" for "around
 * 2016"): the bounds go to whole months, snapped to a month's edge a few days away, otherwise
 * widened (never narrowed) to the month they fall in; over two years, to whole years.
 */
function roughBounds(earliest: string, latest: string): [string, string] {
	const from = Date.parse(earliest);
	const end = Date.parse(latest) + 1;
	if ((end - from) / DAY_MS < 60) return [earliest, latest];
	const monthStart = (t: number, offset: number) => {
		const d = new Date(t);
		const m = new Date(Date.UTC(2000, 0, 1));
		m.setUTCFullYear(d.getUTCFullYear(), d.getUTCMonth() + offset, 1);
		return m.getTime();
	};
	const snap = (t: number, widen: 0 | 1) => {
		const down = monthStart(t, 0);
		const up = down === t ? t : monthStart(t, 1);
		if (t - down <= SNAP_DAYS * DAY_MS) return down;
		if (up - t <= SNAP_DAYS * DAY_MS) return up;
		return widen ? up : down;
	};
	let [a, b] = [snap(from, 0), snap(end, 1)];
	// Over two years, months are false precision too ("about 1963" is 1962–1964, not July
	// 1962 – June 1964): whole years, widened.
	const month = (t: number) => new Date(t).getUTCMonth();
	if ((b - a) / DAY_MS > 700)
		[a, b] = [monthStart(a, -month(a)), monthStart(b - 1, 12 - month(b - 1))];
	return [new Date(a).toISOString(), new Date(b - 1).toISOString()];
}

/** "June 2020": the month a story was published in, the anchor of "months ago". */
function monthOf(published: string | undefined, fallback: string, lang: DateLocale): string {
	const day = published ? parseCalendarDay(published) : null;
	const p = day ? partsOf(day.toISOString()) : partsOf(fallback);
	return `${monthName(p, lang)} ${yearName(p.y, lang)}`;
}

/** A rule; the comment above each says the kind of date it words (kept out of the bundle). */
interface Rule {
	when: (date: FuzzyDate) => boolean;
	say: (date: FuzzyDate, published: string | undefined, w: Words) => string;
}

const span = (date: FuzzyDate, w: Words, withYear = false) =>
	w.t.boundsInWords(spanInWords(date.earliest, date.latest, withYear, w.lang));
const withSpan = (when: string, span: string) => `${when} (${span})`;
const PARTS = new Set(['START', 'MID', 'END']);
const spansYears = (date: FuzzyDate) => partsOf(date.earliest).y !== partsOf(date.latest).y;
/** The unit a relative phrase names ("months ago" reaches back months, not years). */
const BEFORE_PUBLICATION = {
	days: 'daysBefore',
	weeks: 'weeksBefore',
	months: 'monthsBefore',
	years: 'yearsBefore',
	decades: 'decadesBefore',
	unknown: 'aboutAYearBefore'
} as const;
const refUnit = (text: string) =>
	BEFORE_PUBLICATION[
		(/\b(days|weeks|months|years|decades)\b/i.exec(text)?.[1]?.toLowerCase() ??
			'unknown') as keyof typeof BEFORE_PUBLICATION
	];

export const DESCRIBE_RULES: readonly Rule[] = [
	// a reference to the past ("months ago", "recently")
	{
		when: (d) => d.value === 'PAST_REF',
		say: (d, published, w) =>
			withSpan(w.t[refUnit(d.text)](monthOf(published, d.latest, w.lang)), span(d, w, true))
	},
	// a reference to the future ("soon", "in the coming months")
	{
		when: (d) => d.value === 'FUTURE_REF',
		say: (d, published, w) =>
			withSpan(w.t.sometimeAfter(monthOf(published, d.earliest, w.lang)), span(d, w, true))
	},
	// the present ("now", "currently")
	{
		when: (d) => d.value === 'PRESENT_REF',
		say: (d, _, w) => withSpan(w.t.atTimeOfWriting, span(d, w, true))
	},
	// early, mid or late in a period
	{
		when: (d) => !!d.mod && PARTS.has(d.mod),
		say: (d, _, w) => withSpan(formatFuzzyDate(d, w.lang), span(d, w, spansYears(d)))
	},
	// about a date
	{
		when: (d) => d.mod === 'APPROX',
		say: (d, _, w) =>
			w.t.around(formatFuzzyDate({ ...d, mod: undefined }, w.lang), span(d, w, true))
	},
	// by a date (a deadline, "by mid-1993"): the date as said, and the span it stands for
	{
		when: (d) => d.mod === 'ON_OR_BEFORE',
		say: (d, _, w) => withSpan(formatFuzzyDate(d, w.lang), span(d, w, true))
	},
	// before a date
	{
		when: (d) => d.mod === 'BEFORE',
		say: (d, _, w) =>
			w.t.shortlyBefore(formatFuzzyDate({ ...d, mod: undefined }, w.lang), span(d, w, true))
	},
	// after a date
	{
		when: (d) => d.mod === 'AFTER' || d.mod === 'ON_OR_AFTER',
		say: (d, _, w) =>
			w.t.shortlyAfter(formatFuzzyDate({ ...d, mod: undefined }, w.lang), span(d, w, true))
	},
	// a week: its days say it best
	{
		when: (d) => d.precision === 'week',
		say: (d, _, w) => w.t.sometimeIn(w.t.weekOf(span(d, w, true)))
	},
	// a known day or time
	{
		when: (d) => d.precision === 'day' || d.precision === 'time',
		say: (d, _, w) => formatFuzzyDate(d, w.lang)
	},
	// a whole year, decade, century or millennium: the name says it all
	{
		when: (d) => ['year', 'decade', 'century', 'millennium'].includes(d.precision),
		say: (d, _, w) => w.t.sometimeIn(formatFuzzyDate(d, w.lang))
	},
	// a month: the name says it all
	{
		when: (d) => d.precision === 'month',
		say: (d, _, w) => w.t.sometimeIn(formatFuzzyDate(d, w.lang))
	},
	// a week, season, quarter or half: say which days or months
	{
		when: () => true,
		say: (d, _, w) =>
			withSpan(w.t.sometimeIn(formatFuzzyDate(d, w.lang)), span(d, w, spansYears(d)))
	}
];

/** A fuzzy date in a reader's words, for the event card. */
export function describeFuzzyDate(
	date: FuzzyDate,
	published?: string,
	lang: DateLocale = 'en'
): string {
	const rule = DESCRIBE_RULES.find((r) => r.when(date))!;
	return rule.say(date, published, wordsFor(lang));
}
