/**
 * The tagging loop: at each token, every pattern proposes an expression starting there; the
 * longest wins (earlier patterns win ties) and tagging resumes after it. Patterns look at a
 * bounded number of tokens, so the whole pass is linear in the length of the text.
 */
import type { Timex } from '../timeline/types';
import { parseYmd, quarterOf } from './calendar';
import type { Context, Match, Point, Pattern } from './context';
import { calendarDate, dayOfMonth, weekOf } from './patterns/dates';
import { duration, elapsedTime, lengthAdjective } from './patterns/durations';
import { makeParts, yearEnd } from './patterns/parts';
import { makeQualified } from './patterns/qualified';
import { quarter, shorthandPeriod, yearAgoAdjective } from './patterns/quarters';
import { frequency, ref } from './patterns/refs';
import { secondDay, secondYear } from './patterns/ranges';
import { holiday } from './patterns/holidays';
import {
	agoLater,
	deicticDay,
	monthOfRelativeYear,
	offsetUnit,
	theYear
} from './patterns/relative';
import { seasonAlone, seasonOfYear, theWeekend } from './patterns/seasons';
import { clockTime, dayPart, edgeOfDay, partOfDate, weekdayAlone } from './patterns/times';
import { eraDecade, makeCirca, millennium, storyYear } from './patterns/eras';
import { century, decade, year } from './patterns/years';
import { datesSaying, genreOf, sameSentence, tell, type Genre } from './story';
import { tenseAround } from './tense';
import { quotedTokens, tokenize } from './tokens';
import * as L from './lexicon';
import { OPENERS } from './openers';

const BASE: Pattern[] = [
	calendarDate,
	weekOf,
	dayOfMonth,
	secondDay,
	secondYear,
	clockTime,
	dayPart,
	edgeOfDay,
	partOfDate,
	quarter,
	shorthandPeriod,
	yearAgoAdjective,
	deicticDay,
	offsetUnit,
	agoLater,
	eraDecade,
	decade,
	century,
	millennium,
	storyYear,
	year,
	yearEnd,
	duration,
	elapsedTime,
	lengthAdjective,
	ref,
	frequency,
	weekdayAlone,
	theWeekend,
	seasonAlone,
	seasonOfYear,
	theYear,
	monthOfRelativeYear,
	holiday
];

const PATTERNS: Pattern[] = [
	makeParts(BASE),
	makeQualified([duration, agoLater, clockTime, calendarDate]),
	makeCirca([year, eraDecade, century, millennium]),
	...BASE
];

/**
 * Words a pattern may start at, with numbers: every lexicon's entries and every word the
 * patterns test for (OPENERS). At any other token no pattern can match, so the tagger skips
 * it without asking each pattern: on prose that is about half the tokens, and the tagger was
 * most of extraction's time. A new pattern that starts at a new word adds it to OPENERS (the
 * invariants test checks the skip changes nothing on the TempEval-3 and WikiWars texts).
 */
const STARTS = new Set([
	...L.MONTHS.keys(),
	...L.WEEKDAYS.keys(),
	...L.SEASONS.keys(),
	...L.NUMBER_WORDS.keys(),
	...L.ORDINAL_WORDS.keys(),
	...L.UNITS.keys(),
	...L.PART_MODS.keys(),
	...L.DAY_PARTS.keys(),
	...L.REFS.keys(),
	...L.AGES,
	...L.DETERMINERS,
	...OPENERS
]);

/** `everyToken` asks every pattern at every token: the reference the skip is tested against. */
export function tag(text: string, published: string | undefined, everyToken = false): Timex[] {
	return tagText(text, published, everyToken).timexes;
}

/** The expressions of a text and its genre (story.ts): a news report or a history. */
export function tagText(
	text: string,
	published: string | undefined,
	everyToken = false
): { timexes: Timex[]; genre: Genre } {
	const tokens = tokenize(text);
	const ctx: Context = {
		tokens,
		dct: parseYmd(published),
		anchor: null,
		story: null,
		genre: 'news',
		quarter: null,
		quoted: quotedTokens(tokens),
		evening: null
	};
	ctx.genre = genreOf(ctx);
	const timexes: Timex[] = [];
	let line: Line | null = null;
	let i = 0;
	while (i < tokens.length) {
		if (line) line = backToLine(ctx, line, i);
		const token = tokens[i]!;
		if (!everyToken && token.kind !== 'number' && !STARTS.has(token.lower)) {
			i++;
			continue;
		}
		let best: Match | null = null;
		for (const pattern of PATTERNS) {
			const m = pattern(ctx, i);
			// A pattern may leave a leading word out of the span ("its", "the"), never take one in.
			if (m && m.start >= i && m.end > m.start && (!best || m.end > best.end)) best = m;
		}
		if (!best) {
			i++;
			continue;
		}
		const first = tokens[best.start]!;
		const last = tokens[best.end - 1]!;
		const timex: Timex = {
			start: first.start,
			end: last.end,
			text: text.slice(first.start, last.end),
			type: best.type,
			value: best.value
		};
		if (best.mod) timex.mod = best.mod;
		timexes.push(timex);
		// A speaker's "today" in a report is the saying's day, which the text around the quotation
		// tells: it moves no story ("The convoy reached Kallo on May 2. 'Today we delivered
		// flour,' Musa said that evening" is May 2's evening).
		if (best.point && !quotedNow(ctx, best)) {
			const before: Line = {
				anchor: ctx.anchor,
				story: ctx.story,
				sentenceDay: ctx.sentenceDay,
				next: best.end
			};
			ctx.sentenceDay = dayOfSentence(ctx, best);
			ctx.anchor = best.point;
			tell(ctx, best, first.paragraph);
			// Only a line the sentence told itself: a relative clause's date in a sentence that
			// told none of its own is what the story goes on with ("a company that struggled
			// through much of last year. Fourth-quarter profit fell 40 percent").
			const told = before.story && sameSentence(ctx, before.story.at, best.start);
			// So is the day a report's lede was said, after the day of what it reports: "A fire
			// … on Tuesday night started in a kitchen, the brigade said on Wednesday. The first
			// call came at 10.52pm" is Tuesday's (dev18e).
			const said =
				told &&
				best.type === 'DATE' &&
				before.anchor?.d !== undefined &&
				dayBefore(before.anchor, best.point) &&
				datesSaying(ctx, best.start, best.end);
			line = ctx.genre === 'news' && (ctx.story?.aside || said) && told ? (line ?? before) : null;
		}
		// A quarter still running is the report's subject only when told in the past (a fiscal
		// quarter reported): "will report its fourth-quarter results on Feb. 3", told in October,
		// or "the impact … on fourth-quarter results" leaves "the latest quarter" the third.
		const q = best.point?.q;
		if (best.point && q !== undefined && quarterIsOver(ctx, best, q))
			ctx.quarter = { ...best.point, q, at: best.start };
		i = best.end;
	}
	return { timexes, genre: ctx.genre };
}

/** Whether a point with a day lies on a day before another's (a plan's day never does). */
function dayBefore(a: Point, b: Point): boolean {
	if (a.m === undefined || a.d === undefined || b.m === undefined || b.d === undefined)
		return false;
	return a.y * 400 + a.m * 32 + a.d < b.y * 400 + b.m * 32 + b.d;
}

/** Whether a match is a quoted "today" or "tonight" of a report. */
function quotedNow(ctx: Context, m: Match): boolean {
	return (
		ctx.genre === 'news' &&
		m.end === m.start + 1 &&
		ctx.quoted[m.start] === 1 &&
		QUOTED_NOW.has(ctx.tokens[m.start]!.lower)
	);
}

const QUOTED_NOW = new Set(['today', 'tonight']);

/** What a report was telling before a date told in a relative clause, and where to look on from. */
type Line = Pick<Context, 'anchor' | 'story' | 'sentenceDay'> & { next: number };

/**
 * A date told in a relative clause after its sentence's own is background of a noun ("the
 * authority said Thursday, ending a boil-water advisory that began when a 36-inch main split
 * open on Sunday night"): the story goes on from it within its sentence, and at the next
 * sentence returns to the line it was telling ("The authority lifted the order … at 9 a.m." is
 * Thursday's). Null once returned.
 */
function backToLine(ctx: Context, line: Line, i: number): Line | null {
	for (let k = line.next; k <= i; k++) {
		if (!ctx.tokens[k]?.sentenceStart) continue;
		ctx.anchor = line.anchor;
		ctx.story = line.story;
		ctx.sentenceDay = line.sentenceDay;
		return null;
	}
	line.next = i + 1;
	return line;
}

/**
 * The day a report's sentence told before a coarser date of its own, which names a yardstick,
 * a record or a background year rather than the time of the sentence's happening ("won on
 * Saturday in 15:41.22, beating the meet record set in 2019"; "fell 8 percent on Wednesday,
 * their biggest drop since March 2020"): what a following "the next day" or "the following
 * week" counts from (`reference`). Null once a date with a day is told, or a sentence starts.
 */
function dayOfSentence(ctx: Context, m: Match): Point | null {
	const point = m.point!;
	if (ctx.genre !== 'news' || point.d !== undefined) return null;
	const before = ctx.story;
	if (!before) return null;
	// A month told in a clause of its own is a happening a "next week" may hang on ("won on
	// Sunday, her first final since she tore a ligament in March 2025. She had surgery the next
	// week"); a year is too coarse for any, so the page's week would be the only other reading.
	const yearOnly = point.m === undefined && point.s === undefined && point.q === undefined;
	for (let k = before.at; k <= m.start; k++) {
		const t = ctx.tokens[k];
		if (t?.sentenceStart || (!yearOnly && t && CLAUSE_SUBJECTS.has(t.lower))) return null;
	}
	if (ctx.anchor?.d !== undefined) return ctx.anchor;
	return ctx.sentenceDay ?? null;
}

/** Words that open a clause with a happening of its own between a day and a later month. */
const CLAUSE_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'who', 'which']);

function quarterIsOver(ctx: Context, m: Match, q: number): boolean {
	const { dct } = ctx;
	const y = m.point!.y;
	if (!dct || y < dct.y || (y === dct.y && q < quarterOf(dct))) return true;
	return tenseAround(ctx, m.start, m.end) === 'past';
}
