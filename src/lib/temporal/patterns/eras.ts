/**
 * Deep time: years of either era ("44 BC", "300 BCE", "AD 79", "79 CE"), the first year of a
 * BC range ("499–493 BC" is 499 BC too), decades ("the 470s BC"), millennia ("the second
 * millennium BC"), "circa" ("c. 500 BC"), and a bare year told inside a BC story ("in 480").
 * Values are TIMEX3 as TIMEX2 and the WikiWars gold write them (calendar.ts): BC0044, BC047.
 * Era words are English capitals only: lower-case "ad" is an advert.
 */
import { formatYear, pad } from '../calendar';
import { lowerAt, skipHyphen, type Context, type Match, type Pattern } from '../context';
import { isCapitalised, readEra, readNumber } from './era-years';
import { readOrdinal } from './words';

/** Words before a year that make "c. 500 BC" approximate; "c" and "ca" need their dot. */
const CIRCA: string[][] = [
	['circa'],
	['c', '.'],
	['ca', '.'],
	['about'],
	['around'],
	['roughly'],
	['approximately']
];

/** Prepositions that make a bare number inside a BC story its year ("in 480", "of 496"). */
const YEAR_PREPOSITIONS = new Set([
	'in',
	'of',
	'by',
	'from',
	'until',
	'till',
	'since',
	'after',
	'before',
	'during',
	'around'
]);

/** How far from the story's BC year a bare number may be and still read as a year. */
const STORY_REACH = 50;

/** "the 470s BC" (479–470 BC), "the 40s AD". Decades without an era are `decade`'s. */
export function eraDecade(ctx: Context, i: number): Match | null {
	const j = lowerAt(ctx, i) === 'the' ? i + 1 : i;
	const n = readNumber(ctx, j);
	if (n === null || n % 10 !== 0) return null;
	let k = j + 1;
	if ((lowerAt(ctx, k) === "'" || lowerAt(ctx, k) === '\u2019') && !ctx.tokens[k]!.spaced) k++;
	if (lowerAt(ctx, k) !== 's' || ctx.tokens[k]!.spaced) return null;
	const era = readEra(ctx, k + 1);
	if (!era) return null;
	const value = `${era.value === 'BC' ? 'BC' : ''}${pad(n / 10, 3)}`;
	return { start: i, end: era.end, type: 'DATE', value };
}

/** "the second millennium BC" is BC1 (2000–1001 BC); "the third millennium" is 2. */
export function millennium(ctx: Context, i: number): Match | null {
	const j = lowerAt(ctx, i) === 'the' ? i + 1 : i;
	const ord = readOrdinal(ctx, j);
	if (!ord || ord.value < 1 || ord.value > 10) return null;
	const k = skipHyphen(ctx, ord.end);
	if (lowerAt(ctx, k) !== 'millennium') return null;
	const era = readEra(ctx, k + 1);
	if (era?.value === 'BC') {
		return { start: i, end: era.end, type: 'DATE', value: `BC${ord.value - 1}` };
	}
	if (ord.value > 3) return null;
	return { start: i, end: era ? era.end : k + 1, type: 'DATE', value: String(ord.value - 1) };
}

/**
 * A bare number inside a story told before the era is one of its years: "in 480" after
 * "481 BC" is 480 BC. Only after a preposition, near the story's year, and not counting a noun
 * ("in 300 ships").
 */
export function storyYear(ctx: Context, i: number): Match | null {
	const a = ctx.anchor;
	if (!a || a.y > 0 || !YEAR_PREPOSITIONS.has(lowerAt(ctx, i - 1))) return null;
	const n = readNumber(ctx, i);
	if (n === null || Math.abs(1 - n - a.y) > STORY_REACH) return null;
	const next = ctx.tokens[i + 1];
	if (next?.kind === 'word' && !isCapitalised(next.text)) return null;
	if (next?.kind === 'number') return null;
	const y = 1 - n;
	return { start: i, end: i + 1, type: 'DATE', value: formatYear(y), point: { y } };
}

const CIRCA_STARTS = new Set(CIRCA.map((words) => words[0]!));

function readCirca(ctx: Context, i: number): number | null {
	if (!CIRCA_STARTS.has(lowerAt(ctx, i))) return null;
	for (const words of CIRCA) {
		if (words.every((w, k) => lowerAt(ctx, i + k) === w)) return i + words.length;
	}
	return null;
}

/**
 * "c. 500 BC", "circa 1850", "about 300 BCE": approximate years, decades and centuries.
 * "About" and its like qualify only a year written with its era; "about 2016" stays a year.
 */
export function makeCirca(inner: Pattern[]): Pattern {
	return (ctx, i) => {
		const j = readCirca(ctx, i);
		if (j === null) return null;
		const strict = lowerAt(ctx, i) === 'circa' || lowerAt(ctx, i + 1) === '.';
		// "c." is an initial when capitalised ("John C. 1999" is no date).
		if (ctx.tokens[i]!.text === 'C') return null;
		let best: Match | null = null;
		for (const p of inner) {
			const m = p(ctx, j);
			if (m && m.start === j && !m.mod && (!best || m.end > best.end)) best = m;
		}
		if (!best || best.type !== 'DATE') return null;
		if (!strict && !readEraAt(ctx, best)) return null;
		return { ...best, start: i, mod: 'APPROX' };
	};
}

/** Whether a match was written with an era word. */
function readEraAt(ctx: Context, m: Match): boolean {
	for (let k = m.start; k < m.end; k++) if (readEra(ctx, k)) return true;
	return false;
}
