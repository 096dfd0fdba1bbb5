import { utcFormat } from 'd3-time-format';
import type { FuzzyDate } from './types';

/**
 * The one place dates become words for readers. Everything is formatted in UTC from calendar
 * values, so the server and the browser render the same text whatever the reader's zone.
 */
const day = utcFormat('%b %-d, %Y');
const month = utcFormat('%B %Y');
const year = utcFormat('%Y');
const shortMonth = utcFormat('%b %Y');
const time = utcFormat('%b %-d, %Y, %H:%M UTC');

const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'fall', WI: 'winter' };
const PARTS: Record<string, string> = { START: 'early', MID: 'mid', END: 'late' };

/** How a fuzzy date reads on a label: "late March 2020", "2019", "Jun 26, 2020", "about 2016". */
export function formatFuzzyDate(date: FuzzyDate): string {
	const from = new Date(date.earliest);
	const v = date.value;
	let m: RegExpExecArray | null;
	let base: string;
	if (v === 'PAST_REF' || v === 'FUTURE_REF') {
		return `${shortMonth(from)} – ${shortMonth(new Date(date.latest))} (approx.)`;
	}
	if (v === 'PRESENT_REF') return 'now';
	const base0 = exactInterval(date);
	if ((m = /^(\d{4})-(\d{2})$/.exec(v))) base = month(base0);
	else if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) base = `${SEASONS[m[2]!]} ${m[1]}`;
	else if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) base = `Q${m[2]} ${m[1]}`;
	else if ((m = /^(\d{4})-H([12])$/.exec(v)))
		base = `${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`;
	else if ((m = /^(\d{4})-W(\d{2})/.exec(v))) base = `week of ${day(base0)}`;
	else if (/^\d{4}$/.test(v)) base = year(base0);
	else if ((m = /^(\d{3})X?$/.exec(v))) base = `the ${m[1]}0s`;
	else if ((m = /^(\d{2})(?:XX)?$/.exec(v)))
		base = `the ${+m[1]! + 1}${ordinal(+m[1]! + 1)} century`;
	else if (date.precision === 'time') base = time(from);
	else base = day(base0);
	switch (date.mod) {
		case 'START':
		case 'MID':
		case 'END':
			return `${PARTS[date.mod]} ${base}`;
		case 'APPROX':
			return `about ${base}`;
		case 'BEFORE':
		case 'ON_OR_BEFORE':
			return `before ${base}`;
		case 'AFTER':
		case 'ON_OR_AFTER':
			return `after ${base}`;
		default:
			return base;
	}
}

const YEAR_MS = 365.25 * 86_400_000;

/**
 * The span of time in view, as the toolbar says it: years for a long view ("2016 – 2020"),
 * months for a middling one ("Mar 2019 – Jul 2020"), days for a close one.
 */
export function formatSpan(from: Date, to: Date): string {
	const span = to.getTime() - from.getTime();
	const f = span > 3 * YEAR_MS ? year : span > YEAR_MS / 6 ? shortMonth : day;
	const a = f(from);
	const b = f(to);
	return a === b ? a : `${a} – ${b}`;
}

/** "Mar 21 – Mar 31, 2020": the bounds a fuzzy date stands for, for the event card. */
export function formatBounds(date: FuzzyDate): string {
	const a = new Date(date.earliest);
	const b = new Date(date.latest);
	const da = formatDay(a);
	const db = formatDay(b);
	return da === db ? da : `${da} – ${db}`;
}

export function formatDay(date: Date): string {
	return day(date);
}

/** A modified date's value is the unmodified one, so labels name the calendar unit. */
function exactInterval(date: FuzzyDate): Date {
	const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date.value);
	if (!m) return new Date(date.earliest);
	const d = new Date(Date.UTC(2000, m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1));
	d.setUTCFullYear(+m[1]!);
	return d;
}

function ordinal(n: number): string {
	if (n % 100 >= 11 && n % 100 <= 13) return 'th';
	return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
