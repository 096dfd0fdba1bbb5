import { formatFuzzyDate } from '../timeline/format';
import type { FuzzyDate, Precision } from '../timeline/types';

/**
 * A TimelineJS date: calendar fields, each a number or a numeric string ("01"), an empty string
 * meaning absent (the Google Sheets template leaves cells blank). A negative year is BCE:
 * TimelineJS shows -44 as "44 BCE", so -44 means 44 BC.
 */
export interface TjsDate {
	year?: number | string;
	month?: number | string;
	day?: number | string;
	hour?: number | string;
	minute?: number | string;
	second?: number | string;
	millisecond?: number | string;
	display_date?: string;
	[key: string]: unknown;
}

/** The calendar fields of a date, as whole numbers; `year` as TimelineJS counts it (-44 = 44 BC). */
export interface CalendarParts {
	year: number;
	month?: number;
	day?: number;
	hour?: number;
	minute?: number;
	second?: number;
	millisecond?: number;
}

const FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
type Field = (typeof FIELDS)[number];
const RANGES: Record<Field, [number, number]> = {
	year: [-271_000, 271_000],
	month: [1, 12],
	day: [1, 31],
	hour: [0, 23],
	minute: [0, 59],
	second: [0, 59],
	millisecond: [0, 999]
};
const MONTHS = [
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
];

const blank = (v: unknown) => v === undefined || v === null || v === '';

/**
 * Reads a TimelineJS date's calendar fields, or returns the problems found, each naming the
 * field ("month: 13 is not a month (1–12)"). A finer field needs the coarser ones above it.
 */
export function readCalendarParts(date: unknown): CalendarParts | { problems: string[] } {
	if (typeof date !== 'object' || date === null || Array.isArray(date))
		return { problems: ['expected an object like { "year": 2020, "month": 6, "day": 26 }'] };
	const record = date as Record<string, unknown>;
	const problems: string[] = [];
	const parts: Partial<CalendarParts> = {};
	let missing: Field | null = null;
	for (const field of FIELDS) {
		const raw = record[field];
		if (blank(raw)) {
			missing ??= field;
			continue;
		}
		const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : NaN;
		const [lo, hi] = RANGES[field];
		if (!Number.isInteger(n)) {
			problems.push(`${field}: ${JSON.stringify(raw)} is not a whole number`);
		} else if (n < lo || n > hi) {
			problems.push(
				field === 'year'
					? `year: ${n} is beyond the years Dateline can place (${lo} to ${hi})`
					: `${field}: ${n} is out of range (${lo}–${hi})`
			);
		} else if (missing && field !== 'millisecond') {
			problems.push(`${field}: given without ${missing}`);
		} else parts[field] = n;
	}
	if (parts.year === undefined && !problems.length) problems.push('year: missing');
	if (parts.day !== undefined && parts.month !== undefined && parts.year !== undefined) {
		const last = new Date(Date.UTC(2000, parts.month, 0));
		last.setUTCFullYear(astronomical(parts.year), parts.month, 0);
		if (parts.day > last.getUTCDate())
			problems.push(`day: ${MONTHS[parts.month - 1]} has no day ${parts.day}`);
	}
	return problems.length ? { problems } : (parts as CalendarParts);
}

/** 44 BC (TimelineJS -44) is astronomical year -43; there is no year 0 in TimelineJS's count. */
const astronomical = (year: number) => (year < 0 ? year + 1 : year);
const fromAstronomical = (year: number) => (year <= 0 ? year - 1 : year);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function instant(y: number, mo = 1, d = 1, h = 0, mi = 0, s = 0, ms = 0): Date {
	const date = new Date(Date.UTC(2000, mo - 1, d, h, mi, s, ms));
	date.setUTCFullYear(astronomical(y), mo - 1, d);
	return date;
}

/** The TIMEX3 year of a TimelineJS year: 2020 → "2020", 79 → "0079", -44 → "BC0044". */
function timexYear(year: number): string {
	return year < 0 ? `BC${pad(-year, 4)}` : pad(year, 4);
}

/** "June 26, 2020", "March 2020", "44 BC", "June 26, 2020, 14:30": how an imported date reads. */
export function describeParts(p: CalendarParts): string {
	const year = p.year < 0 ? `${-p.year} BC` : String(p.year);
	if (p.month === undefined) return year;
	const month = MONTHS[p.month - 1]!;
	if (p.day === undefined) return `${month} ${year}`;
	const day = `${month} ${p.day}, ${year}`;
	if (p.hour === undefined) return day;
	return `${day}, ${pad(p.hour)}:${pad(p.minute ?? 0)}`;
}

/** The fuzzy date a TimelineJS date states, precise to its finest field. */
export function fuzzyOfParts(p: CalendarParts, text = describeParts(p)): FuzzyDate {
	let value = timexYear(p.year);
	let precision: Precision = 'year';
	let from = instant(p.year);
	let to: Date;
	if (p.month === undefined) {
		to = instant(p.year + (p.year === -1 ? 2 : 1));
	} else if (p.day === undefined) {
		value += `-${pad(p.month)}`;
		precision = 'month';
		from = instant(p.year, p.month);
		to = new Date(from);
		to.setUTCMonth(to.getUTCMonth() + 1);
	} else {
		value += `-${pad(p.month)}-${pad(p.day)}`;
		precision = 'day';
		from = instant(p.year, p.month, p.day, p.hour, p.minute, p.second, p.millisecond);
		let span = 86_400_000;
		if (p.hour !== undefined) {
			precision = 'time';
			value += `T${pad(p.hour)}`;
			span = 3_600_000;
			if (p.minute !== undefined) {
				value += `:${pad(p.minute)}`;
				span = 60_000;
			}
			if (p.second !== undefined) {
				value += `:${pad(p.second)}`;
				span = 1000;
			}
			if (p.millisecond !== undefined) {
				value += `.${pad(p.millisecond, 3)}`;
				span = 1;
			}
		}
		to = new Date(from.getTime() + span);
	}
	return {
		text,
		value,
		earliest: from.toISOString(),
		latest: new Date(to.getTime() - 1).toISOString(),
		precision
	};
}

const EXACT =
	/^(BC)?(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?)?)?)?)?$/;

/**
 * The TimelineJS date closest to a fuzzy date, and a display date when the calendar fields
 * alone would say more or less than it does ("late March 2020", "summer 2019", "the 1990s").
 */
export function partsOfFuzzy(date: FuzzyDate): { parts: CalendarParts; display?: string } {
	const m = EXACT.exec(date.value);
	if (m && !date.mod) {
		const year = m[1] ? -Number(m[2]) : Number(m[2]);
		const parts: CalendarParts = { year };
		const fields = [m[3], m[4], m[5], m[6], m[7], m[8]];
		(['month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const).forEach((f, i) => {
			if (fields[i] !== undefined) parts[f] = Number(fields[i]);
		});
		return { parts };
	}
	// Anything else (a season, a quarter, "late March", "months ago") starts where it can start,
	// to the unit its precision names, and says the rest in words.
	const from = new Date(date.earliest);
	const year = fromAstronomical(from.getUTCFullYear());
	const coarse = ['year', 'decade', 'century', 'half'].includes(date.precision);
	const daily = ['day', 'time', 'approximate', 'week'].includes(date.precision);
	const parts: CalendarParts = { year };
	if (!coarse) parts.month = from.getUTCMonth() + 1;
	if (daily) parts.day = from.getUTCDate();
	return { parts, display: displayOf(date) };
}

function displayOf(date: FuzzyDate): string {
	const bc = /^BC(\d{4})/.exec(date.value);
	if (bc) {
		const words: Record<string, string> = { START: 'early ', MID: 'mid ', END: 'late ' };
		const prefix = date.mod ? (words[date.mod] ?? (date.mod === 'APPROX' ? 'about ' : '')) : '';
		return `${prefix}${Number(bc[1])} BC`;
	}
	return formatFuzzyDate(date);
}

/** Writes calendar parts as TimelineJS writes them: numbers, absent fields left out. */
export function tjsDateOf(parts: CalendarParts, display?: string): TjsDate {
	const date: TjsDate = {};
	for (const f of FIELDS) if (parts[f] !== undefined) date[f] = parts[f];
	if (display) date.display_date = display;
	return date;
}
