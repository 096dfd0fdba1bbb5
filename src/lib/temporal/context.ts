/**
 * What every pattern sees: the tokens, the document creation time, and the narrative anchor
 * (the last date the text mentioned), plus the small token tests patterns are built from.
 */
import type { TimexMod, TimexType } from '../timeline/types';
import type { Ymd } from './calendar';
import { NUMBER_WORDS } from './lexicon';
import type { Genre, StoryTime } from './story';
import type { Token } from './tokens';

/** A date as precise as the text stated it: a year, a month, a quarter or a day. */
export interface Point {
	y: number;
	m?: number;
	d?: number;
	q?: number;
	/** A season of `y` ("SP", "FA"; "WI" is the winter of December `y`), told without a month. */
	s?: string;
}

export interface Context {
	tokens: Token[];
	/** Document creation time; null when unknown, and then relative values stay unresolved. */
	dct: Ymd | null;
	/** The last explicit date mentioned; "that year" and "the previous day" count from it. */
	anchor: Point | null;
	/**
	 * A report's day told earlier in the sentence of a coarser anchor, the time of that
	 * sentence's happening: in "won on Saturday, beating the record set in 2019. The next day,
	 * …" the record's year is the anchor, Saturday the day "the next day" counts from.
	 */
	sentenceDay?: Point | null;
	/** The anchor with where and how it was told: what "in March" may continue (story.ts). */
	story: StoryTime | null;
	/** Whether the text is a report told around its publication or a history told in its own time. */
	genre: Genre;
	/** The last quarter mentioned and where: an earnings report's "a year ago" is its quarter. */
	quarter: (Point & { q: number; at: number }) | null;
	/** 1 for each token inside a quotation (tokens.ts, quotedTokens). */
	quoted: Uint8Array;
	/** The day and place of the last evening clock time told ("at 10:52 p.m."), for the night's small hours. */
	evening?: { day: string; at: number } | null;
	/**
	 * Where the expression being read began, while a pattern reads a date inside it: the date of
	 * "6:12 p.m. on Jan. 9" takes its tense from the verb before the clock, not from the clock.
	 */
	outerStart?: number;
}

/** How many tokens a quarter stays the report's subject after it was last named. */
const QUARTER_REACH = 200;

/** The quarter a business story is reporting on at token i, if it named one lately. */
export function reportingQuarter(ctx: Context, i: number): (Point & { q: number }) | null {
	const q = ctx.quarter;
	return q && i - q.at <= QUARTER_REACH ? q : null;
}

/** A pattern's find: tokens [start, end) and the TIMEX3 it denotes. */
export interface Match {
	start: number;
	end: number;
	type: TimexType;
	value: string;
	mod?: TimexMod;
	/** The date this mention establishes, for later anaphora. */
	point?: Point;
}

/** A pattern tries to read an expression beginning at token i. */
export type Pattern = (ctx: Context, i: number) => Match | null;

export function lowerAt(ctx: Context, i: number): string {
	return ctx.tokens[i]?.lower ?? '';
}

/** True when token i is joined to i-1 with no space (as in "third-quarter", "1990s"). */
export function joined(ctx: Context, i: number): boolean {
	const t = ctx.tokens[i];
	return t !== undefined && !t.spaced;
}

export function isHyphen(ctx: Context, i: number): boolean {
	const t = ctx.tokens[i];
	return t !== undefined && (t.text === '-' || t.text === '\u2010' || t.text === '\u2011');
}

/** Skips an optional hyphen that joins two words ("mid-March", "two-year"). */
export function skipHyphen(ctx: Context, i: number): number {
	return isHyphen(ctx, i) && joined(ctx, i) && joined(ctx, i + 1) ? i + 1 : i;
}

/** A number of units: digits, words ("twenty-four"), or X for "several", "a few". */
export interface Quantity {
	n: number | 'X';
	end: number;
	/** "a couple of", "about": the count is an estimate. */
	approx?: boolean;
}

export function readQuantity(ctx: Context, i: number): Quantity | null {
	const t = ctx.tokens[i];
	if (!t) return null;
	if (t.kind === 'number') {
		// "5,000": the tail of a larger number is no count of its own.
		const prev = ctx.tokens[i - 1];
		if (!t.spaced && prev && (prev.text === ',' || prev.text === '.') && !prev.spaced) return null;
		// "1,000" and "2.5" are not small counts of calendar units.
		const next = ctx.tokens[i + 1];
		if (next && !next.spaced && (next.text === ',' || next.text === '.')) {
			const after = ctx.tokens[i + 2];
			if (after && after.kind === 'number' && !after.spaced) return null;
		}
		if (t.text.length > 4) return null;
		return { n: Number(t.text), end: i + 1 };
	}
	const w = t.lower;
	if (w === 'a' || w === 'an' || w === 'one') {
		if (lowerAt(ctx, i + 1) === 'couple' && lowerAt(ctx, i + 2) === 'of') {
			return { n: 2, end: i + 3, approx: true };
		}
		if (lowerAt(ctx, i + 1) === 'few') return { n: 'X', end: i + 2 };
		if (w === 'one') return { n: 1, end: i + 1 };
		return { n: 1, end: i + 1 };
	}
	if (w === 'several' || w === 'few' || w === 'many' || w === 'some') return { n: 'X', end: i + 1 };
	if (w === 'couple' && lowerAt(ctx, i + 1) === 'of') return { n: 2, end: i + 2, approx: true };
	const base = NUMBER_WORDS.get(w);
	if (base === undefined) return null;
	let n = base;
	let end = i + 1;
	if (base >= 20 && base < 100 && base % 10 === 0) {
		const j = skipHyphen(ctx, end);
		const unit = NUMBER_WORDS.get(lowerAt(ctx, j));
		if (unit !== undefined && unit > 0 && unit < 10) {
			n += unit;
			end = j + 1;
		}
	}
	return { n, end };
}
