/**
 * Fractions of a unit in durations: "5 1/2 hours", "2½ years", "two and a half weeks". TIMEX3
 * values have no fractions of a unit, so the fraction goes into the next smaller unit
 * (PT5H30M, P2Y6M), as the TimeML guidelines and the TimeBank/AQUAINT gold write them.
 */
import { isHyphen, joined, lowerAt, type Context } from '../context';
import type { Unit } from '../lexicon';

export interface Fraction {
	/** Numerator over denominator, e.g. 1/2. */
	num: number;
	den: number;
	/** The token after the fraction. */
	end: number;
}

const GLYPHS: Record<string, [number, number]> = { '½': [1, 2], '¼': [1, 4], '¾': [3, 4] };

/** A fraction right after a count: "1/2", "½", "3/4", "and a half". */
export function readFraction(ctx: Context, i: number): Fraction | null {
	const t = ctx.tokens[i];
	if (!t) return null;
	const glyph = GLYPHS[t.text];
	if (glyph) return { num: glyph[0], den: glyph[1], end: i + 1 };
	if (t.kind === 'number' && t.spaced && t.text.length === 1) {
		const slash = ctx.tokens[i + 1];
		const den = ctx.tokens[i + 2];
		if (slash?.text !== '/' || !joined(ctx, i + 1) || !joined(ctx, i + 2)) return null;
		if (den?.kind !== 'number' || den.text.length !== 1) return null;
		const num = Number(t.text);
		const d = Number(den.text);
		if (num < 1 || num >= d) return null;
		return { num, den: d, end: i + 3 };
	}
	// "and a half-day bonus" qualifies the next noun.
	if (t.lower === 'and' && lowerAt(ctx, i + 1) === 'a' && !isHyphen(ctx, i + 3)) {
		const w = lowerAt(ctx, i + 2);
		if (w === 'half') return { num: 1, den: 2, end: i + 3 };
		if (w === 'quarter') return { num: 1, den: 4, end: i + 3 };
	}
	return null;
}

/** How many of the next smaller unit one unit holds, and that unit's letter. */
const SMALLER: Partial<Record<Unit, [number, string, boolean]>> = {
	Y: [12, 'M', false],
	M: [30, 'D', false],
	D: [24, 'H', true],
	H: [60, 'M', true],
	MIN: [60, 'S', true]
};

/**
 * The value of n whole units plus a fraction of one, or null when the fraction does not come
 * out in whole smaller units (a third of a week), so the caller can fall back to whole units.
 */
export function fractionalValue(n: number, unit: Unit, f: Fraction): string | null {
	if (unit === 'DE' || unit === 'CE') {
		const years = (unit === 'DE' ? 10 : 100) * (n + f.num / f.den);
		return Number.isInteger(years) ? `P${years}Y` : null;
	}
	if (unit === 'W') {
		const days = 7 * (n + f.num / f.den);
		return Number.isInteger(days) ? `P${days}D` : null;
	}
	const smaller = SMALLER[unit];
	if (!smaller) return null;
	const [per, letter, time] = smaller;
	const part = (per * f.num) / f.den;
	if (!Number.isInteger(part)) return null;
	const big = unit === 'MIN' ? 'M' : unit;
	if (unit === 'D') return `P${n ? `${n}D` : ''}T${part}H`;
	const whole = n ? `${n}${big}` : '';
	return time ? `PT${whole}${part}${letter}` : `P${whole}${part}${letter}`;
}
