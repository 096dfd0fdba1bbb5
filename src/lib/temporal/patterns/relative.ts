/**
 * Dates named relative to the publication date ("yesterday", "last year", "next month",
 * "this summer", "last Friday", "two weeks ago") or to the last date the story mentioned
 * ("that year", "the following day", "a decade earlier").
 */
import { addDays, formatDay, formatMonth, formatYear, weekday, type Ymd } from '../calendar';
import { lowerAt, readQuantity, skipHyphen, type Context, type Match } from '../context';
import { SEASONS, UNITS } from '../lexicon';
import { dateForWeekday, pointAsDate, shift, type Grain } from '../normalise';
import { tenseAround } from '../tense';
import { readDayOfMonth, readMonth, readSpelledYear, readWeekday, readYear } from './words';

const DEICTIC_DAYS: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1, tonight: 0 };

/** "last", "this", "next" and their synonyms, as an offset from the reference. */
const OFFSET_WORDS: Record<string, number> = {
	last: -1,
	past: -1,
	previous: -1,
	preceding: -1,
	prior: -1,
	this: 0,
	current: 0,
	same: 0,
	that: 0,
	next: 1,
	coming: 1,
	following: 1
};

/** Offsets that count from the story's last date rather than the publication date. */
const ANAPHORIC = new Set(['previous', 'preceding', 'prior', 'same', 'that', 'following']);

const GRAIN_OF_UNIT: Partial<Record<string, Grain>> = {
	Y: 'Y',
	M: 'M',
	W: 'W',
	D: 'D',
	Q: 'Q',
	DE: 'DE',
	CE: 'CE'
};

/** The reference for an expression: the story's anchor when anaphoric, else the DCT. */
export function reference(ctx: Context, anaphoric: boolean, grain: Grain = 'Y'): Ymd | null {
	const anchor = ctx.anchor;
	if (!anaphoric || !anchor) return ctx.dct;
	// "that day" needs a day to point at; a year-only anchor cannot say which day.
	if (grain === 'D' || grain === 'W') return anchor.d !== undefined ? pointAsDate(anchor) : ctx.dct;
	if (grain === 'M') return anchor.m !== undefined ? pointAsDate(anchor) : ctx.dct;
	return pointAsDate(anchor);
}

export function deicticDay(ctx: Context, i: number): Match | null {
	const offset = DEICTIC_DAYS[lowerAt(ctx, i)];
	if (offset === undefined) return null;
	const t = ctx.tokens[i]!;
	// "VOA Today" is a name: a capital mid-sentence needs a quote or bracket before it.
	if (t.text[0] === 'T' && !t.sentenceStart && ctx.tokens[i - 1]?.kind !== 'punct') return null;
	// "today's world", "the people of tomorrow": the present age, not a day.
	if (lowerAt(ctx, i + 1) === "'" && lowerAt(ctx, i + 2) === 's' && offset !== -1) return null;
	if (lowerAt(ctx, i - 1) === 'of' && offset === 1) return null;
	const { value, point } = shift(ctx.dct, 'D', offset);
	return { start: i, end: i + 1, type: 'DATE', value, point };
}

/** [the] last/this/next/previous/following + year/month/week/quarter/decade/weekday/month/season. */
export function offsetUnit(ctx: Context, i: number): Match | null {
	const hasThe = lowerAt(ctx, i) === 'the';
	let j = hasThe ? i + 1 : i;
	let word = lowerAt(ctx, j);
	// "this past spring" is last spring.
	if (word === 'this' && lowerAt(ctx, j + 1) === 'past') word = lowerAt(ctx, ++j);
	const offset = OFFSET_WORDS[word];
	if (offset === undefined) return null;
	// "the next year" counts from the story; "next year" from the publication date.
	const anaphoric = ANAPHORIC.has(word) || (hasThe && word === 'next');
	// "the past year" is last year; but "the current" needs its noun.
	const k = j + 1;
	const unit = UNITS[lowerAt(ctx, k)];
	const ref = reference(ctx, anaphoric);
	const unitToken = ctx.tokens[k];
	// "This Week" with a capital is a programme's name; "the quarter-century" is no quarter.
	if (unit && unitToken && /^[A-Z]/.test(unitToken.text) && !ctx.tokens[j]?.sentenceStart) {
		return null;
	}
	if (unit && lowerAt(ctx, k + 1) === '-') return null;
	if (unit && !lowerAt(ctx, k).endsWith('s') && unit !== 'S' && unit !== 'H' && unit !== 'MIN') {
		if (unit === 'WE') return weekend(ctx, i, k + 1, ref, offset);
		const grain = GRAIN_OF_UNIT[unit];
		if (!grain) return null;
		const { value, point } = shift(reference(ctx, anaphoric, grain), grain, offset);
		return { start: i, end: k + 1, type: 'DATE', value, point };
	}
	if (hasThe && word !== 'same' && word !== 'following' && word !== 'previous') return null;
	if (word === 'that' || word === 'same') return null;
	const month = readMonth(ctx, k);
	// "last Oct. 23" is the date "Oct. 23", told as past.
	if (month && readDayOfMonth(ctx, month.end)) return null;
	if (month) return offsetMonth(ctx, i, month.end, month.value, offset, ref);
	const wd = readWeekday(ctx, k);
	if (wd) return offsetWeekday(ctx, i, wd.end, wd.value, offset, ref);
	const season = SEASONS[lowerAt(ctx, k)];
	if (season) return offsetSeason(ctx, i, k + 1, season, offset, ref);
	return null;
}

function weekend(ctx: Context, i: number, end: number, ref: Ymd | null, offset: number): Match {
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

/** "the summer", "summer": the season of the publication year, moved by tense. */
export function seasonAlone(ctx: Context, i: number): Match | null {
	const j = lowerAt(ctx, i) === 'the' ? i + 1 : i;
	const s = SEASONS[lowerAt(ctx, j)];
	if (!s || lowerAt(ctx, j + 1) === 'of' || lowerAt(ctx, j + 1) === '-') return null;
	const prev = lowerAt(ctx, i - 1);
	if (
		j === i &&
		!['in', 'during', 'this', 'over', 'until', 'by', 'since', 'early', 'late', 'mid'].includes(prev)
	) {
		return null;
	}
	if (!ctx.dct) return { start: i, end: j + 1, type: 'DATE', value: `XXXX-${s}` };
	const tense = tenseAround(ctx, i, j + 1);
	const current = seasonIndex(ctx.dct);
	const target = SEASON_ORDER.indexOf(s);
	let y = ctx.dct.y;
	if (tense === 'past' && target > current) y--;
	if (tense === 'future' && target < current) y++;
	return { start: i, end: j + 1, type: 'DATE', value: `${formatYear(y)}-${s}`, point: { y } };
}

/** "the winter of 1994", "the summer of 2019". */
export function seasonOfYear(ctx: Context, i: number): Match | null {
	const j = lowerAt(ctx, i) === 'the' ? i + 1 : i;
	const s = SEASONS[lowerAt(ctx, j)];
	if (!s || lowerAt(ctx, j + 1) !== 'of') return null;
	const y = readYear(ctx, j + 2) ?? readSpelledYear(ctx, j + 2);
	if (!y) return null;
	return {
		start: i,
		end: y.end,
		type: 'DATE',
		value: `${formatYear(y.value)}-${s}`,
		point: { y: y.value }
	};
}

/** "the year" and "the fiscal year": the year in question, or one year's span ("the year ended"). */
export function theYear(ctx: Context, i: number): Match | null {
	if (lowerAt(ctx, i) !== 'the') return null;
	let j = i + 1;
	if (['full', 'fiscal', 'current', 'entire', 'whole'].includes(lowerAt(ctx, j))) j++;
	if (lowerAt(ctx, j) === 'fiscal') j++;
	if (lowerAt(ctx, j) !== 'year' || lowerAt(ctx, j + 1) === '-') return null;
	const after = lowerAt(ctx, j + 1);
	if (after === 'ended' || after === 'ending' || after === 'ends' || after === 'through') {
		return { start: i, end: j + 1, type: 'DURATION', value: 'P1Y' };
	}
	if (after === 'before' || after === 'after' || after === 'earlier' || after === 'later')
		return null;
	const { value, point } = shift(ctx.dct, 'Y', 0);
	return { start: i, end: j + 1, type: 'DATE', value, point };
}

/** "June last year", "January this year", "April next year". */
export function monthOfRelativeYear(ctx: Context, i: number): Match | null {
	const month = readMonth(ctx, i);
	if (!month) return null;
	const w = lowerAt(ctx, month.end);
	const offset = w === 'last' ? -1 : w === 'this' ? 0 : w === 'next' ? 1 : undefined;
	if (offset === undefined || lowerAt(ctx, month.end + 1) !== 'year') return null;
	const end = month.end + 2;
	const m = month.value;
	if (!ctx.dct) return { start: i, end, type: 'DATE', value: `XXXX-${String(m).padStart(2, '0')}` };
	const y = ctx.dct.y + offset;
	return { start: i, end, type: 'DATE', value: formatMonth(y, m), point: { y, m } };
}

function offsetMonth(
	ctx: Context,
	i: number,
	end: number,
	m: number,
	offset: number,
	ref: Ymd | null
) {
	if (!ref)
		return { start: i, end, type: 'DATE', value: `XXXX-${String(m).padStart(2, '0')}` } as Match;
	let y = ref.y;
	if (offset < 0 && m >= ref.m) y--;
	if (offset > 0 && m <= ref.m) y++;
	return { start: i, end, type: 'DATE', value: formatMonth(y, m), point: { y, m } } as Match;
}

function offsetWeekday(
	ctx: Context,
	i: number,
	end: number,
	d: number,
	offset: number,
	ref: Ymd | null
) {
	if (!ref) return { start: i, end, type: 'DATE', value: 'XXXX-XX-XX' } as Match;
	let date: Ymd;
	if (offset < 0) date = addDays(ref, -(((weekday(ref) - d + 6) % 7) + 1));
	else if (offset > 0) date = addDays(ref, ((d - weekday(ref) + 6) % 7) + 1);
	else date = dateForWeekday(ref, d, tenseAround(ctx, i, end));
	return { start: i, end, type: 'DATE', value: formatDay(date), point: date } as Match;
}

const SEASON_ORDER = ['WI', 'SP', 'SU', 'FA'];
function seasonIndex(date: Ymd): number {
	// Winter spans the year end; count December with the next year's winter.
	if (date.m === 12) return 0;
	return Math.floor(date.m / 3);
}

function offsetSeason(
	ctx: Context,
	i: number,
	end: number,
	s: string,
	offset: number,
	ref: Ymd | null
) {
	if (!ref) return { start: i, end, type: 'DATE', value: `XXXX-${s}` } as Match;
	const current = seasonIndex(ref);
	const target = SEASON_ORDER.indexOf(s);
	let y = ref.y;
	if (offset < 0 && target >= current) y--;
	if (offset > 0 && target <= current) y++;
	return { start: i, end, type: 'DATE', value: `${formatYear(y)}-${s}`, point: { y } } as Match;
}

/** "two weeks ago", "a year earlier", "months ago", "years before", "a decade later". */
export function agoLater(ctx: Context, i: number): Match | null {
	const q = readQuantity(ctx, i);
	let unitAt = q ? skipHyphen(ctx, q.end) : i;
	const unit = UNITS[lowerAt(ctx, unitAt)];
	if (!unit || unit === 'WE') return null;
	unitAt++;
	// "a week or so ago"
	const roughly = lowerAt(ctx, unitAt) === 'or' && lowerAt(ctx, unitAt + 1) === 'so';
	if (roughly) unitAt += 2;
	const dir = lowerAt(ctx, unitAt);
	let sign: number;
	let anaphoric = false;
	if (dir === 'ago') sign = -1;
	else if (dir === 'earlier' || dir === 'before') {
		sign = -1;
		anaphoric = true;
	} else if (dir === 'later' || dir === 'after' || dir === 'hence') {
		sign = 1;
		anaphoric = dir !== 'hence';
	} else return null;
	// "13 days after the bombing": a preposition, so only "13 days" is an expression (a duration).
	const following = ctx.tokens[unitAt + 1];
	if ((dir === 'before' || dir === 'after') && following && following.kind !== 'punct') return null;
	const end = unitAt + 1;
	if (!q || q.n === 'X') {
		return { start: i, end, type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
	}
	const n = q.n;
	// "a year ago" in an earnings report is the year-ago quarter (TimeBank's convention).
	const anchor = ctx.anchor;
	if (unit === 'Y' && anchor?.q !== undefined) {
		const y = anchor.y + sign * n;
		return { start: i, end, type: 'DATE', value: `${formatYear(y)}-Q${anchor.q}` };
	}
	const grain: Grain | undefined =
		unit === 'DE'
			? 'Y'
			: unit === 'CE'
				? 'Y'
				: unit === 'H' || unit === 'MIN' || unit === 'S'
					? 'D'
					: GRAIN_OF_UNIT[unit];
	if (!grain) return null;
	const ref = reference(ctx, anaphoric, grain);
	const count =
		unit === 'DE'
			? 10 * n
			: unit === 'CE'
				? 100 * n
				: unit === 'H' || unit === 'MIN' || unit === 'S'
					? 0
					: n;
	const match: Match = {
		start: i,
		end,
		type: 'DATE',
		value: shift(ref, grain, sign * count).value
	};
	if (roughly) match.mod = 'APPROX';
	return match;
}
