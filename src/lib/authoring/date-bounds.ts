import type { TimexMod } from '../timeline/types';

/**
 * Words before a date that bound it rather than place it: a plan due "before 2031", a treaty
 * signed "by mid-1993". TIMEX3 says them with a modifier on the date (ISO-TimeML's BEFORE,
 * ON_OR_BEFORE, AFTER, ON_OR_AFTER), which is what Dateline stores; each row is one way of
 * saying one of them, with the example that asked for it.
 */
export interface Bound {
	words: RegExp;
	mod: Extract<TimexMod, 'BEFORE' | 'ON_OR_BEFORE' | 'AFTER' | 'ON_OR_AFTER'>;
	/** How the reading line says it: "on or before 2031". */
	says: string;
	/** How the field writes it back, in words the row reads: "by 2031". */
	writes: string;
	example: string;
}

export const BOUNDS: readonly Bound[] = [
	{
		words: /^(?:before|prior to|earlier than)\s+/i,
		mod: 'BEFORE',
		says: 'before',
		writes: 'before',
		example: 'before 2031'
	},
	{
		words: /^(?:by|no later than|not later than|on or before|by the latest)\s+/i,
		mod: 'ON_OR_BEFORE',
		says: 'on or before',
		writes: 'by',
		example: 'by mid-1993'
	},
	{
		words: /^(?:after|later than)\s+/i,
		mod: 'AFTER',
		says: 'after',
		writes: 'after',
		example: 'after 1990'
	},
	{
		words: /^(?:no earlier than|not earlier than|on or after|not before)\s+/i,
		mod: 'ON_OR_AFTER',
		says: 'on or after',
		writes: 'no earlier than',
		example: 'no earlier than 2031'
	}
];

/** The bound a typed date opens with, and the date after it. */
export function readBound(text: string): { bound: Bound; rest: string } | null {
	for (const bound of BOUNDS) {
		const m = bound.words.exec(text);
		if (m) return { bound, rest: text.slice(m[0].length).trim() };
	}
	return null;
}

/**
 * A bound on a date that already has a part ("by mid-1993", "after late 2020"): TIMEX3 gives a
 * date one modifier, so the pair is written as the one bound on a plain date it equals, or
 * refused. The middle of a year is where its halves meet, so "by mid-1993" is on or before the
 * first half of 1993 and "after mid-1993" after it; "by late 1993" ends when 1993 does, so it
 * is "by 1993"; "from early 1993" ("on or after") starts when 1993 does.
 */
export function boundOnPart(
	mod: Bound['mod'],
	part: TimexMod,
	value: string
): { value: string; mod: Bound['mod'] } | null {
	const year = /^(?:BC)?\d{4}$/.test(value);
	if (part === 'MID' && year) {
		const half = mod === 'ON_OR_BEFORE' || mod === 'AFTER' ? 'H1' : 'H2';
		return { value: `${value}-${half}`, mod };
	}
	if (part === 'END' && (mod === 'ON_OR_BEFORE' || mod === 'AFTER')) return { value, mod };
	if (part === 'START' && (mod === 'BEFORE' || mod === 'ON_OR_AFTER')) return { value, mod };
	return null;
}
