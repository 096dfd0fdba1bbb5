import { formatFuzzyDate } from './format';
import { parseCalendarDay } from './fuzzy-date';
import type { FuzzyDate } from './types';

/**
 * How uncertain a date is, in the words a reader uses: "sometime in 2016", "late March 2020
 * (21–31 March)", "some months before June 2020 (June 2019 – May 2020)". TIMEX3 values and
 * modifiers are the editors' vocabulary, never the reader's; this turns a fuzzy date's value,
 * modifier, precision and bounds into a phrase. The rules are a table, first match wins, so a
 * new case is a new row (with its test row in describe.test.ts).
 */

/** All user-facing words of this module, in one place for the message catalogue. */
export const DESCRIBE_WORDS = {
	sometimeIn: (when: string) => `sometime in ${when}`,
	withSpan: (when: string, span: string) => `${when} (${span})`,
	on: (day: string) => day,
	around: (when: string, span: string) => `around ${when} (${span})`,
	before: (when: string, span: string) => `shortly before ${when} (${span})`,
	after: (when: string, span: string) => `shortly after ${when} (${span})`,
	beforePublication: {
		days: (month: string) => `a few days before ${month}`,
		weeks: (month: string) => `some weeks before ${month}`,
		months: (month: string) => `some months before ${month}`,
		years: (month: string) => `some years before ${month}`,
		decades: (month: string) => `decades before ${month}`,
		unknown: (month: string) => `about a year before ${month}`
	},
	afterPublication: (month: string) => `sometime after ${month}`,
	now: 'at the time of writing',
	weekOf: (days: string) => `the week of ${days}`,
	months: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	],
	/** What a bar on the timeline stands for (the legend, and the card's first-use note). */
	barMeaning: 'A bar spans the time a date could mean; a dot is a known day.'
} as const;

const W = DESCRIBE_WORDS;

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

const monthName = (p: Parts) => W.months[p.m]!;
const yearName = (y: number) => (y > 0 ? String(y) : `${1 - y} BC`);
const dayMonth = (p: Parts) => `${p.d} ${monthName(p)}`;

/**
 * The bounds of a date in words, as short as they can be: "21–31 March", "June–August",
 * "June 2019 – May 2020", "16–22 March 2020". `withYear` adds the year when the phrase beside
 * it does not already name it.
 */
export function spanInWords(earliest: string, latest: string, withYear = false): string {
	const [from, to] = roughBounds(earliest, latest);
	const a = partsOf(from);
	const b = partsOf(to);
	const wholeMonths = a.d === 1 && b.d === lastDayOfMonth(b.y, b.m);
	const year = (y: number) => (withYear ? ` ${yearName(y)}` : '');
	if (a.y === b.y && a.m === b.m) {
		if (a.d === b.d) return `${dayMonth(a)}${year(a.y)}`;
		if (wholeMonths) return `${monthName(a)}${year(a.y)}`;
		return `${a.d}–${b.d} ${monthName(a)}${year(a.y)}`;
	}
	if (a.y === b.y) {
		if (wholeMonths && a.m === 0 && b.m === 11) return yearName(a.y);
		if (wholeMonths) return `${monthName(a)}–${monthName(b)}${year(a.y)}`;
		return `${dayMonth(a)} – ${dayMonth(b)}${year(a.y)}`;
	}
	if (wholeMonths) {
		if (a.m === 0 && b.m === 11) return `${yearName(a.y)}–${yearName(b.y)}`;
		return `${monthName(a)} ${yearName(a.y)} – ${monthName(b)} ${yearName(b.y)}`;
	}
	return `${dayMonth(a)} ${yearName(a.y)} – ${dayMonth(b)} ${yearName(b.y)}`;
}

const DAY_MS = 86_400_000;
/** Bounds within this many days of a month's edge are taken to mean that edge. */
const SNAP_DAYS = 3;

/**
 * Over two months and more, days are false precision ("2 July 2015 – 1 July 2017" for "around
 * 2016"): the bounds go to whole months, snapped to a month's edge a few days away, otherwise
 * widened (never narrowed) to the month they fall in.
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
	return [new Date(snap(from, 0)).toISOString(), new Date(snap(end, 1) - 1).toISOString()];
}

/** "June 2020": the month a story was published in, the anchor of "months ago". */
function monthOf(published: string | undefined, fallback: string): string {
	const day = published ? parseCalendarDay(published) : null;
	const p = day ? partsOf(day.toISOString()) : partsOf(fallback);
	return `${monthName(p)} ${yearName(p.y)}`;
}

interface Rule {
	/** Why the rule exists: the kind of date it words. */
	name: string;
	when: (date: FuzzyDate) => boolean;
	say: (date: FuzzyDate, published?: string) => string;
}

const span = (date: FuzzyDate, withYear = false) =>
	spanInWords(date.earliest, date.latest, withYear);
const PARTS = new Set(['START', 'MID', 'END']);
const spansYears = (date: FuzzyDate) => partsOf(date.earliest).y !== partsOf(date.latest).y;
/** The unit a relative phrase names ("months ago" reaches back months, not years). */
const refUnit = (text: string) =>
	(/\b(days|weeks|months|years|decades)\b/i.exec(text)?.[1]?.toLowerCase() ??
		'unknown') as keyof typeof W.beforePublication;

export const DESCRIBE_RULES: readonly Rule[] = [
	{
		name: 'a reference to the past ("months ago", "recently")',
		when: (d) => d.value === 'PAST_REF',
		say: (d, published) =>
			W.withSpan(W.beforePublication[refUnit(d.text)](monthOf(published, d.latest)), span(d, true))
	},
	{
		name: 'a reference to the future ("soon", "in the coming months")',
		when: (d) => d.value === 'FUTURE_REF',
		say: (d, published) =>
			W.withSpan(W.afterPublication(monthOf(published, d.earliest)), span(d, true))
	},
	{
		name: 'the present ("now", "currently")',
		when: (d) => d.value === 'PRESENT_REF',
		say: (d) => W.withSpan(W.now, span(d, true))
	},
	{
		name: 'early, mid or late in a period',
		when: (d) => !!d.mod && PARTS.has(d.mod),
		say: (d) => W.withSpan(formatFuzzyDate(d), span(d, spansYears(d)))
	},
	{
		name: 'about a date',
		when: (d) => d.mod === 'APPROX',
		say: (d) => W.around(formatFuzzyDate({ ...d, mod: undefined }), span(d, true))
	},
	{
		name: 'before a date',
		when: (d) => d.mod === 'BEFORE' || d.mod === 'ON_OR_BEFORE',
		say: (d) => W.before(formatFuzzyDate({ ...d, mod: undefined }), span(d, true))
	},
	{
		name: 'after a date',
		when: (d) => d.mod === 'AFTER' || d.mod === 'ON_OR_AFTER',
		say: (d) => W.after(formatFuzzyDate({ ...d, mod: undefined }), span(d, true))
	},
	{
		name: 'a week: its days say it best',
		when: (d) => d.precision === 'week',
		say: (d) => W.sometimeIn(W.weekOf(span(d, true)))
	},
	{
		name: 'a known day or time',
		when: (d) => d.precision === 'day' || d.precision === 'time',
		say: (d) => W.on(formatFuzzyDate(d))
	},
	{
		name: 'a whole year, decade or century: the name says it all',
		when: (d) => ['year', 'decade', 'century'].includes(d.precision),
		say: (d) => W.sometimeIn(formatFuzzyDate(d))
	},
	{
		name: 'a month: the name says it all',
		when: (d) => d.precision === 'month',
		say: (d) => W.sometimeIn(formatFuzzyDate(d))
	},
	{
		name: 'a week, season, quarter or half: say which days or months',
		when: () => true,
		say: (d) => W.withSpan(W.sometimeIn(formatFuzzyDate(d)), span(d, spansYears(d)))
	}
];

/** A fuzzy date in a reader's words, for the event card. */
export function describeFuzzyDate(date: FuzzyDate, published?: string): string {
	const rule = DESCRIBE_RULES.find((r) => r.when(date))!;
	return rule.say(date, published);
}
