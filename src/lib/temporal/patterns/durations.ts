/**
 * Durations: "three years", "two-year", "the past two months", "the next few days",
 * "the first nine months", "for years". The preposition ("for") stays outside the span.
 */
import { lowerAt, readQuantity, skipHyphen, type Context, type Match } from '../context';
import { SHORT_UNITS, UNITS, type Unit, table } from '../lexicon';
import { fractionalValue, readFraction } from './fractions';

const LEADS = new Set([
	'past',
	'last',
	'next',
	'first',
	'final',
	'previous',
	'coming',
	'latest',
	'following',
	'remaining',
	'same',
	'initial'
]);

/** Words after a number-unit pair that make it something else (an age, a date, a rate). */
const NOT_AFTER = new Set(['old', 'ago', 'earlier', 'later', 'hence']);

/** Words after which "a year", "a week" is a length of time rather than a rate ("$5 a year"). */
const A_UNIT_CUES = new Set([
	'for',
	'in',
	'within',
	'about',
	'around',
	'nearly',
	'almost',
	'than',
	'least',
	'over',
	'after',
	'before',
	'take',
	'takes',
	'took',
	'taken',
	'spent',
	'last',
	'lasted',
	'only',
	'just',
	'barely',
	'once',
	'half',
	'to',
	'of',
	'and',
	'or',
	'as'
]);

/** Words between a count and its unit: "two more weeks", "10 consecutive days". */
const STRETCH = new Set(['more', 'full', 'straight', 'consecutive', 'additional', 'long']);

/** The TIMEX3 duration value for n units ("X" when the count is vague). */
export function durationValue(n: number | 'X', unit: Unit): string {
	if (n === 'X') {
		const vague: Record<Unit, string> = {
			Y: 'PXY',
			M: 'PXM',
			W: 'PXW',
			D: 'PXD',
			H: 'PTXH',
			MIN: 'PTXM',
			S: 'PTXS',
			Q: 'PXQ',
			// Counted decades are written in years (P20Y), so vague ones are too.
			DE: 'PXY',
			CE: 'PXCE',
			WE: 'PXWE'
		};
		return vague[unit];
	}
	switch (unit) {
		case 'H':
			return `PT${n}H`;
		case 'MIN':
			return `PT${n}M`;
		case 'S':
			return `PT${n}S`;
		case 'DE':
			return `P${n * 10}Y`;
		case 'CE':
			return `P${n * 100}Y`;
		case 'WE':
			return `P${n * 2}D`;
		default:
			return `P${n}${unit}`;
	}
}

/** Vague plural units standing alone after these words: "for years", "in months". */
const BARE_PLURAL_CUES = new Set([
	'for',
	'over',
	'within',
	'in',
	'took',
	'take',
	'takes',
	'lasted',
	'spent'
]);

export function duration(ctx: Context, i: number): Match | null {
	let j = i;
	const hasThe = lowerAt(ctx, j) === 'the';
	if (hasThe) j++;
	let lead = false;
	if (LEADS.has(lowerAt(ctx, j))) {
		lead = true;
		j++;
	}
	const q = readQuantity(ctx, j);
	if (!q) {
		// "coming months" looks ahead without measuring: FUTURE_REF (see refs).
		if (lowerAt(ctx, j - 1) === 'coming') return null;
		// "for years", "the years"
		const unit = UNITS.get(lowerAt(ctx, j));
		const w = lowerAt(ctx, j);
		if (!unit || !w.endsWith('s') || unit === 'S' || unit === 'WE') return null;
		if (!lead && !BARE_PLURAL_CUES.has(lowerAt(ctx, i - 1))) return null;
		if (NOT_AFTER.has(lowerAt(ctx, j + 1))) return null;
		return { start: i, end: j + 1, type: 'DURATION', value: durationValue('X', unit) };
	}
	// "a" alone needs a singular unit and no "the": "a year", not "the a".
	if (hasThe && !lead && (lowerAt(ctx, j) === 'a' || lowerAt(ctx, j) === 'an')) return null;
	let k = q.end;
	const fraction = typeof q.n === 'number' ? readFraction(ctx, k) : null;
	if (fraction) k = fraction.end;
	if (STRETCH.has(lowerAt(ctx, k))) k++;
	const hyphenated = skipHyphen(ctx, k) > k;
	k = skipHyphen(ctx, k);
	const unitWord = lowerAt(ctx, k);
	const unit = UNITS.get(unitWord);
	if (!unit) return null;
	// "CBS's 60 Minutes": a capitalised unit inside a sentence is part of a title.
	const unitToken = ctx.tokens[k]!;
	if (unitToken.text[0] !== unitWord[0] && !unitToken.sentenceStart) return null;
	// "1 second" reads as a unit, "the second" as an ordinal.
	if (unit === 'S' && ctx.tokens[j]?.kind !== 'number' && q.n === 1) return null;
	let end = k + 1;
	const after = lowerAt(ctx, end);
	const signal = (after === 'later' || after === 'earlier') && SHORT_UNITS.has(unit);
	if (NOT_AFTER.has(after) && !signal) return null;
	if ((after === '-' || after === '\u2010') && lowerAt(ctx, end + 1) === 'old') return null;
	// "$5 a year", "four flights a week" are rates; "for a year" is a length of time.
	if ((lowerAt(ctx, j) === 'a' || lowerAt(ctx, j) === 'an') && !hasThe && !lead) {
		if (!A_UNIT_CUES.has(lowerAt(ctx, i - 1)) && !readFraction(ctx, end) && !signal) return null;
	}
	// "three-quarters of its food" is a fraction; "several quarters of losses" is time.
	if (unit === 'Q') {
		const fraction = hyphenated || (lowerAt(ctx, end) === 'of' && q.n !== 'X');
		if (fraction || (!lead && !unitWord.endsWith('s'))) return null;
	}
	// "will one day be": some day in the future.
	if (q.n === 1 && lowerAt(ctx, j) === 'one' && unit === 'D' && !hasThe && !lead) {
		const prev = lowerAt(ctx, i - 1);
		if (['will', 'would', 'could', 'might', 'may', 'can', 'should', 'll'].includes(prev)) {
			return { start: i, end, type: 'DATE', value: 'FUTURE_REF' };
		}
	}
	// A bare number without a unit word in plural is a count of items, so "5 year" needs a hyphen.
	if (
		!hyphenated &&
		typeof q.n === 'number' &&
		q.n !== 1 &&
		!unitWord.endsWith('s') &&
		ctx.tokens[j]?.kind === 'number'
	) {
		return null;
	}
	// "a year and a half"
	const half = fraction ?? (typeof q.n === 'number' ? readFraction(ctx, end) : null);
	if (half && !fraction) end = half.end;
	if (lowerAt(ctx, end) === 'or' && lowerAt(ctx, end + 1) === 'so') end += 2;
	// "the two-year plan": "the" belongs to the noun the adjective qualifies.
	const start = hasThe && !lead && hyphenated ? i + 1 : i;
	let value = durationValue(q.n, unit);
	if (half && typeof q.n === 'number') value = fractionalValue(q.n, unit, half) ?? value;
	const match: Match = { start, end, type: 'DURATION', value };
	if (q.approx) match.mod = 'APPROX';
	return match;
}

/** Words before a duration or an "ago" that qualify it, and the TIMEX3 mod they mean. */
const QUALIFIERS: [
	string[],
	'APPROX' | 'MORE_THAN' | 'LESS_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS'
][] = [
	[['about'], 'APPROX'],
	[['around'], 'APPROX'],
	[['roughly'], 'APPROX'],
	[['approximately'], 'APPROX'],
	[['nearly'], 'EQUAL_OR_LESS'],
	[['almost'], 'LESS_THAN'],
	[['more', 'than'], 'MORE_THAN'],
	[['over'], 'MORE_THAN'],
	[['less', 'than'], 'LESS_THAN'],
	[['at', 'least'], 'EQUAL_OR_MORE'],
	[['up', 'to'], 'EQUAL_OR_LESS'],
	[['no', 'more', 'than'], 'EQUAL_OR_LESS']
];

/** The qualifiers by their first word, in QUALIFIERS' order: this runs at every token. */
const QUALIFIERS_BY_FIRST = new Map<string, (typeof QUALIFIERS)[number][]>();
for (const q of QUALIFIERS) {
	const first = q[0][0]!;
	QUALIFIERS_BY_FIRST.set(first, [...(QUALIFIERS_BY_FIRST.get(first) ?? []), q]);
}

export function readQualifier(ctx: Context, i: number) {
	const candidates = QUALIFIERS_BY_FIRST.get(lowerAt(ctx, i));
	if (!candidates) return null;
	for (const [words, mod] of candidates) {
		let k = 1;
		while (k < words.length && lowerAt(ctx, i + k) === words[k]) k++;
		if (k === words.length) return { mod, end: i + words.length };
	}
	return null;
}

const LONG_WORDS: ReadonlyMap<string, Unit> = table({
	daylong: 'D',
	weeklong: 'W',
	monthlong: 'M',
	yearlong: 'Y'
});

/**
 * "decades-long", "day-long", "weeklong", "years-old" (a slump): adjectives of length, which
 * the gold marks as durations. A plural unit is an unmeasured count ("decades-long" PXY).
 */
export function lengthAdjective(ctx: Context, i: number): Match | null {
	const w = lowerAt(ctx, i);
	const single = LONG_WORDS.get(w);
	if (single) return { start: i, end: i + 1, type: 'DURATION', value: durationValue(1, single) };
	const unit = UNITS.get(w);
	if (!unit || unit === 'WE' || unit === 'S') return null;
	const j = skipHyphen(ctx, i + 1);
	if (j === i + 1) return null;
	const tail = lowerAt(ctx, j);
	const plural = w.endsWith('s');
	// "a 6-year-old" is an age; only an unmeasured "years-old" slump is a length.
	if (tail !== 'long' && !(tail === 'old' && plural)) return null;
	return { start: i, end: j + 1, type: 'DURATION', value: durationValue(plural ? 'X' : 1, unit) };
}

/** The token after a clock's last number, when it writes a fraction of a second: "41.22". */
export function fractionAt(ctx: Context, j: number): string | null {
	const dot = ctx.tokens[j];
	const digits = ctx.tokens[j + 1];
	if (dot?.text !== '.' || dot.spaced || digits?.kind !== 'number' || digits.spaced) return null;
	return /^\d{1,3}$/.test(digits.text) ? digits.text : null;
}

interface Elapsed {
	h: number;
	min: number;
	s: number;
	/** The fraction of a second as written ("22" in "15:41.22"), if any. */
	fraction: string | null;
	end: number;
}

/**
 * "2:08:41", "1:59:40": hours, minutes and seconds with no a.m. or p.m.; "15:41.22",
 * "4:02.50": minutes and seconds to the hundredth (a clock is never told to the hundredth).
 */
function readElapsed(ctx: Context, i: number): Elapsed | null {
	const parts: number[] = [];
	let j = i;
	for (;;) {
		const t = ctx.tokens[j];
		if (!t || t.kind !== 'number' || (j > i && (t.spaced || t.text.length !== 2))) return null;
		parts.push(Number(t.text));
		const colon = ctx.tokens[j + 1];
		if (parts.length === 3 || colon?.text !== ':' || colon.spaced) break;
		j += 2;
	}
	if (ctx.tokens[i]!.text.length > 2) return null;
	const fraction = fractionAt(ctx, j + 1);
	const end = fraction ? j + 3 : j + 1;
	if (parts.length === 3) {
		const [h, min, s] = parts as [number, number, number];
		return min < 60 && s < 60 ? { h, min, s, fraction, end } : null;
	}
	if (parts.length !== 2 || !fraction) return null;
	const [min, s] = parts as [number, number];
	return s < 60 ? { h: 0, min, s, fraction, end } : null;
}

/**
 * A race or a record's time ("won in 2:08:41", "clocked 1:59:40", "in 15:41.22") is a length,
 * not a time of day: a clock written to the second without a.m. or p.m. is one only after "at".
 */
export function elapsedTime(ctx: Context, i: number): Match | null {
	const elapsed = readElapsed(ctx, i);
	if (!elapsed || lowerAt(ctx, i - 1) === 'at') return null;
	const { h, min, s, fraction, end } = elapsed;
	const next = ctx.tokens[end];
	if (next && !next.spaced && (next.text === ':' || next.text === '.')) {
		if (ctx.tokens[end + 1]?.kind === 'number') return null;
	}
	const seconds = fraction ? `${s}.${fraction}` : `${s}`;
	const value = `PT${h ? `${h}H` : ''}${min ? `${min}M` : ''}${s || fraction || (!h && !min) ? `${seconds}S` : ''}`;
	return { start: i, end, type: 'DURATION', value };
}
