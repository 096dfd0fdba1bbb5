/**
 * Financial periods as business news writes them: "the third quarter", "third-quarter",
 * "fiscal 1998's third quarter", "the fourth quarter of 1990", "the latest quarter",
 * "the year-ago quarter", "the first half".
 */
import { formatYear, quarterOf } from '../calendar';
import { lowerAt, reportingQuarter, skipHyphen, type Context, type Match } from '../context';
import { shift, yearForQuarter } from '../normalise';
import { isGamePeriod } from '../game-periods';
import { tenseAround } from '../tense';
import { readOrdinal, readYear } from './words';

interface YearSpec {
	/** An explicit year, or a shift from the publication year, or a year before the anchor. */
	y?: number;
	offset?: number;
	yearAgo?: boolean;
	end: number;
}

/** The end of a possessive "'s" at token k, else k. (Not a closure: this runs at every token.) */
function possessive(ctx: Context, k: number): number {
	return (lowerAt(ctx, k) === "'" || lowerAt(ctx, k) === '\u2019') && lowerAt(ctx, k + 1) === 's'
		? k + 2
		: k;
}

/** "1998", "1998's", "fiscal 1998's", "this year's", "last year's", "year-earlier", "year-ago". */
function readYearSpec(ctx: Context, i: number): YearSpec | null {
	let j = i;
	if (lowerAt(ctx, j) === 'fiscal') j++;
	const year = readYear(ctx, j);
	if (year) return { y: year.value, end: possessive(ctx, year.end) };
	const w = lowerAt(ctx, j);
	const offset = w === 'this' ? 0 : w === 'last' ? -1 : w === 'next' ? 1 : undefined;
	if (offset !== undefined && lowerAt(ctx, j + 1) === 'year') {
		const end = possessive(ctx, j + 2);
		if (end > j + 2) return { offset, end };
	}
	if (w === 'year') {
		const k = skipHyphen(ctx, j + 1);
		if (lowerAt(ctx, k) === 'earlier' || lowerAt(ctx, k) === 'ago')
			return { yearAgo: true, end: k + 1 };
	}
	return null;
}

/** "of 1990", "of fiscal 1990", "of this year", "of last year". */
function readOfYear(ctx: Context, i: number): YearSpec | null {
	if (lowerAt(ctx, i) !== 'of') return null;
	let j = i + 1;
	if (lowerAt(ctx, j) === 'fiscal') j++;
	const year = readYear(ctx, j);
	if (year) return { y: year.value, end: year.end };
	const w = lowerAt(ctx, j);
	const offset = w === 'this' ? 0 : w === 'last' ? -1 : w === 'next' ? 1 : undefined;
	if (offset !== undefined && lowerAt(ctx, j + 1) === 'year') return { offset, end: j + 2 };
	// "the first half of the year": the year being reported, the publication year.
	if (w === 'the' && lowerAt(ctx, j + 1) === 'year') return { offset: 0, end: j + 2 };
	return null;
}

/** Definite determiners before a quarter: "the quarter", "its fourth quarter" ("a quarter" is a fraction). */
const DEFINITE = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
const LATEST = new Set(['latest', 'current', 'recent', 'most', 'past', 'last', 'previous']);

/** Words after a quarter that name its results, which are only known once it has ended. */
const RESULTS = new Set([
	'results',
	'earnings',
	'profit',
	'profits',
	'loss',
	'losses',
	'revenue',
	'revenues',
	'sales',
	'net',
	'income',
	'figures',
	'numbers'
]);

/**
 * "will report fourth-quarter results in February": results are of a quarter already over,
 * whatever the verb says of the report.
 */
function quarterTense(ctx: Context, start: number, end: number) {
	return RESULTS.has(lowerAt(ctx, end)) ? 'past' : tenseAround(ctx, start, end);
}

/** A quarter's result told in the past: "fourth-quarter profit fell", not "expects … profit". */
function resultTold(ctx: Context, start: number, end: number): boolean {
	return RESULTS.has(lowerAt(ctx, end)) && tenseAround(ctx, start, end) === 'past';
}

/** How near (in tokens) a past year must have been told to be a bare quarter's year. */
const STORY_REACH = 60;

/** The earlier year the story told just before token i, in its paragraph, else null. */
function pastYearTold(ctx: Context, i: number): number | null {
	const story = ctx.story;
	if (!story || !ctx.dct || story.point.y >= ctx.dct.y || i - story.at > STORY_REACH) return null;
	return ctx.tokens[i]?.paragraph === story.paragraph ? story.point.y : null;
}

function periodValue(
	ctx: Context,
	spec: YearSpec | null,
	q: number | null,
	tenseAt: [number, number]
) {
	const dct = ctx.dct;
	let y: number | undefined = spec?.y;
	if (y === undefined && spec?.offset !== undefined && dct) y = dct.y + spec.offset;
	const reported = reportingQuarter(ctx, tenseAt[0]);
	if (y === undefined && spec?.yearAgo) {
		if (reported && q === null) return { value: `${formatYear(reported.y - 1)}-Q${reported.q}` };
		if (reported) y = reported.y - 1;
		else if (dct) y = dct.y - 1;
	}
	if (q === null) {
		// "the quarter", "the latest quarter": the one the story is about, else the last one closed.
		if (y !== undefined)
			return { value: reported ? `${formatYear(y)}-Q${reported.q}` : formatYear(y) };
		if (reported) return { value: `${formatYear(reported.y)}-Q${reported.q}`, point: reported };
		return shift(dct, 'Q', -1);
	}
	if (y === undefined) {
		if (!dct) return { value: `XXXX-Q${q}` };
		y = yearForQuarter(dct, q, quarterTense(ctx, tenseAt[0], tenseAt[1]));
		// "… struggled through much of last year. Fourth-quarter profit fell 40 percent", told in
		// October: a result told in the past is of a quarter that is over, so the quarter still
		// running is that of the past year the story just told. (Without that year it stays: a
		// fiscal fourth quarter is often reported in October or November.)
		const story = y === dct.y && q === quarterOf(dct) ? pastYearTold(ctx, tenseAt[0]) : null;
		if (story !== null && resultTold(ctx, tenseAt[0], tenseAt[1])) y = story;
	}
	return { value: `${formatYear(y)}-Q${q}`, point: { y, q } };
}

/** "Q3", "Q3 2020", "H1 2019", "FY2021", "FY21": the analysts' shorthand. */
export function shorthandPeriod(ctx: Context, i: number): Match | null {
	const t = ctx.tokens[i];
	const n = ctx.tokens[i + 1];
	if (!t || !n || n.spaced || n.kind !== 'number') return null;
	const letter = t.text;
	if (letter === 'FY') {
		const y =
			n.text.length === 4 ? Number(n.text) : n.text.length === 2 ? 2000 + Number(n.text) : 0;
		if (!y) return null;
		return { start: i, end: i + 2, type: 'DATE', value: formatYear(y), point: { y } };
	}
	if ((letter !== 'Q' && letter !== 'H') || n.text.length !== 1) return null;
	const k = Number(n.text);
	if (k < 1 || k > (letter === 'Q' ? 4 : 2)) return null;
	let end = i + 2;
	let y: number | undefined;
	const year = readYear(ctx, lowerAt(ctx, end) === ',' ? end + 1 : end);
	if (year) {
		y = year.value;
		end = year.end;
	} else if (ctx.dct) {
		y = letter === 'Q' ? yearForQuarter(ctx.dct, k, quarterTense(ctx, i, end)) : ctx.dct.y;
	}
	const value = `${y === undefined ? 'XXXX' : formatYear(y)}-${letter}${k}`;
	const match: Match = { start: i, end, type: 'DATE', value };
	if (y !== undefined && letter === 'Q') match.point = { y, q: k };
	return match;
}

/** Words that make a quarter the most recent one: "the latest quarter", "the most recent quarter". */
const LATEST_CLOSED = new Set(['latest', 'recent']);

/** The last quarter closed before the telling, when the quarter the story told is older. */
function olderReport(ctx: Context, i: number) {
	const reported = reportingQuarter(ctx, i);
	if (!reported || !ctx.dct) return null;
	const last = ctx.dct.y * 4 + quarterOf(ctx.dct) - 1 - 1;
	return reported.y * 4 + reported.q - 1 < last ? shift(ctx.dct, 'Q', -1) : null;
}

export function quarter(ctx: Context, i: number): Match | null {
	let j = i;
	let spec = readYearSpec(ctx, j);
	const hasDeterminer = !spec && DEFINITE.has(lowerAt(ctx, j));
	if (hasDeterminer) {
		j++;
		spec = readYearSpec(ctx, j);
	}
	if (spec) j = spec.end;
	if (lowerAt(ctx, j) === 'fiscal') j++;
	if (lowerAt(ctx, j) === 'fiscal' || lowerAt(ctx, j) === 'calendar') j++;
	const ord = readOrdinal(ctx, j);
	let q: number | null = null;
	let half = false;
	let adjective = false;
	if (ord && ord.value >= 1 && ord.value <= 4) {
		const k = skipHyphen(ctx, ord.end);
		// "third-quarter results": the hyphenated adjective is the expression, not "the".
		adjective = k > ord.end;
		const noun = lowerAt(ctx, k);
		if (noun === 'quarter') q = ord.value;
		else if ((noun === 'half' || noun === 'halves') && ord.value <= 2) {
			q = ord.value;
			half = true;
		} else return null;
		j = k + 1;
	} else if (hasDeterminer || spec) {
		// "the quarter", "the latest quarter", "the year-ago period"
		if (LATEST.has(lowerAt(ctx, j))) j++;
		const noun = lowerAt(ctx, j);
		if (noun !== 'quarter' && !(noun === 'period' && (spec || LATEST.has(lowerAt(ctx, j - 1))))) {
			return null;
		}
		if (!hasDeterminer && !spec) return null;
		// "the quarter-to-quarter comparison", "its quarter-century low"
		if (lowerAt(ctx, j + 1) === '-') return null;
		j++;
	} else if (lowerAt(ctx, j) === 'last' && lowerAt(ctx, j + 1) === 'half') {
		q = 2;
		half = true;
		j += 2;
	} else return null;
	if (!spec) {
		const of = readOfYear(ctx, j);
		if (of) {
			spec = of;
			j = of.end;
		}
	}
	if (!hasDeterminer && q === null) return null;
	// "a 14-0 run in the fourth quarter": a game's quarter, no calendar's.
	if (q !== null && !spec && isGamePeriod(ctx, i, j)) return null;
	// "its fourth quarter", "the third-quarter loss": the determiner stays outside the span.
	const start = hasDeterminer && (lowerAt(ctx, i) !== 'the' || adjective) && !spec ? i + 1 : i;
	if (half && q !== null) {
		const { value } = periodValue(ctx, spec, 1, [i, j]);
		return { start, end: j, type: 'DATE', value: value.slice(0, 4) + `-H${q}` };
	}
	// "the current quarter" is the calendar quarter of the telling, not the one reported on.
	const current = q === null && !spec && lowerAt(ctx, j - 2) === 'current';
	// "its latest quarter" is the last one closed when the quarter the story told is older:
	// "reported on Oct. 8 that its sales fell … in its latest quarter", after last year's fourth.
	const latest = q === null && !spec && LATEST_CLOSED.has(lowerAt(ctx, j - 2));
	const closed = latest ? olderReport(ctx, i) : null;
	const { value, point } = current
		? shift(ctx.dct, 'Q', 0)
		: (closed ?? periodValue(ctx, spec, q, [i, j]));
	const match: Match = { start, end: j, type: 'DATE', value };
	if (point) match.point = point;
	return match;
}

/** "year-earlier" and "year-ago" as adjectives: the same period a year before. */
export function yearAgoAdjective(ctx: Context, i: number): Match | null {
	if (lowerAt(ctx, i) !== 'year') return null;
	const k = skipHyphen(ctx, i + 1);
	if (k === i + 1) return null;
	const w = lowerAt(ctx, k);
	if (w !== 'earlier' && w !== 'ago') return null;
	const reported = reportingQuarter(ctx, i);
	if (reported) {
		return {
			start: i,
			end: k + 1,
			type: 'DATE',
			value: `${formatYear(reported.y - 1)}-Q${reported.q}`
		};
	}
	const y = ctx.dct ? ctx.dct.y - 1 : null;
	return { start: i, end: k + 1, type: 'DATE', value: y === null ? 'XXXX' : formatYear(y) };
}
