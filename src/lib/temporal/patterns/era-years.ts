/**
 * Reading a year with its era: "44 BC", "300 BCE", "AD 79", "79 CE", and the first year of a
 * range that names its era once ("499–493 BC"). Every year reader tries this first (words.ts),
 * so a date, a season or a month of a BC year reads the same way as a modern one.
 */
import { lowerAt, type Context } from '../context';
import type { Read } from './words';

export type Era = 'BC' | 'AD';

/** Era words token by token ("B.C." is B . C and an optional last dot), longest first. */
const ERA_WORDS: [string[], Era][] = [
	[['B', '.', 'C', '.', 'E'], 'BC'],
	[['B', '.', 'C'], 'BC'],
	[['BCE'], 'BC'],
	[['BC'], 'BC'],
	[['A', '.', 'D'], 'AD'],
	[['C', '.', 'E'], 'AD'],
	[['AD'], 'AD'],
	[['CE'], 'AD']
];

/** Words that join the two years of a range ("499–493 BC", "from 510 to 490 BC"). */
const RANGE_JOINS = new Set(['-', '\u2013', '\u2014', 'to', 'and']);

/** Words a year written "79 AD" follows: a year, not a count of adverts, comes after them. */
const ERA_LEADS = new Set(
	'in of by from to until till since after before around about circa c ca and or between during year'.split(
		' '
	)
);

/** The words an era can start with, to reject every other token at once. */
const ERA_STARTS = new Set(ERA_WORDS.map(([words]) => words[0]!));

export function readEra(ctx: Context, i: number): Read<Era> | null {
	if (!ERA_STARTS.has(ctx.tokens[i]?.text ?? '')) return null;
	for (const [words, era] of ERA_WORDS) {
		const all = words.every((w, k) => {
			const t = ctx.tokens[i + k];
			return t?.text === w && (k === 0 || !t.spaced);
		});
		if (!all) continue;
		const end = i + words.length;
		// The last dot of "B.C." is part of the era word, as TimeBank marks it.
		const dot = ctx.tokens[end];
		const dotted = words.length > 1 && dot?.text === '.' && !dot.spaced;
		return { value: era, end: dotted ? end + 1 : end };
	}
	return null;
}

/** A number of one to four digits standing alone (not "5,000", "2.5" or "$300"). */
export function readNumber(ctx: Context, i: number): number | null {
	const t = ctx.tokens[i];
	if (!t || t.kind !== 'number' || t.text.length > 4 || t.text[0] === '0') return null;
	const prev = ctx.tokens[i - 1];
	if (prev && (prev.text === '$' || prev.text === '#')) return null;
	if (prev && !t.spaced && (prev.text === ',' || prev.text === '.')) return null;
	const next = ctx.tokens[i + 1];
	if (next && !next.spaced) {
		if (next.text === '%') return null;
		const after = ctx.tokens[i + 2];
		if ((next.text === ',' || next.text === '.') && after?.kind === 'number' && !after.spaced) {
			return null;
		}
	}
	return Number(t.text);
}

const astronomical = (n: number, era: Era) => (era === 'BC' ? 1 - n : n);
export const isCapitalised = (text: string | undefined) => !!text && /^\p{Lu}/u.test(text);

/**
 * A year with its era, as an astronomical year: "44 BC" → -43, "AD 79" and "79 CE" → 79,
 * and "499" in "499–493 BC" → -498. Years without an era word are `readYear`'s.
 */
export function readEraYear(ctx: Context, i: number): (Read<number> & { era: Era }) | null {
	const t = ctx.tokens[i];
	if (t?.kind === 'word') {
		// "AD 79" and "A.D. 79"; "CE 79" and "BC 44" are not how English writes them.
		if (t.text !== 'AD' && t.text !== 'A') return null;
		const before = readEra(ctx, i);
		const n = before?.value === 'AD' ? readNumber(ctx, before.end) : null;
		return n !== null ? { value: n, end: before!.end + 1, era: 'AD' } : null;
	}
	if (t?.kind !== 'number') return null;
	const n = readNumber(ctx, i);
	if (n === null) return null;
	const era = readEra(ctx, i + 1);
	if (era) {
		// "In 2019 BC Hydro raised rates": British Columbia, not a year before the era.
		const name = ctx.tokens[era.end];
		const province =
			ctx.tokens[i + 1]!.text === 'BC' &&
			n >= 1800 &&
			isCapitalised(name?.text) &&
			!name?.sentenceStart;
		if (province) return null;
		// "paid 300 AD agencies": after a verb an undotted "AD" counts adverts.
		const prev = ctx.tokens[i - 1];
		const undotted = era.end === i + 2;
		if (undotted && era.value === 'AD' && prev?.kind === 'word' && !ERA_LEADS.has(prev.lower)) {
			return null;
		}
		return { value: astronomical(n, era.value), end: era.end, era: era.value };
	}
	// The first year of a range takes the era of the second: BC years count down.
	if (!RANGE_JOINS.has(lowerAt(ctx, i + 1))) return null;
	const m = readNumber(ctx, i + 2);
	const second = m !== null ? readEra(ctx, i + 3) : null;
	if (m === null || !second) return null;
	const ordered = second.value === 'BC' ? n > m : n < m;
	return ordered ? { value: astronomical(n, second.value), end: i + 1, era: second.value } : null;
}
