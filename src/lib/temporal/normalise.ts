/**
 * Turning "N units from a reference" and "a month/weekday/quarter the text left without a
 * year" into TIMEX3 values. A missing reference (no publication date) yields X placeholders.
 */
import {
	addDays,
	addMonths,
	formatCentury,
	formatDay,
	formatDecade,
	formatMonth,
	formatWeek,
	formatYear,
	quarterOf,
	weekday,
	type Ymd
} from './calendar';
import type { Point } from './context';
import type { Tense } from './tense';

/** The granularity a relative expression is stated in. */
export type Grain = 'Y' | 'Q' | 'M' | 'W' | 'D' | 'DE' | 'CE' | 'H';

const UNKNOWN: Record<Grain, string> = {
	Y: 'XXXX',
	Q: 'XXXX-QX',
	M: 'XXXX-XX',
	W: 'XXXX-WXX',
	D: 'XXXX-XX-XX',
	H: 'XXXX-H',
	DE: 'XXX',
	CE: 'XX'
};

/** The value `count` units of `grain` away from `ref`, at that grain ("last month" = -1 M). */
export function shift(
	ref: Ymd | null,
	grain: Grain,
	count: number
): { value: string; point?: Point } {
	if (!ref) return { value: UNKNOWN[grain] };
	switch (grain) {
		case 'Y': {
			const y = ref.y + count;
			return { value: formatYear(y), point: { y } };
		}
		case 'DE':
			return { value: formatDecade(ref.y + 10 * count) };
		case 'CE':
			return { value: formatCentury(ref.y + 100 * count) };
		case 'Q': {
			const index = ref.y * 4 + quarterOf(ref) - 1 + count;
			const y = Math.floor(index / 4);
			const q = index - y * 4 + 1;
			return { value: `${formatYear(y)}-Q${q}`, point: { y, q } };
		}
		case 'H': {
			const index = ref.y * 2 + (ref.m > 6 ? 1 : 0) + count;
			const y = Math.floor(index / 2);
			return { value: `${formatYear(y)}-H${index - y * 2 + 1}`, point: { y } };
		}
		case 'M': {
			const date = addMonths(ref, count);
			return { value: formatMonth(date.y, date.m), point: { y: date.y, m: date.m } };
		}
		case 'W':
			return { value: formatWeek(addDays(ref, 7 * count)) };
		case 'D': {
			const date = addDays(ref, count);
			return { value: formatDay(date), point: date };
		}
	}
}

/** The year of a month named without one: the tense decides across a year boundary. */
export function yearForMonth(ref: Ymd, month: number, tense: Tense): number {
	if (tense === 'past') return month > ref.m ? ref.y - 1 : ref.y;
	if (tense === 'future') return month < ref.m ? ref.y + 1 : ref.y;
	// No tense to go by: the nearest occurrence of that month.
	const delta = month - ref.m;
	if (delta > MONTHS_AHEAD) return ref.y - 1;
	if (delta < MONTHS_AHEAD - 12) return ref.y + 1;
	return ref.y;
}

/** How far ahead an unmarked month may lie before it reads as last year's (half a year). */
const MONTHS_AHEAD = 6;

/** The year of a quarter named without one ("the fourth quarter" said in January is last year's). */
export function yearForQuarter(ref: Ymd, quarter: number, tense: Tense): number {
	const current = quarterOf(ref);
	// Results are reported after the quarter ends, so a later quarter is last year's.
	if (quarter > current && tense !== 'future') return ref.y - 1;
	return ref.y;
}

/**
 * The date of a weekday named alone. News reports past events, so "on Tuesday" is the most
 * recent Tuesday on or before the reference, unless the clause looks to the future.
 */
export function dateForWeekday(ref: Ymd, day: number, tense: Tense): Ymd {
	const today = weekday(ref);
	if (tense === 'future') {
		const ahead = (day - today + 7) % 7;
		return addDays(ref, ahead);
	}
	const back = (today - day + 7) % 7;
	return addDays(ref, -back);
}

/** A point formatted at its own precision. */
export function formatPoint(p: Point): string {
	if (p.d !== undefined && p.m !== undefined) return formatDay({ y: p.y, m: p.m, d: p.d });
	if (p.m !== undefined) return formatMonth(p.y, p.m);
	if (p.q !== undefined) return `${formatYear(p.y)}-Q${p.q}`;
	if (p.s !== undefined) return `${formatYear(p.y)}-${p.s}`;
	return formatYear(p.y);
}

/** A point seen as a full date, for arithmetic (a year counts from its first day). */
export function pointAsDate(p: Point): Ymd {
	return { y: p.y, m: p.m ?? (p.q ? p.q * 3 - 2 : 1), d: p.d ?? 1 };
}
