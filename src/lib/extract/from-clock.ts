/**
 * Lengths counted from a clock time the story told: "The first call came at 10.52pm, and the
 * first engine arrived six minutes later" (dev18e), "The power failed at 11.20pm on Saturday
 * and was restored six hours later". A length is no date of its own; after a clock it is that
 * clock moved by it, never the day of some other date the story told (a lede's saying).
 */
import { fuzzyDate } from '../timeline/fuzzy-date';
import type { FuzzyDate } from '../timeline/types';

/** A clock time's value: its day and its hour and minute. */
const CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
/** A day's value with a clock or a part of day after it. */
const DAY_WITH_TIME = /^(\d{4}-\d{2}-\d{2})T/;
/** Counts of hours and minutes: "six hours", "40 minutes". */
const HOURS_OR_MINUTES = /^PT(\d+)([HM])$/;
/** Further than this, a count of hours names a day more than a clock ("72 hours later"). */
const MOST_MINUTES = 24 * 60;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The clock `anchor` moved by a count of hours or minutes (`duration`, a TIMEX3 value), later
 * or earlier, across midnight when it runs past it: "at 11.20pm on Saturday … six hours later"
 * is Sunday's 05:20. Null when the anchor is no clock time or the length no such count.
 */
export function fromClock(
	anchor: FuzzyDate,
	duration: string,
	text: string,
	later: boolean
): FuzzyDate | null {
	const c = CLOCK.exec(anchor.value);
	const d = HOURS_OR_MINUTES.exec(duration);
	if (!c || !d || anchor.mod) return null;
	const minutes = +d[1]! * (d[2] === 'H' ? 60 : 1);
	if (minutes > MOST_MINUTES) return null;
	const at = new Date(
		Date.UTC(+c[1]!, +c[2]! - 1, +c[3]!, +c[4]!, +c[5]!) + (later ? 1 : -1) * minutes * 60_000
	);
	const value =
		`${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}` +
		`T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;
	return fuzzyDate(text, value);
}

/**
 * The day of a clock time or a part of day ("2026-11-13T22:00", "2026-11-13TNI"), which days
 * and weeks count from ("The fire started at 10pm on Friday. Two days later, …"); any other
 * date as it is.
 */
export function dayOfTime(anchor: FuzzyDate): FuzzyDate {
	const m = anchor.precision === 'time' && !anchor.mod ? DAY_WITH_TIME.exec(anchor.value) : null;
	return (m && fuzzyDate(anchor.text, m[1]!)) ?? anchor;
}
