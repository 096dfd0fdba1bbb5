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

/**
 * The end of a range of years that writes only its last two digits: the "24" of "2021-24" or
 * "2021–24", a year of its own (2024), as WikiWars marks "1995-96" and "1947-54". Only after a
 * year just read, joined by an unspaced dash, and later in the same century: "2021-03" is no
 * range, and an ISO month is the calendar date's.
 */
export function secondYear(ctx: Context, i: number): Match | null {
	const anchor = ctx.anchor;
	const t = ctx.tokens[i];
	if (!anchor || !t || t.kind !== 'number' || t.text.length !== 2 || t.spaced) return null;
	const dash = ctx.tokens[i - 1];
	const first = ctx.tokens[i - 2];
	if (!dash || (dash.text !== '-' && dash.text !== '\u2013') || dash.spaced) return null;
	if (!first || first.kind !== 'number' || first.text.length !== 4) return null;
	if (Number(first.text) !== anchor.y || anchor.m !== undefined) return null;
	const y = anchor.y - (anchor.y % 100) + Number(t.text);
	if (y <= anchor.y) return null;
	// "2021-24 percent", "1998-99 season" is fine, but "2019-20-21" is not a range of two.
	const next = ctx.tokens[i + 1];
	if (next && !next.spaced && (next.text === '-' || next.text === '\u2013' || next.text === '%'))
		return null;
	if (COUNTED.has(lowerAt(ctx, i + 1))) return null;
	return { start: i, end: i + 1, type: 'DATE', value: String(y), point: { y } };
}
