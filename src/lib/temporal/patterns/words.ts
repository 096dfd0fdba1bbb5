/** Token readers shared by the patterns: months, days of the month, years, ordinals. */
import { lowerAt, skipHyphen, type Context } from '../context';
import { readEraYear } from './era-years';
import {
	AMBIGUOUS_MONTHS,
	MONTHS,
	NUMBER_WORDS,
	ORDINAL_SUFFIXES,
	ORDINAL_WORDS,
	WEEKDAYS
} from '../lexicon';

export interface Read<T> {
	value: T;
	end: number;
}

const isCapitalised = (text: string) => text[0] !== undefined && text[0] >= 'A' && text[0] <= 'Z';

/** Skips the full stop of an abbreviation ("Sept.", "a.m."). */
export function skipDot(ctx: Context, i: number): number {
	const t = ctx.tokens[i];
	return t && t.text === '.' && !t.spaced ? i + 1 : i;
}

/**
 * A month name. `strict` asks for a capital letter on words that are also common words
 * ("may", "march"); the caller decides how much context that needs.
 */
export function readMonth(
	ctx: Context,
	i: number
): (Read<number> & { ambiguous: boolean; undotted: boolean }) | null {
	const t = ctx.tokens[i];
	if (!t || t.kind !== 'word') return null;
	const m = MONTHS.get(t.lower);
	if (m === undefined || !isCapitalised(t.text)) return null;
	const abbreviated =
		t.lower.length <= 4 && t.lower !== 'june' && t.lower !== 'july' && t.lower !== 'may';
	// "Jun" or "Sept" without a dot is fine, "MAR." too; all-caps words stay ambiguous.
	const end = abbreviated ? skipDot(ctx, i + 1) : i + 1;
	// "Jan" without its dot is as often a first name ("Jan Kavan").
	const undotted = abbreviated && end === i + 1;
	return { value: m, end, undotted, ambiguous: AMBIGUOUS_MONTHS.has(t.lower) };
}

export function readWeekday(ctx: Context, i: number): Read<number> | null {
	const t = ctx.tokens[i];
	if (!t || t.kind !== 'word' || !isCapitalised(t.text)) return null;
	const d = WEEKDAYS.get(t.lower);
	if (d === undefined) return null;
	if (indefinite(ctx, i)) return null;
	if (t.lower.length > 3 && t.lower.length < 6 && t.lower !== 'tues' && t.lower !== 'thurs') {
		return null;
	}
	// "Sun", "Sat", "Wed" are names and words; as weekdays they come with a dot.
	const short = t.lower.length <= 5;
	const end = short ? skipDot(ctx, i + 1) : i + 1;
	if (short && end === i + 1) return null;
	// "the Sunday Times", "Monday Night Football": a weekday in a title is no date.
	const next = ctx.tokens[end];
	if (next && TITLE_WORDS.has(next.lower) && isCapitalised(next.text)) return null;
	return { value: d, end };
}

/**
 * "on a Sunday afternoon in March 2007", "one Friday in June": some such day, not the one
 * nearest the page's date (the month or year after it, if any, is the date). "a" only after
 * "on": in "attended a Sunday night memorial" it is the memorial's, the Sunday a real one.
 */
function indefinite(ctx: Context, i: number): boolean {
	const before = ctx.tokens[i - 1]?.lower;
	return before === 'one' || (before === 'a' && ctx.tokens[i - 2]?.lower === 'on');
}

/** Capitalised words that make a weekday part of a name: papers, shows, events. */
const TITLE_WORDS = new Set([
	'times',
	'telegraph',
	'mail',
	'post',
	'express',
	'herald',
	'mirror',
	'tribune',
	'independent',
	'night',
	'morning',
	'school',
	'league',
	'football',
	'service'
]);

/** A day of the month: "30", "30th", "thirtieth", "twenty-first". */
export function readDayOfMonth(ctx: Context, i: number): Read<number> | null {
	const t = ctx.tokens[i];
	if (!t) return null;
	if (t.kind === 'number') {
		if (t.text.length > 2) return null;
		const d = Number(t.text);
		if (d < 1 || d > 31) return null;
		const suffix = ctx.tokens[i + 1];
		const end = suffix && !suffix.spaced && ORDINAL_SUFFIXES.has(suffix.lower) ? i + 2 : i + 1;
		// "30.5" is a number, not a day.
		const next = ctx.tokens[end];
		if (next && !next.spaced && (next.text === '.' || next.text === ',' || next.text === ':')) {
			const after = ctx.tokens[end + 1];
			if (after && !after.spaced && after.kind === 'number') return null;
		}
		return { value: d, end };
	}
	return readOrdinalWord(ctx, i);
}

/** "first" .. "thirty-first". */
export function readOrdinalWord(ctx: Context, i: number): Read<number> | null {
	const w = lowerAt(ctx, i);
	const direct = ORDINAL_WORDS.get(w);
	if (direct !== undefined) return { value: direct, end: i + 1 };
	const tens = NUMBER_WORDS.get(w);
	if (tens === 20 || tens === 30) {
		const j = skipHyphen(ctx, i + 1);
		const unit = ORDINAL_WORDS.get(lowerAt(ctx, j));
		if (unit !== undefined && unit < 10) return { value: tens + unit, end: j + 1 };
	}
	return null;
}

/** A numeral ordinal or word ordinal: "19th", "nineteenth". */
export function readOrdinal(ctx: Context, i: number): Read<number> | null {
	const t = ctx.tokens[i];
	if (t?.kind === 'number') {
		const suffix = ctx.tokens[i + 1];
		if (suffix && !suffix.spaced && ORDINAL_SUFFIXES.has(suffix.lower)) {
			return { value: Number(t.text), end: i + 2 };
		}
		return null;
	}
	return readOrdinalWord(ctx, i);
}

/**
 * A year with its era ("44 BC" is -43, astronomical), or a four-digit year that reads as one
 * (1000-2199), not part of "1,990" or "2019.5".
 */
export function readYear(ctx: Context, i: number): Read<number> | null {
	const era = readEraYear(ctx, i);
	if (era) return era;
	const t = ctx.tokens[i];
	if (!t || t.kind !== 'number' || t.text.length !== 4) return null;
	const y = Number(t.text);
	if (y < 1000 || y > 2199) return null;
	const prev = ctx.tokens[i - 1];
	if (prev && !t.spaced && (prev.text === '$' || prev.text === ',' || prev.text === '.')) {
		return null;
	}
	if (prev && (prev.text === '$' || prev.lower === 'no' || prev.text === '#')) return null;
	const next = ctx.tokens[i + 1];
	if (next && !next.spaced) {
		if (next.text === '%') return null;
		if (next.text === '.' || next.text === ',' || next.text === ':') {
			const after = ctx.tokens[i + 2];
			if (after && !after.spaced && after.kind === 'number') return null;
		}
	}
	return { value: y, end: i + 1 };
}

/** "nineteen ninety-six", "two thousand", "two thousand and one". */
export function readSpelledYear(ctx: Context, i: number): Read<number> | null {
	const first = NUMBER_WORDS.get(lowerAt(ctx, i));
	if (first === undefined) return null;
	if (first === 2 && lowerAt(ctx, i + 1) === 'thousand') {
		let end = i + 2;
		if (lowerAt(ctx, end) === 'and') end++;
		const rest = NUMBER_WORDS.get(lowerAt(ctx, end));
		if (rest !== undefined && rest > 0 && rest < 20) return { value: 2000 + rest, end: end + 1 };
		return { value: 2000, end: i + 2 };
	}
	if (first < 11 || first > 20) return null;
	const tens = NUMBER_WORDS.get(lowerAt(ctx, i + 1));
	if (tens === undefined || tens < 20 || tens > 90 || tens % 10 !== 0) return null;
	let end = i + 2;
	let y = first * 100 + tens;
	const j = skipHyphen(ctx, end);
	const unit = NUMBER_WORDS.get(lowerAt(ctx, j));
	if (unit !== undefined && unit > 0 && unit < 10) {
		y += unit;
		end = j + 1;
	}
	return { value: y, end };
}

/** A two-digit year after an apostrophe: "'98" is 1998, "'05" 2005. */
export function readShortYear(ctx: Context, i: number): Read<number> | null {
	const t = ctx.tokens[i];
	const n = ctx.tokens[i + 1];
	if (!t || !n || (t.text !== "'" && t.text !== '\u2019') || n.spaced || n.kind !== 'number') {
		return null;
	}
	if (n.text.length !== 2) return null;
	const yy = Number(n.text);
	return { value: yy < 40 ? 2000 + yy : 1900 + yy, end: i + 2 };
}
