/**
 * The second day of a range that names its month once: the "25" of "April 24 and 25" or
 * "April 24-25". TimeML annotates it as a date of its own; the tagger has just read
 * "April 24", so the narrative anchor holds its month and year.
 */
import { formatDay, isValidDate } from '../calendar';
import { lowerAt, type Context, type Match } from '../context';
import { UNITS } from '../lexicon';
import { readDayOfMonth, readMonth, readYear } from './words';

const CONNECTORS = new Set(['and', 'or', 'to', 'through', '-', '\u2013']);

/** Words after the number that make it a count, not a day ("24 and 25 percent", "25 years"). */
const COUNTED = new Set(['percent', '%', 'per', 'cent', 'million', 'billion', 'points']);

export function secondDay(ctx: Context, i: number): Match | null {
	const anchor = ctx.anchor;
	if (!anchor || anchor.m === undefined || anchor.d === undefined) return null;
	const connector = lowerAt(ctx, i - 1);
	if (!CONNECTORS.has(connector)) return null;
	// A hyphen joins the two days with no space: "24-25", not "24 - 25 points".
	if (
		(connector === '-' || connector === '\u2013') &&
		(ctx.tokens[i - 1]!.spaced || ctx.tokens[i]!.spaced)
	) {
		return null;
	}
	const first = ctx.tokens[i - 2];
	if (!first || first.kind !== 'number' || Number(first.text) !== anchor.d) return null;
	if (ctx.tokens[i]?.kind !== 'number') return null;
	const day = readDayOfMonth(ctx, i);
	if (!day || day.value <= anchor.d) return null;
	const next = lowerAt(ctx, day.end);
	if (COUNTED.has(next) || UNITS.get(next) || readMonth(ctx, day.end)) return null;
	let end = day.end;
	let y = anchor.y;
	// "April 24 and 25, 1999": the year closes the range.
	const year = lowerAt(ctx, end) === ',' ? readYear(ctx, end + 1) : null;
	if (year) {
		y = year.value;
		end = year.end;
	}
	if (!isValidDate(y, anchor.m, day.value)) return null;
	const point = { y, m: anchor.m, d: day.value };
	return { start: i, end, type: 'DATE', value: formatDay(point), point };
}
