/**
 * Calendar arithmetic on plain year/month/day triples, always in UTC so that a reader's time
 * zone can never shift a date.
 */
import { timexYear } from '../timeline/era';

export interface Ymd {
	y: number;
	/** 1..12 */
	m: number;
	/** 1..31 */
	d: number;
}

const DAY_MS = 86_400_000;

export function toUtc(date: Ymd): number {
	const t = new Date(Date.UTC(2000, date.m - 1, date.d));
	// Date.UTC maps years 0-99 to 1900-1999; set the year explicitly.
	t.setUTCFullYear(date.y);
	return t.getTime();
}

export function fromUtc(ms: number): Ymd {
	const t = new Date(ms);
	return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(date: Ymd, days: number): Ymd {
	return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Month arithmetic keeps the day (clamped to the month's length). */
export function addMonths(date: Ymd, months: number): Ymd {
	const index = date.y * 12 + (date.m - 1) + months;
	const y = Math.floor(index / 12);
	const m = index - y * 12 + 1;
	return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
	return fromUtc(toUtc({ y, m: m + 1, d: 1 }) - DAY_MS).d;
}

/** 0 = Sunday .. 6 = Saturday, as Date.getUTCDay. */
export function weekday(date: Ymd): number {
	return new Date(toUtc(date)).getUTCDay();
}

/** ISO 8601 week: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(date: Ymd): { y: number; w: number } {
	const thursday = addDays(date, 3 - ((weekday(date) + 6) % 7));
	const jan1 = toUtc({ y: thursday.y, m: 1, d: 1 });
	return { y: thursday.y, w: Math.floor((toUtc(thursday) - jan1) / DAY_MS / 7) + 1 };
}

export function quarterOf(date: Ymd): number {
	return Math.floor((date.m - 1) / 3) + 1;
}

export function isValidDate(y: number, m: number, d: number): boolean {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Years are astronomical (44 BC is -43), so arithmetic runs across the era boundary. */
export const formatYear = timexYear;
export const formatMonth = (y: number, m: number): string => `${formatYear(y)}-${pad(m)}`;
export const formatDay = (date: Ymd): string =>
	`${formatYear(date.y)}-${pad(date.m)}-${pad(date.d)}`;
export const formatWeek = (date: Ymd): string => {
	const { y, w } = isoWeek(date);
	return `${formatYear(y)}-W${pad(w)}`;
};

/** The decade holding year y: "199" for the 1990s, "BC047" for the 470s BC (479-470 BC). */
export const formatDecade = (y: number): string =>
	y > 0 ? pad(Math.floor(y / 10), 3) : `BC${pad(Math.floor((1 - y) / 10), 3)}`;

/**
 * The century holding year y, as TIMEX3 writes it: "19" for the 1900s; before the era the
 * nth century BC is "BC" and n - 1 ("BC04" for the 5th century BC, 500-401 BC).
 */
export const formatCentury = (y: number): string =>
	y > 0 ? pad(Math.floor(y / 100), 2) : `BC${pad(Math.floor(-y / 100), 2)}`;

/** Parses YYYY-MM-DD (what TagOptions.published holds); anything else gives null. */
export function parseYmd(text: string | undefined): Ymd | null {
	if (!text) return null;
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
	if (!m) return null;
	const date = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
	return isValidDate(date.y, date.m, date.d) ? date : null;
}
