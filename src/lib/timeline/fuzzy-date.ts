import { utcDay, utcMonth, utcYear } from '../layout/utc-time';
import { astronomicalYear, TIMEX_YEAR, timexYear, utcDate } from './era';
import type { FuzzyDate, Precision, TimexMod } from './types';

/** A half-open UTC interval [from, to) and how precisely it was stated. */
export interface Interval {
	from: Date;
	to: Date;
	precision: Precision;
}

const SEASON_START_MONTH: Record<string, number> = { SP: 2, SU: 5, FA: 8, WI: 11 };
const PART_OF_DAY: Record<string, [number, number]> = {
	MO: [6, 12],
	MI: [12, 13],
	AF: [12, 18],
	EV: [18, 22],
	NI: [20, 30],
	DT: [9, 17]
};

const utc = utcDate;

/** ISO week 1 is the week holding January 4th; weeks start on Monday. */
function isoWeekStart(year: number, week: number): Date {
	const jan4 = utc(year, 0, 4);
	const mondayOfWeek1 = utcDay.offset(jan4, -((jan4.getUTCDay() + 6) % 7));
	return utcDay.offset(mondayOfWeek1, (week - 1) * 7);
}

/**
 * The interval a TIMEX3 calendar value names, before any modifier. `reference` (the
 * publication date) anchors PAST_REF / PRESENT_REF / FUTURE_REF; values that name no placeable
 * time (durations, sets, "XXXX-03") give null.
 */
export function intervalOfValue(value: string, reference?: Date): Interval | null {
	let m: RegExpExecArray | null;
	if (/^(PAST|PRESENT|FUTURE)_REF$/.test(value)) {
		if (!reference) return null;
		const day = utcDay.floor(reference);
		if (value === 'PRESENT_REF') return { from: day, to: utcDay.offset(day, 1), precision: 'day' };
		if (value === 'PAST_REF')
			return { from: utcYear.offset(day, -1), to: day, precision: 'approximate' };
		return { from: utcDay.offset(day, 1), to: utcYear.offset(day, 1), precision: 'approximate' };
	}
	if ((m = calendar('-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})').exec(value))) {
		const from = utc(year(m), +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
		return { from, to: new Date(from.getTime() + 60_000), precision: 'time' };
	}
	if ((m = calendar('-(\\d{2})-(\\d{2})T(MO|MI|AF|EV|NI|DT)$').exec(value))) {
		const [h0, h1] = PART_OF_DAY[m[4]!]!;
		const day = utc(year(m), +m[2]! - 1, +m[3]!);
		return {
			from: new Date(day.getTime() + h0 * 3_600_000),
			to: new Date(day.getTime() + h1 * 3_600_000),
			precision: 'time'
		};
	}
	if ((m = calendar('-(\\d{2})-(\\d{2})$').exec(value))) {
		const from = utc(year(m), +m[2]! - 1, +m[3]!);
		return { from, to: utcDay.offset(from, 1), precision: 'day' };
	}
	if ((m = calendar('-W(\\d{2})(?:-WE)?$').exec(value))) {
		const monday = isoWeekStart(year(m), +m[2]!);
		const weekend = value.endsWith('-WE');
		return {
			from: weekend ? utcDay.offset(monday, 5) : monday,
			to: utcDay.offset(monday, 7),
			precision: 'week'
		};
	}
	if ((m = calendar('-(\\d{2})$').exec(value))) {
		const from = utc(year(m), +m[2]! - 1);
		return { from, to: utcMonth.offset(from, 1), precision: 'month' };
	}
	if ((m = calendar('-(SP|SU|FA|WI)$').exec(value))) {
		const from = utc(year(m), SEASON_START_MONTH[m[2]!]!);
		return { from, to: utcMonth.offset(from, 3), precision: 'season' };
	}
	if ((m = calendar('-Q([1-4])$').exec(value))) {
		const from = utc(year(m), (+m[2]! - 1) * 3);
		return { from, to: utcMonth.offset(from, 3), precision: 'quarter' };
	}
	if ((m = calendar('-H([12])$').exec(value))) {
		const from = utc(year(m), (+m[2]! - 1) * 6);
		return { from, to: utcMonth.offset(from, 6), precision: 'half' };
	}
	if ((m = calendar('$').exec(value))) {
		const from = utc(year(m));
		return { from, to: utcYear.offset(from, 1), precision: 'year' };
	}
	return spanOfYears(value);
}

/** A calendar value: a TIMEX3 year (of either era) and the rest of the pattern. */
const CALENDAR = new Map<string, RegExp>();
function calendar(rest: string): RegExp {
	let re = CALENDAR.get(rest);
	if (!re) CALENDAR.set(rest, (re = new RegExp(`^${TIMEX_YEAR}${rest}`)));
	return re;
}
const year = (m: RegExpExecArray) => astronomicalYear(m[1]!);

/**
 * Decades, centuries and millennia, as astronomical years [first, last]: "199" is 1990–1999,
 * "18" 1800–1899, "1" 1000–1999. Before the era they count back from the BC number: "BC047"
 * is 479–470 BC, "BC04" the 5th century BC (500–401 BC), "BC1" the 2nd millennium BC
 * (2000–1001 BC). Year 0 (1 BC) belongs to neither "000" nor "00": AD spans begin at AD 1.
 */
function spanOfYears(value: string): Interval | null {
	const m = /^(BC)?(\d{1,3})(X*)$/.exec(value);
	// TIMEX3 may fill a span's missing digits with X ("199X", "18XX"), never a BC one's.
	if (!m || (m[3] && (m[1] || m[3].length !== 4 - m[2]!.length))) return null;
	const digits = m[2]!;
	const n = +digits;
	const size = 10 ** (4 - digits.length);
	const precision = SPAN_PRECISION[digits.length]!;
	let first: number;
	let last: number;
	if (m[1]) {
		// BC spans: a decade runs from its 9 down to its 0 ("the 470s BC"); centuries and
		// millennia are counted, the nth ending at its (n-1)*size + 1.
		const offset = size === 10 ? 0 : 1;
		first = 1 - (n * size + size - 1 + offset);
		last = Math.min(0, 1 - (n * size + offset));
	} else {
		first = Math.max(1, n * size);
		last = n * size + size - 1;
	}
	return { from: utc(first), to: utc(last + 1), precision };
}

const SPAN_PRECISION: Record<number, Precision> = { 3: 'decade', 2: 'century', 1: 'millennium' };

/**
 * Narrows or widens an interval by a TIMEX3 modifier. "Early", "mid" and "late" take the first,
 * middle and last third, the common reading in news ("late March" = March 21-31); a month is
 * cut on days 11 and 21 so that it matches how people count.
 */
export function applyMod(interval: Interval, mod: TimexMod | undefined): Interval {
	if (!mod) return interval;
	const { from, to, precision } = interval;
	const span = to.getTime() - from.getTime();
	const at = (fraction: number) => {
		const t = new Date(from.getTime() + span * fraction);
		// A day's thirds are hours ("late on Tuesday" is its evening): rounding them to whole
		// days would make "late" a day that ends before it starts.
		return precision === 'time' || span <= DAY_MS ? t : utcDay.round(t);
	};
	const thirds = (i: 0 | 1 | 2): [Date, Date] => {
		if (precision === 'month') {
			const cuts = [from, utcDay.offset(from, 10), utcDay.offset(from, 20), to];
			return [cuts[i]!, cuts[i + 1]!];
		}
		return [i === 0 ? from : at(i / 3), i === 2 ? to : at((i + 1) / 3)];
	};
	const approximate = (f: Date, t: Date): Interval => ({
		from: f,
		to: t,
		precision: 'approximate'
	});
	switch (mod) {
		case 'START': {
			const [f, t] = thirds(0);
			return { from: f, to: t, precision };
		}
		case 'MID': {
			const [f, t] = thirds(1);
			return { from: f, to: t, precision };
		}
		case 'END': {
			const [f, t] = thirds(2);
			return { from: f, to: t, precision };
		}
		case 'APPROX':
			return approximate(new Date(from.getTime() - span / 2), new Date(to.getTime() + span / 2));
		case 'BEFORE':
		case 'ON_OR_BEFORE':
			return approximate(new Date(from.getTime() - span), mod === 'BEFORE' ? from : to);
		case 'AFTER':
		case 'ON_OR_AFTER':
			return approximate(mod === 'AFTER' ? to : from, new Date(to.getTime() + span));
		default:
			// LESS_THAN, MORE_THAN and friends qualify durations, not dates.
			return interval;
	}
}

const LAST_MS = 1;
const DAY_MS = 86_400_000;

/**
 * "Weeks ago", "months ago", "years ago" say more than PAST_REF alone: the unit bounds how far
 * back they reach and how recent they can be ("months ago" is at least a month, within a year).
 */
function refWindow(text: string, value: string, reference?: Date): Interval | null {
	if (value !== 'PAST_REF' || !reference) return null;
	const day = utcDay.floor(reference);
	const unit = /\b(days|weeks|months|years|decades)\s+(?:ago|earlier|before)\b/i.exec(text)?.[1];
	if (!unit) return null;
	const windows: Record<string, [Date, Date]> = {
		days: [utcDay.offset(day, -7), utcDay.offset(day, -1)],
		weeks: [utcMonth.offset(day, -3), utcDay.offset(day, -7)],
		months: [utcYear.offset(day, -1), utcMonth.offset(day, -1)],
		years: [utcYear.offset(day, -10), utcYear.offset(day, -1)],
		decades: [utcYear.offset(day, -100), utcYear.offset(day, -10)]
	};
	const [from, to] = windows[unit.toLowerCase()]!;
	return { from, to: new Date(to.getTime() + DAY_MS), precision: 'approximate' };
}

/**
 * Builds the fuzzy date for a TIMEX3 value as an article states it. Returns null when the value
 * names no placeable time, so callers decide what to do with "every Tuesday" or "for years".
 */
export function fuzzyDate(
	text: string,
	value: string,
	mod?: TimexMod,
	reference?: Date
): FuzzyDate | null {
	const base = refWindow(text, value, reference) ?? intervalOfValue(value, reference);
	if (!base) return null;
	const { from, to, precision } = applyMod(base, mod);
	return {
		text,
		value,
		...(mod ? { mod } : {}),
		earliest: from.toISOString(),
		latest: new Date(to.getTime() - LAST_MS).toISOString(),
		precision
	};
}

/**
 * Where a happening that began at `start` and lasted a TIMEX3 duration ends ("in 2016 … for
 * three years" ends in 2019), at the start's own precision. Null for durations or starts it
 * cannot count in (vague, modified or unanchored values, hours).
 */
export function endAfter(start: FuzzyDate, duration: string, text: string): FuzzyDate | null {
	return shiftedBy(start, duration, text, 1);
}

/**
 * The date a duration after (sign 1) or before (sign -1) `start`: "two days later" than the
 * story's last date. Same precision and limits as `endAfter`.
 */
export function shiftedBy(
	start: FuzzyDate,
	duration: string,
	text: string,
	sign: 1 | -1
): FuzzyDate | null {
	const d = /^P(\d+)([YMWD])$/.exec(duration);
	if (!d || start.mod) return null;
	const n = sign * +d[1]!;
	const unit = d[2]!;
	let m: RegExpExecArray | null;
	let value: string | null = null;
	const pad = (x: number) => String(x).padStart(2, '0');
	if ((m = calendar('$').exec(start.value)) && unit === 'Y') value = timexYear(year(m) + n);
	else if ((m = calendar('-(\\d{2})$').exec(start.value)) && (unit === 'Y' || unit === 'M')) {
		const months = year(m) * 12 + (+m[2]! - 1) + (unit === 'Y' ? 12 * n : n);
		const y = Math.floor(months / 12);
		value = `${timexYear(y)}-${pad(months - y * 12 + 1)}`;
	} else if ((m = calendar('-(\\d{2})-(\\d{2})$').exec(start.value))) {
		const from = utc(year(m), +m[2]! - 1, +m[3]!);
		const shifted =
			unit === 'Y'
				? utcYear.offset(from, n)
				: unit === 'M'
					? utcMonth.offset(from, n)
					: utcDay.offset(from, unit === 'W' ? 7 * n : n);
		value = `${timexYear(shifted.getUTCFullYear())}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
	}
	return value ? fuzzyDate(text, value) : null;
}

/** Milliseconds since the epoch of both bounds; `latest` is inclusive. */
export function bounds(date: FuzzyDate): [number, number] {
	return [Date.parse(date.earliest), Date.parse(date.latest)];
}

/** The instant a fuzzy date is sorted and centred by: the middle of its bounds. */
export function midpoint(date: FuzzyDate): number {
	const [a, b] = bounds(date);
	return a + (b - a) / 2;
}

/** Whether a fuzzy date is precise enough to draw as a point rather than a range. */
export function isPoint(date: FuzzyDate): boolean {
	return date.precision === 'day' || date.precision === 'time';
}

/** Orders by midpoint, then by the narrower date first, so sorting is stable and total. */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
	const d = midpoint(a) - midpoint(b);
	if (d !== 0) return d;
	const [a0, a1] = bounds(a);
	const [b0, b1] = bounds(b);
	return a1 - a0 - (b1 - b0);
}

/** Parses YYYY-MM-DD as a UTC calendar day, or null. */
/**
 * Why a text is not a calendar day, saying what was found and what is expected; null when it
 * is one.
 */
export function calendarDayProblem(day: string): string | null {
	if (parseCalendarDay(day)) return null;
	const found = `${JSON.stringify(day.length > 40 ? `${day.slice(0, 40)}…` : day)} is not a calendar date`;
	const m = /^[+-]?(\d+)-\d{1,2}-\d{1,2}$/.exec(day);
	if (m && m[1]!.length > 4 && +m[1]! > 9999) {
		return `${found}; its year, ${+m[1]!}, has more than four digits, and dates are written YYYY-MM-DD with years up to 9999`;
	}
	if (/^\d{4}-\d{2}-\d{2}$/.test(day)) {
		return `${found}; there is no such day (check the month and the day of the month in YYYY-MM-DD)`;
	}
	return `${found}; write it as YYYY-MM-DD`;
}

export function parseCalendarDay(day: string): Date | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!m) return null;
	const date = utc(+m[1]!, +m[2]! - 1, +m[3]!);
	return date.toISOString().slice(0, 10) === day ? date : null;
}
