/**
 * Weekends and seasons: "the weekend", "this weekend", "the summer", "last spring",
 * "the winter of 1994". Weekends are named by their ISO week ("2020-W25-WE").
 */
import { addDays, formatYear, weekday, type Ymd } from '../calendar';
import { lowerAt, type Context, type Match, type Point } from '../context';
import { SEASONS } from '../lexicon';
import { pointAsDate, shift } from '../normalise';
import { framingYear, storyTimeAt, toldInSentence } from '../story';
import { pastUntil, tenseAround } from '../tense';
import { readSpelledYear, readYear } from './words';

export function weekend(
	ctx: Context,
	i: number,
	end: number,
	ref: Ymd | null,
	offset: number
): Match {
	if (!ref) return { start: i, end, type: 'DATE', value: 'XXXX-WXX-WE' };
	// "this weekend" is the one of the reference's week; "last weekend" the one before the
	// reference; "next weekend" the one after this week's.
	const lastSaturday = addDays(ref, -((weekday(ref) + 1) % 7));
	const thisSaturday = addDays(ref, 6 - ((weekday(ref) + 6) % 7) - 1);
	const saturday = offset < 0 ? lastSaturday : addDays(thisSaturday, 7 * offset);
	const { value } = shift(saturday, 'W', 0);
	return { start: i, end, type: 'DATE', value: value + '-WE' };
}

/** "the weekend": the one just past in a report, the coming one when the clause looks ahead. */
export function theWeekend(ctx: Context, i: number): Match | null {
	if (lowerAt(ctx, i) !== 'the' || lowerAt(ctx, i + 1) !== 'weekend') return null;
	if (tenseAround(ctx, i, i + 2) !== 'future') return weekend(ctx, i, i + 2, ctx.dct, -1);
	// Looking ahead from a Sunday, the coming weekend is next week's.
	const sunday = ctx.dct !== null && weekday(ctx.dct) === 0;
	return weekend(ctx, i, i + 2, ctx.dct, sunday ? 1 : 0);
}

const SEASON_CUES = new Set([
	'in',
	'during',
	'this',
	'over',
	'until',
	'by',
	'since',
	'early',
	'late',
	'mid',
	'through',
	'throughout',
	'into',
	'before',
	'after',
	'last',
	'next'
]);

/** Words that may follow a season named as a time ("in the summer and fall", "summer when"). */
const SEASON_FOLLOWERS = new Set([
	'and',
	'or',
	'when',
	'as',
	'after',
	'before',
	'of',
	'to',
	'through'
]);

/** "the summer", "summer": the season of the publication year, moved by tense. */
export function seasonAlone(ctx: Context, i: number): Match | null {
	const j = lowerAt(ctx, i) === 'the' ? i + 1 : i;
	const s = SEASONS.get(lowerAt(ctx, j));
	if (!s || lowerAt(ctx, j + 1) === 'of' || lowerAt(ctx, j + 1) === '-') return null;
	// A season is a time after a preposition: "in the fall", not "prices fall" or "after the
	// fall" (of a city); "spring training" and "summer camp" are kinds of things.
	const prev = lowerAt(ctx, i - 1);
	const cued = SEASON_CUES.has(prev);
	if ((j === i || lowerAt(ctx, j) === 'fall') && !cued) return null;
	const next = ctx.tokens[j + 1];
	if (next?.kind === 'word' && /^[a-z]/.test(next.text) && !SEASON_FOLLOWERS.has(next.lower)) {
		return null;
	}
	if (!ctx.dct) return { start: i, end: j + 1, type: 'DATE', value: `XXXX-${s}` };
	const tense = tenseAround(ctx, i, j + 1);
	// A season a past saying put ahead counts from the saying: "promised in March [2025] that
	// the merger would close by the summer" is that summer.
	const told = tense === 'future' ? toldInSentence(ctx, i) : null;
	if (told?.m !== undefined) {
		const y = SEASON_ORDER.indexOf(s) < seasonIndex(pointAsDate(told)) ? told.y + 1 : told.y;
		return { start: i, end: j + 1, type: 'DATE', value: `${formatYear(y)}-${s}`, point: { y, s } };
	}
	// "A fire destroyed the gymnasium in February [1958], and students held classes in churches
	// until the fall": a past span retold runs to the fall of the story's year, not ahead.
	const retold =
		tense === 'future' && pastUntil(ctx, i, j + 1)
			? (framingYear(ctx, i, 'past') ?? storyTimeAt(ctx, i, 'past')?.y ?? null)
			: null;
	if (retold !== null) {
		const value = `${formatYear(retold)}-${s}`;
		return { start: i, end: j + 1, type: 'DATE', value, point: { y: retold, s } };
	}
	// "Last year, the company sold stores in the fall": the season of the year the sentence opens in.
	const framed = framingYear(ctx, i, tense);
	if (framed !== null) {
		const value = `${formatYear(framed)}-${s}`;
		return { start: i, end: j + 1, type: 'DATE', value, point: { y: framed, s } };
	}
	// A history's "during the summer" is the summer of the year it is telling.
	const story = storyTimeAt(ctx, i, tense);
	if (story) {
		const value = `${formatYear(story.y)}-${s}`;
		return { start: i, end: j + 1, type: 'DATE', value, point: { y: story.y, s } };
	}
	if (s === 'WI') {
		const y = winterYear(ctx.dct, tense === 'past' ? -1 : tense === 'future' ? 1 : 0, true);
		return {
			start: i,
			end: j + 1,
			type: 'DATE',
			value: `${formatYear(y)}-WI`,
			point: { y, s: 'WI' }
		};
	}
	const current = seasonIndex(ctx.dct);
	const target = SEASON_ORDER.indexOf(s);
	let y = ctx.dct.y;
	// (In December, this year's spring, summer and fall are all behind.)
	const december = ctx.dct.m === 12 && s !== 'WI';
	if (tense === 'past' && target > current && !december) y--;
	if (tense === 'future' && target < current) y++;
	return { start: i, end: j + 1, type: 'DATE', value: `${formatYear(y)}-${s}`, point: { y, s } };
}

/** "the winter of 1994", "the summer of 2019". */
export function seasonOfYear(ctx: Context, i: number): Match | null {
	const j = lowerAt(ctx, i) === 'the' ? i + 1 : i;
	const s = SEASONS.get(lowerAt(ctx, j));
	if (!s) return null;
	// "the winter of 1994" or "spring 2020"
	const k = lowerAt(ctx, j + 1) === 'of' ? j + 2 : j + 1;
	const y = readYear(ctx, k) ?? (k > j + 1 ? readSpelledYear(ctx, k) : null);
	if (!y) return null;
	return {
		start: i,
		end: y.end,
		type: 'DATE',
		value: `${formatYear(y.value)}-${s}`,
		point: { y: y.value, s }
	};
}

const SEASON_ORDER = ['WI', 'SP', 'SU', 'FA'];
function seasonIndex(date: Ymd): number {
	// Winter spans the year end; count December with the next year's winter.
	if (date.m === 12) return 0;
	return Math.floor(date.m / 3);
}

/**
 * "that fall", "that same winter": a season of the year the story last told ("indicted that
 * fall", after "in August [2023]"). A winter is named by the year of its December, as the
 * timeline reads "2023-WI" (December 2023 to February 2024) and as "last winter" is valued: told
 * after the fall it is the one that year ends in ("sold in October 2023 … that winter" is
 * 2023-WI), told after a month of a winter's end the one that month closes ("In January 1992 …
 * That winter" is the winter holding January 1992, 1991-WI; it was read as 1992-WI, the winter
 * of 1992-93), and after a month of spring or summer the one ahead ("moved on July 11, 2023. …
 * She swam 70 kilometers a week that winter" is 2023-WI; it was read as the winter before, dev11).
 * Null with no date told before.
 */
export function seasonOfStory(ctx: Context, i: number, end: number, s: string): Match | null {
	const anchor = ctx.anchor;
	if (!anchor) return null;
	const closing = anchor.m !== undefined ? anchor.m <= 3 : anchor.q === 1;
	const y = s === 'WI' && closing ? anchor.y - 1 : anchor.y;
	return { start: i, end, type: 'DATE', value: `${formatYear(y)}-${s}`, point: { y, s } };
}

/** The month a season told without one stands for: its middle (a winter's, its December). */
const SEASON_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 12 };

/**
 * The day "the following spring" or "the previous fall" counts from when the story's last date
 * is a season: its middle month, not January ("That fall [2024], the board approved the
 * purchase. The following spring, …" is spring 2025, not 2024; dev10). Else null.
 */
export function seasonReference(p: Point | null): Ymd | null {
	const m = p?.s !== undefined ? SEASON_MONTH[p.s] : undefined;
	return p && m !== undefined ? { y: p.y, m, d: 15 } : null;
}

export function offsetSeason(
	ctx: Context,
	i: number,
	end: number,
	s: string,
	offset: number,
	ref: Ymd | null
) {
	if (!ref) return { start: i, end, type: 'DATE', value: `XXXX-${s}` } as Match;
	if (s === 'WI') {
		const y = winterYear(ref, offset, false);
		return {
			start: i,
			end,
			type: 'DATE',
			value: `${formatYear(y)}-WI`,
			point: { y, s: 'WI' }
		} as Match;
	}
	const current = seasonIndex(ref);
	const target = SEASON_ORDER.indexOf(s);
	// December is counted in the next year's winter, so "last spring" and "next spring" told
	// then count from that year.
	let y = ref.m === 12 && offset !== 0 ? ref.y + 1 : ref.y;
	if (offset < 0 && target >= current) y--;
	if (offset > 0 && target <= current) y++;
	return { start: i, end, type: 'DATE', value: `${formatYear(y)}-${s}`, point: { y, s } } as Match;
}

/**
 * The year a winter is named by (its December's, as the timeline reads "2026-WI": December
 * 2026 to February 2027), told on a day. In a winter, "this winter" is that one, "last winter"
 * the one before, "next winter" the one after; a bare "the winter" (`tensed`) is that one in any
 * tense. Outside one (March to November), a past winter is the one that ended and any other the
 * coming one: told in March 2026, "next winter" is 2026-WI and "last winter" 2025-WI (they were
 * 2027-WI and 2026-WI, a year late).
 */
function winterYear(ref: Ymd, direction: number, tensed: boolean): number {
	const current = ref.m === 12 ? ref.y : ref.m <= 2 ? ref.y - 1 : null;
	if (current !== null) return tensed ? current : current + Math.sign(direction);
	return direction < 0 ? ref.y - 1 : ref.y;
}
