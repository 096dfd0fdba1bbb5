/**
 * Dates written out: "Sept. 30", "Oct. 15, 1999", "26 June 2020", "Friday, Oct. 23",
 * "August 1988", "11/02/89", "2020-06-26", and a month named alone ("in March").
 */
import { addMonths, formatDay, formatMonth, formatWeek, isValidDate } from '../calendar';
import { lowerAt, type Context, type Match, type Point } from '../context';
import { yearForMonth } from '../normalise';
import { framingYear, storyTimeAt, toldInSentence, yearInStory } from '../story';
import { yearByLength } from '../lengths-between';
import { tenseAround, type Tense } from '../tense';
import {
	readDayOfMonth,
	readMonth,
	readSpelledYear,
	readWeekday,
	readYear,
	type Read
} from './words';

/** Prepositions and determiners that make "May" or "March" a month, not a verb or a noun. */
const MONTH_CUES = new Set([
	'in',
	'since',
	'until',
	'till',
	'by',
	'of',
	'from',
	'to',
	'through',
	'during',
	'before',
	'after',
	'last',
	'next',
	'this',
	'early',
	'mid',
	'late',
	'end',
	'and',
	'or',
	'between'
]);

function readYearAfter(ctx: Context, i: number): Read<number> | null {
	let j = i;
	if (lowerAt(ctx, j) === ',') j++;
	return readYear(ctx, j) ?? readSpelledYear(ctx, j);
}

/** Years a month may be "of": "April of last year" is last year's April, whatever the tense. */
const OF_YEAR: Record<string, number> = { last: -1, this: 0, next: 1 };

/** "of last year", "of this year", "of next year" after a month, counted from the page's year. */
function readOfNamedYear(ctx: Context, i: number): Read<number> | null {
	const offset = OF_YEAR[lowerAt(ctx, i + 1)];
	if (lowerAt(ctx, i) !== 'of' || offset === undefined || lowerAt(ctx, i + 2) !== 'year')
		return null;
	return ctx.dct ? { value: ctx.dct.y + offset, end: i + 3 } : null;
}

function dayMatch(ctx: Context, start: number, end: number, y: number, m: number, d: number) {
	if (!isValidDate(y, m, d)) return null;
	const match: Match = {
		start,
		end,
		type: 'DATE',
		value: formatDay({ y, m, d }),
		point: { y, m, d }
	};
	return match;
}

/**
 * "the March accession", "the May elections": a capitalised month inside a sentence, between
 * "the" and a lower-case noun, is the month (not "the march on the capital", nor a name).
 */
function monthAdjective(ctx: Context, i: number, end: number): boolean {
	const t = ctx.tokens[i]!;
	const next = ctx.tokens[end];
	// "May" is also a name ("the May government"): only the other months read so.
	if (t.text[0] === t.lower[0] || t.lower === 'may' || lowerAt(ctx, i - 1) !== 'the') return false;
	return (
		next?.kind === 'word' && next.text[0] === next.lower[0] && !/^(on|for|of|to)$/.test(next.lower)
	);
}

/** Months that are also first names ("May" needs a cue before it anyway). */
export const NAMES_OF_MONTHS = new Set(['april', 'june', 'july', 'august']);

/**
 * "the actress June Pelham", "said April Ryan": a month that is also a first name, before a
 * capitalised word, with no word before it that makes it a time ("in June", "the June
 * meeting"), is the name ("a pre-war February Peace Conference" is the month).
 */
function givenName(ctx: Context, i: number, end: number, cue: string): boolean {
	if (!NAMES_OF_MONTHS.has(lowerAt(ctx, i))) return false;
	const next = ctx.tokens[end];
	if (next?.kind !== 'word' || !/^[A-Z][a-z]/.test(next.text) || next.sentenceStart) return false;
	if (MONTH_CUES.has(cue) || cue === 'the' || readMonth(ctx, end) || readWeekday(ctx, end))
		return false;
	return true;
}

/** Month [day] [, year] and day [of] month [year]. */
function monthFirst(ctx: Context, i: number): Match | null {
	const month = readMonth(ctx, i);
	if (!month) return null;
	const day = readDayOfMonth(ctx, month.end);
	if (day) {
		// "March 5, 1946" or "Sept. 30"
		const year = readYearAfter(ctx, day.end);
		if (year) return dayMatch(ctx, i, year.end, year.value, month.value, day.value);
		// A bare number after the month may be a count ("May 7 percent"), keep it to 1-31.
		return relativeDay(ctx, i, day.end, month.value, day.value);
	}
	const year = readYearAfter(ctx, month.end) ?? readOfNamedYear(ctx, month.end);
	if (year) {
		return {
			start: i,
			end: year.end,
			type: 'DATE',
			value: formatMonth(year.value, month.value),
			point: { y: year.value, m: month.value }
		};
	}
	if (month.undotted) return null;
	// "mid-March": the cue stands before the hyphen.
	const cueAt = lowerAt(ctx, i - 1) === '-' ? i - 2 : i - 1;
	if (givenName(ctx, i, month.end, lowerAt(ctx, cueAt))) return null;
	// "as early as May", "as soon as March": a capitalised month after "as … as".
	const asEarlyAs = lowerAt(ctx, cueAt) === 'as' && lowerAt(ctx, cueAt - 2) === 'as';
	if (
		month.ambiguous &&
		!MONTH_CUES.has(lowerAt(ctx, cueAt)) &&
		!monthAdjective(ctx, i, month.end) &&
		!(asEarlyAs && /^[A-Z]/.test(ctx.tokens[i]!.text))
	)
		return null;
	if (ctx.tokens[i]?.sentenceStart && month.ambiguous) return null;
	if (!ctx.dct)
		return { start: i, end: month.end, type: 'DATE', value: 'XXXX-' + pad2(month.value) };
	const y =
		rangeYear(ctx, month.end, month.value) ??
		closingYear(ctx, i, month.end) ??
		yearOfOpenMonth(ctx, i, month.end, month.value);
	return {
		start: i,
		end: month.end,
		type: 'DATE',
		value: formatMonth(y, month.value),
		point: { y, m: month.value }
	};
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * The clause's tense, else the story's: "dating to 1994. In January, a week after ..." keeps
 * to the past the story was just telling, rather than reading the nearest January ahead.
 */
function openTense(ctx: Context, start: number, end: number, m: number): Tense {
	const tense = tenseAround(ctx, start, end);
	const a = ctx.anchor;
	const dct = ctx.dct;
	if (tense || !a || !dct) return tense;
	// But the month just ahead stays ahead: "past the Nov. 1 deadline" told in late October.
	if (m === (dct.m % 12) + 1) return null;
	// A schedule told in the present after a past story is the page's coming one: "Last fall,
	// the band played a surprise set. … The tour opens in Duluth on Oct. 3 and ends in London
	// in March", told in August.
	if (tenseAround(ctx, start, end, true) === 'future') return 'future';
	const before = a.y < dct.y || (a.y === dct.y && a.m !== undefined && a.m < dct.m);
	return before ? 'past' : null;
}

/**
 * The year of a month named without one. In the story's time when the text is retelling
 * ("Trump lost the election on Nov. 3, 2020. … In mid-December, the Electoral College …"; a
 * history's "In April, Germany invaded Denmark"); otherwise the publication date and the tense
 * decide. "Since June" runs up to now: a report's since is the last June.
 */
/**
 * "since June", "as late as June", "as recently as March": in a report these measure back from
 * the telling, not from the story's last date ("entered the race in January 2025 and trailed
 * as late as June", said in November 2026, is this June).
 */
function countsFromTelling(ctx: Context, start: number): boolean {
	const before = lowerAt(ctx, start - 1);
	if (before === 'since') return true;
	const edge = lowerAt(ctx, start - 2);
	return (
		before === 'as' && lowerAt(ctx, start - 3) === 'as' && (edge === 'late' || edge === 'recently')
	);
}

function yearOfOpenMonth(ctx: Context, start: number, end: number, m: number): number {
	const dct = ctx.dct!;
	const clause = tenseAround(ctx, start, end);
	const fromNow = countsFromTelling(ctx, start) && ctx.genre === 'news';
	// "spent 16 months at the station before returning on 28 March": the length picks the year.
	const byLength = fromNow ? null : yearByLength(ctx, start, m, clause === 'past');
	if (byLength !== null) return byLength;
	// A month a past saying put ahead is the next one after the saying's date, when its own
	// sentence told it: "said in January that it would open the plant in March" is that March.
	const told = clause === 'future' && !fromNow ? toldInSentence(ctx, start) : null;
	if (told) return yearInStory(ctx.genre, told, m, 'future');
	const framed = fromNow ? null : framingYear(ctx, start, clause, m);
	if (framed !== null) return framed;
	// A schedule told in the present is the page's coming one, whatever season a report just
	// retold: "Last fall, the band played a surprise set.¶The tour opens in Duluth on Oct. 3".
	const scheduled =
		clause === null && ctx.genre === 'news' && tenseAround(ctx, start, end, true) === 'future';
	const story = fromNow || scheduled ? null : storyTimeAt(ctx, start, clause, m);
	if (story) {
		const y = yearInStory(ctx.genre, story, m, clause);
		// A report's retelling stops at the publication date.
		if (ctx.genre === 'narrative' || y < dct.y || (y === dct.y && m <= dct.m))
			if (!leavesRetoldDays(ctx, start, end, story, y, m)) return y;
	}
	return yearForMonth(dct, m, openTense(ctx, start, end, m));
}

/**
 * How many months a report's retelling may step on past its paragraph into its page's weeks: a
 * season, the steps a retold trial, storm or campaign goes on by ("The trial began on March 3,
 * 2025.¶On May 12, the jury heard …", told in July 2026, is May 2025; a blind article).
 */
const RETOLD_STEP = 3;
/** How many months before the page a report's own recent news reaches: a season. */
const RECENT_MONTHS = 3;

/**
 * Whether a report's date told past the paragraph of its retelling is the page's, not the
 * story's: "The fire broke out on Feb. 11, 2024.¶The trial opened on Oct. 19", told in November
 * 2026, is this October, a month of the page's own weeks far on from the story (dev9). A
 * retelling that goes on in small steps ("lifted off on April 11, 1970.¶On the evening of April
 * 13, …") or to a month the page would put well back ("the crew splashed down on April 17.¶In
 * June, a review board …", told in April 2025) stays in its story.
 */
function leavesRetoldDays(
	ctx: Context,
	start: number,
	end: number,
	story: Point,
	y: number,
	m: number
): boolean {
	const dct = ctx.dct!;
	if (ctx.genre !== 'news' || story.m === undefined) return false;
	if (ctx.tokens[start]?.paragraph === ctx.story?.paragraph) return false;
	if ((y - story.y) * 12 + (m - story.m) <= RETOLD_STEP) return false;
	const page = yearForMonth(dct, m, openTense(ctx, start, end, m));
	const back = (dct.y - page) * 12 + (dct.m - m);
	return back >= 0 && back <= RECENT_MONTHS;
}

/** A day and month without a year: the year of the reference, moved by tense. */
function relativeDay(ctx: Context, start: number, end: number, m: number, d: number) {
	if (!ctx.dct) {
		return { start, end, type: 'DATE', value: `XXXX-${pad2(m)}-${pad2(d)}` } satisfies Match;
	}
	const y = rangeYear(ctx, end) ?? yearOfOpenMonth(ctx, start, end, m);
	return dayMatch(ctx, start, end, y, m, d);
}

const RANGE_CONNECTORS = new Set(['and', 'to', '-', '\u2013', 'through', 'until', 'till']);

/**
 * "between March and May 2019": the first end of a range takes the year of the second, the
 * year before when the range crosses the year's end ("from October to April in 2015": 2014-10).
 */
function rangeYear(ctx: Context, i: number, first?: number): number | null {
	if (!RANGE_CONNECTORS.has(lowerAt(ctx, i))) return null;
	const month = readMonth(ctx, i + 1);
	if (month && first !== undefined && month.value < first) {
		const y = rangeYear(ctx, i);
		return y === null ? null : y - 1;
	}
	// "April 24-25, 1999": the month is named once.
	if (!month) {
		const other = ctx.tokens[i + 1]?.kind === 'number' ? readDayOfMonth(ctx, i + 1) : null;
		return other ? (readYearAfter(ctx, other.end)?.value ?? null) : null;
	}
	const day = readDayOfMonth(ctx, month.end);
	return readYearAfter(ctx, day ? day.end : month.end)?.value ?? yearInAfter(ctx, month.end);
}

/** "from January to March in 2015": the year a range of months names after "in". */
function yearInAfter(ctx: Context, i: number): number | null {
	return lowerAt(ctx, i) === 'in' ? (readYear(ctx, i + 1)?.value ?? null) : null;
}

/** The year of a range's second month, "March" of "from January to March in 2015". */
function closingYear(ctx: Context, i: number, end: number): number | null {
	if (!RANGE_CONNECTORS.has(lowerAt(ctx, i - 1))) return null;
	// The first month stands just before the connector ("Jan." is two tokens).
	const first = [i - 2, i - 3].some((k) => k >= 0 && readMonth(ctx, k)?.end === i - 1);
	return first ? yearInAfter(ctx, end) : null;
}

function dayFirst(ctx: Context, i: number): Match | null {
	const day = readDayOfMonth(ctx, i);
	if (!day) return null;
	let j = day.end;
	if (lowerAt(ctx, j) === 'of') j++;
	const month = readMonth(ctx, j);
	if (!month) return null;
	const year = readYearAfter(ctx, month.end);
	if (year) return dayMatch(ctx, i, year.end, year.value, month.value, day.value);
	return relativeDay(ctx, i, month.end, month.value, day.value);
}

/** "Friday, Oct. 23" is one expression; the weekday adds nothing to the value. */
function weekdayAndDate(ctx: Context, i: number): Match | null {
	const wd = readWeekday(ctx, i);
	if (!wd) return null;
	let j = wd.end;
	if (lowerAt(ctx, j) === ',') j++;
	const date = monthFirst(ctx, j) ?? dayFirst(ctx, j);
	if (!date || date.point?.d === undefined) return null;
	return { ...date, start: i };
}

/** 11/02/89 (US order), 2020-06-26 (ISO), 26.06.2020 is left alone as ambiguous. */
function numeric(ctx: Context, i: number): Match | null {
	const t = ctx.tokens;
	const a = t[i];
	const s1 = t[i + 1];
	const b = t[i + 2];
	const s2 = t[i + 3];
	const c = t[i + 4];
	if (!a || !s1 || !b || !s2 || !c) return null;
	if (a.kind !== 'number' || b.kind !== 'number' || c.kind !== 'number') return null;
	if (s1.spaced || b.spaced || s2.spaced || c.spaced || s1.text !== s2.text) return null;
	const next = t[i + 5];
	if (next && !next.spaced && (next.text === s1.text || next.kind === 'number')) return null;
	if ((s1.text === '-' || s1.text === '/') && a.text.length === 4) {
		return dayMatch(ctx, i, i + 5, Number(a.text), Number(b.text), Number(c.text));
	}
	if (s1.text === '/' && a.text.length <= 2 && b.text.length <= 2) {
		let y = Number(c.text);
		if (c.text.length === 2) y += y < 40 ? 2000 : 1900;
		else if (c.text.length !== 4) return null;
		return dayMatch(ctx, i, i + 5, y, Number(a.text), Number(b.text));
	}
	return null;
}

/** "on the 30th": a day of the publication month, or of the one before or after by tense. */
/** Words before "for the 24th" that make it a date: "set for", "scheduled for". */
const PLANNED_FOR = new Set([
	'set',
	'scheduled',
	'slated',
	'planned',
	'due',
	'postponed',
	'delayed'
]);

export function dayOfMonth(ctx: Context, i: number): Match | null {
	// "on the 24th", "set for the 24th"; but "for the 24th time" is a count (checked below).
	const before = lowerAt(ctx, i - 1);
	const planned = before === 'for' && PLANNED_FOR.has(lowerAt(ctx, i - 2));
	if (!['on', 'by', 'until', 'since', 'from'].includes(before) && !planned) return null;
	if (lowerAt(ctx, i) !== 'the' || ctx.tokens[i + 1]?.kind !== 'number') return null;
	const day = readDayOfMonth(ctx, i + 1);
	if (!day || day.end !== i + 3 || readMonth(ctx, day.end) || lowerAt(ctx, day.end) === 'of') {
		return null;
	}
	// "by the 2nd Infantry Division", "on the 101st Airborne": an ordinal naming a unit.
	const next = ctx.tokens[day.end];
	if (next?.kind === 'word' && /^[A-Z]/.test(next.text) && !next.sentenceStart) return null;
	const dct = ctx.dct;
	if (!dct) return { start: i, end: day.end, type: 'DATE', value: 'XXXX-XX-XX' };
	const tense = tenseAround(ctx, i, day.end);
	// A history's "on the 24th" is a day of the month its story is in, or of the next one.
	const story = ctx.genre === 'narrative' ? storyTimeAt(ctx, i, tense) : null;
	if (story?.m !== undefined) {
		let month = { y: story.y, m: story.m, d: 1 };
		if (story.d !== undefined && day.value < story.d) month = addMonths(month, 1);
		return dayMatch(ctx, i, day.end, month.y, month.m, day.value);
	}
	let month = { y: dct.y, m: dct.m, d: 1 };
	if (tense === 'past' && day.value > dct.d) month = addMonths(month, -1);
	if (tense === 'future' && day.value < dct.d) month = addMonths(month, 1);
	return dayMatch(ctx, i, day.end, month.y, month.m, day.value);
}

/** "the week of March 6": the ISO week holding that day. */
export function weekOf(ctx: Context, i: number): Match | null {
	const j = lowerAt(ctx, i) === 'the' ? i + 1 : i;
	if (lowerAt(ctx, j) !== 'week' || lowerAt(ctx, j + 1) !== 'of') return null;
	const date = calendarDate(ctx, j + 2);
	const p = date?.point;
	if (!date || !p || p.m === undefined || p.d === undefined) return null;
	return { start: i, end: date.end, type: 'DATE', value: formatWeek({ y: p.y, m: p.m, d: p.d }) };
}

export function calendarDate(ctx: Context, i: number): Match | null {
	return weekdayAndDate(ctx, i) ?? numeric(ctx, i) ?? monthFirst(ctx, i) ?? dayFirst(ctx, i);
}
