/**
 * Calendar steps in UTC, d3-time's UTC intervals and `utcTicks` in little: the embed and the
 * reader use three intervals (days, months, years: floor, ceil, round, offset) and the ticks
 * of one scale, and d3-time brought its whole interval machinery (`filter`, `every`, `count`,
 * `range`, a ticker and a bisector) for them, about a tenth of the embed's script. The ticks
 * are d3-time's to the millisecond (utc-time.test.ts checks them against it).
 */
import { tickStep } from './tick-step';

/** A calendar unit: its floor and its step, both changing the date they are given. */
interface Unit {
	floor(date: Date): void;
	step(date: Date, n: number): void;
}

export interface UtcInterval {
	floor(date: Date | number): Date;
	ceil(date: Date | number): Date;
	round(date: Date | number): Date;
	offset(date: Date | number, n?: number): Date;
}

/** As d3-time's `interval`: floor, ceil (the next boundary at or after), round and offset. */
function interval(unit: Unit): UtcInterval {
	const floor = (date: Date | number) => {
		const d = new Date(+date);
		unit.floor(d);
		return d;
	};
	const ceil = (date: Date | number) => {
		const d = floor(+date - 1);
		unit.step(d, 1);
		unit.floor(d);
		return d;
	};
	return {
		floor,
		ceil,
		round: (date) => {
			const [a, b] = [floor(date), ceil(date)];
			return +date - +a < +b - +date ? a : b;
		},
		offset: (date, n = 1) => {
			const d = new Date(+date);
			unit.step(d, Math.floor(n));
			return d;
		}
	};
}

/** A unit of a fixed length in milliseconds, counted from the epoch (d3-time's milliseconds, seconds, minutes, hours). */
const fixed = (ms: number): Unit => ({
	floor: (d) => d.setTime(Math.floor(+d / ms) * ms),
	step: (d, n) => d.setTime(+d + n * ms)
});
const DAY: Unit = {
	floor: (d) => d.setUTCHours(0, 0, 0, 0),
	step: (d, n) => d.setUTCDate(d.getUTCDate() + n)
};
/** Weeks from Sunday, as d3-time's utcSunday. */
const WEEK: Unit = {
	floor: (d) => (d.setUTCDate(d.getUTCDate() - d.getUTCDay()), d.setUTCHours(0, 0, 0, 0)),
	step: (d, n) => d.setUTCDate(d.getUTCDate() + n * 7)
};
const MONTH: Unit = {
	floor: (d) => (d.setUTCDate(1), d.setUTCHours(0, 0, 0, 0)),
	step: (d, n) => d.setUTCMonth(d.getUTCMonth() + n)
};
/** Every k years from year 0, as d3-time's `utcYear.every(k)`. */
const years = (k: number): Unit => ({
	floor: (d) => (
		d.setUTCFullYear(Math.floor(d.getUTCFullYear() / k) * k, 0, 1),
		d.setUTCHours(0, 0, 0, 0)
	),
	step: (d, n) => d.setUTCFullYear(d.getUTCFullYear() + n * k)
});

export const utcDay = interval(DAY);
export const utcMonth = interval(MONTH);
export const utcYear = interval(years(1));

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY_MS = 24 * HOUR;

/**
 * d3-time's tick intervals: a unit, how many of it a tick steps, the step's rough length, and
 * which of the unit's boundaries a step of several keeps (its field a multiple of the step: the
 * 1st, 3rd, 5th … day of the epoch, every third hour of a day, every third month).
 */
const TICKS: [Unit, number, number, ((d: Date) => number)?][] = [
	...[1, 5, 15, 30].map((n): [Unit, number, number, (d: Date) => number] => [
		fixed(SECOND),
		n,
		n * SECOND,
		(d) => d.getUTCSeconds()
	]),
	...[1, 5, 15, 30].map((n): [Unit, number, number, (d: Date) => number] => [
		fixed(MINUTE),
		n,
		n * MINUTE,
		(d) => d.getUTCMinutes()
	]),
	...[1, 3, 6, 12].map((n): [Unit, number, number, (d: Date) => number] => [
		fixed(HOUR),
		n,
		n * HOUR,
		(d) => d.getUTCHours()
	]),
	[fixed(DAY_MS), 1, DAY_MS],
	[fixed(DAY_MS), 2, 2 * DAY_MS, (d) => Math.floor(+d / DAY_MS)],
	[WEEK, 1, 7 * DAY_MS],
	[MONTH, 1, 30 * DAY_MS],
	[MONTH, 3, 90 * DAY_MS, (d) => d.getUTCMonth()],
	[years(1), 1, 365 * DAY_MS]
];
const YEAR_MS = 365 * DAY_MS;

/** The boundaries of `unit` from `start` (included) to `stop` (excluded) that `keep` keeps. */
function range(unit: Unit, start: number, stop: number, keep = (_: Date) => true): Date[] {
	const ticks: Date[] = [];
	const d = interval(unit).ceil(start);
	while (+d < stop) {
		if (keep(d)) ticks.push(new Date(+d));
		unit.step(d, 1);
	}
	return ticks;
}

/** About `count` ticks from `start` to `stop` at a calendar step, as d3-time's `utcTicks`. */
export function utcTicks(start: Date, stop: Date, count: number): Date[] {
	const reverse = stop < start;
	if (reverse) [start, stop] = [stop, start];
	const [a, b] = [+start, +stop];
	const target = Math.abs(b - a) / count;
	let i = TICKS.findIndex(([, , length]) => length > target);
	if (i < 0) i = TICKS.length;
	let ticks: Date[];
	if (i === TICKS.length || i === 0) {
		const k =
			i === 0 ? Math.max(tickStep(a, b, count), 1) : tickStep(a / YEAR_MS, b / YEAR_MS, count);
		// d3-time gives no interval (and no ticks) for a step that is not a positive whole number.
		ticks =
			isFinite(k) && k > 0
				? range(i === 0 ? fixed(Math.floor(k)) : years(Math.floor(k)), a, b + 1)
				: [];
	} else {
		const [unit, n, , field] =
			TICKS[target / TICKS[i - 1]![2] < TICKS[i]![2] / target ? i - 1 : i]!;
		ticks = range(unit, a, b + 1, n > 1 && field ? (d) => field(d) % n === 0 : undefined);
	}
	return reverse ? ticks.reverse() : ticks;
}
