/**
 * Dates named relative to the publication date ("yesterday", "last year", "next month",
 * "this summer", "last Friday", "two weeks ago") or to the last date the story mentioned
 * ("that year", "the following day", "a decade earlier").
 */
import {
	addDays,
	formatDay,
	formatMonth,
	formatYear,
	isValidDate,
	toUtc,
	weekday,
	type Ymd
} from '../calendar';
import {
	lowerAt,
	readQuantity,
	reportingQuarter,
	skipHyphen,
	type Context,
	type Match,
	type Point
} from '../context';
import {
	AGES,
	AMBIGUOUS_MONTHS,
	DAY_PARTS,
	MONTHS,
	SEASONS,
	SHORT_UNITS,
	UNITS,
	WEEKDAYS,
	type Unit,
	table
} from '../lexicon';
import { dateForWeekday, formatPoint, pointAsDate, shift, type Grain } from '../normalise';
import { weekdayTense } from '../tense';
import { durationValue } from './durations';
import { offsetSeason, seasonOfStory, seasonReference, weekend } from './seasons';
import { readDayOfMonth, readMonth, readWeekday } from './words';
import { tenseAround } from '../tense';
import {
	backToNow,
	opensBackToNow,
	holdsGrain,
	sayingTime,
	storyOrPublication,
	toldJustBefore
} from '../story';

const DEICTIC_DAYS: ReadonlyMap<string, number> = table({
	yesterday: -1,
	today: 0,
	tomorrow: 1,
	tonight: 0
});

/** "last", "this", "next" and their synonyms, as an offset from the reference. */
const OFFSET_WORDS: ReadonlyMap<string, number> = table({
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
});

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
export function reference(
	ctx: Context,
	anaphoric: boolean,
	grain: Grain = 'Y',
	i?: number
): Ymd | null {
	const anchor = ctx.anchor;
	if (!anaphoric || !anchor) {
		// A saying in a history counts from when it was said ("15 months ago," Nixon said).
		const said = i === undefined || anaphoric ? null : sayingTime(ctx, i);
		if (said) return holdsGrain(said, grain) ? pointAsDate(said) : null;
		return ctx.dct;
	}
	// A past clause counts from no date ahead of the page: "Officials were at the ribbon cutting,
	// held the previous Friday", told after a list of plans ("by the end of January"), is of the
	// page's week, a report's fallback (dev14); a clause looking ahead may count from a plan
	// ("will close on Nov. 17. Its last shift will work the previous Friday").
	if (i !== undefined && aheadOfPage(ctx, anchor) && tenseAround(ctx, i, i + 1) === 'past')
		return ctx.dct;
	// "that day" needs a day to point at; a year-only anchor cannot say which day. A report's
	// then counts from its publication; a history's is unknown, for the day the page was
	// written is no day of its story ("Mycale was fought that same day", after "479 BC").
	const fallback = ctx.genre === 'narrative' ? null : ctx.dct;
	if (grain === 'D' || grain === 'W') {
		if (anchor.d !== undefined) return pointAsDate(anchor);
		return ctx.sentenceDay ? pointAsDate(ctx.sentenceDay) : fallback;
	}
	// Nor are months after a year a report retells: "In 2021 the F.D.A. halted the study. The
	// agency lifted the hold five months later" is no five months after the page.
	const retold = ctx.dct !== null && anchor.y < ctx.dct.y;
	if (grain === 'M') return anchor.m !== undefined ? pointAsDate(anchor) : retold ? null : fallback;
	return pointAsDate(anchor);
}

/** Whether a point starts after the publication day: a plan's or a schedule's date. */
function aheadOfPage(ctx: Context, p: Point): boolean {
	return ctx.dct !== null && toUtc(pointAsDate(p)) > toUtc(ctx.dct);
}

export function deicticDay(ctx: Context, i: number): Match | null {
	const offset = DEICTIC_DAYS.get(lowerAt(ctx, i));
	if (offset === undefined) return null;
	const t = ctx.tokens[i]!;
	// "VOA Today" is a name: a capital mid-sentence needs a quote or bracket before it.
	if (t.text[0] === 'T' && !t.sentenceStart && ctx.tokens[i - 1]?.kind !== 'punct') return null;
	// "today's world", "the people of tomorrow": the present age, not a day; but "today's
	// editions" and "tomorrow's vote" are the day's.
	if (lowerAt(ctx, i + 1) === "'" && lowerAt(ctx, i + 2) === 's' && AGES.has(lowerAt(ctx, i + 3)))
		return null;
	if (lowerAt(ctx, i - 1) === 'of' && offset === 1) return null;
	// A saying in a history was said in the story's time; when that is only a month or a year,
	// its "today" is somewhen in it.
	const said = sayingTime(ctx, i);
	if (said && !holdsGrain(said, 'D'))
		return { start: i, end: i + 1, type: 'DATE', value: formatPoint(said), point: said };
	const { value, point } = shift(said ? pointAsDate(said) : ctx.dct, 'D', offset);
	return { start: i, end: i + 1, type: 'DATE', value, point };
}

/** [the] last/this/next/previous/following + year/month/week/quarter/decade/weekday/month/season. */
export function offsetUnit(ctx: Context, i: number): Match | null {
	const hasThe = lowerAt(ctx, i) === 'the';
	let j = hasThe ? i + 1 : i;
	let word = lowerAt(ctx, j);
	// "this past spring" is last spring.
	if (word === 'this' && lowerAt(ctx, j + 1) === 'past') word = lowerAt(ctx, ++j);
	const offset = OFFSET_WORDS.get(word);
	if (offset === undefined) return null;
	// "the next year" counts from the story; "next year" from the publication date.
	// In a history told in the past, "this day", "this year" are the story's ("Another major
	// event of this year was …"); in the present tense they are the writer's ("This year alone,
	// Iraq accounts for …").
	const anaphoric =
		ANAPHORIC.has(word) ||
		(hasThe && word === 'next') ||
		(word === 'this' &&
			ctx.genre === 'narrative' &&
			ctx.anchor !== null &&
			tenseAround(ctx, i, j + 2) === 'past' &&
			// (Not one that brings the narrator back: "This year, divers took up the search again.")
			!backToNow(ctx, i, i));
	// "the past year" is last year; but "the current" needs its noun.
	const k = j + 1;
	const unit = UNITS.get(lowerAt(ctx, k));
	// "this year" in a saying of a history: the year it was said.
	const said = anaphoric ? null : sayingTime(ctx, i);
	const ref = said
		? holdsGrain(said, 'M')
			? pointAsDate(said)
			: null
		: reference(ctx, anaphoric, 'Y', i);
	const unitToken = ctx.tokens[k];
	// "This Week" with a capital is a programme's name; "the quarter-century" is no quarter.
	if (unit && unitToken && /^[A-Z]/.test(unitToken.text) && !ctx.tokens[j]?.sentenceStart) {
		return null;
	}
	if (unit && lowerAt(ctx, k + 1) === '-') return null;
	if (unit && !lowerAt(ctx, k).endsWith('s') && unit !== 'S' && unit !== 'H' && unit !== 'MIN') {
		if (unit === 'WE') return weekend(ctx, i, k + 1, ref, offset);
		// "the past decade" is the ten years up to now, not the 2010s; "the next decade" likewise.
		if ((unit === 'DE' || unit === 'CE') && offset !== 0 && hasThe) {
			return { start: i, end: k + 1, type: 'DURATION', value: durationValue(1, unit) };
		}
		const grain = GRAIN_OF_UNIT[unit];
		if (!grain) return null;
		const coarse = anaphoric && !said ? ofCoarserStory(ctx, i, k + 1, grain, offset) : null;
		if (coarse) return coarse;
		const from = said
			? holdsGrain(said, grain)
				? pointAsDate(said)
				: null
			: reference(ctx, anaphoric, grain, i);
		const { value, point } = shift(from, grain, offset);
		return { start: i, end: k + 1, type: 'DATE', value, point };
	}
	// "the next morning", "that night": a day of the story, told by its part.
	const part = DAY_PARTS.get(lowerAt(ctx, k));
	if (part && part !== 'MI' && lowerAt(ctx, k) !== 'tonight' && (anaphoric || word === 'that')) {
		const coarse = ofCoarserStory(ctx, i, k + 1, 'D', offset);
		if (coarse) return coarse;
		const { value, point } = shift(reference(ctx, true, 'D', i), 'D', offset);
		return { start: i, end: k + 1, type: 'DATE', value, point };
	}
	// "the next January" is "the following January": a month of the story, not the page's next
	// ("released them in December 2023. Five more followed the next January", dev12).
	if (hasThe && !['same', 'following', 'previous', 'next'].includes(word)) return null;
	// "She was indicted that fall": a season of the story's year.
	const storySeason = word === 'that' ? SEASONS.get(lowerAt(ctx, k)) : undefined;
	if (storySeason) return seasonOfStory(ctx, i, k + 1, storySeason);
	if (word === 'that') return monthOfStory(ctx, i, k);
	if (word === 'same') return null;
	const month = readMonth(ctx, k);
	// "last Oct. 23" is the date "Oct. 23", told as past.
	if (month && readDayOfMonth(ctx, month.end)) return null;
	const next = anaphoric && !said ? ofTheNextYear(ctx, i, k, offset) : null;
	if (next) return next;
	const afterSeason = anaphoric && !said && month ? monthBeyondSeason(ctx, i, month, offset) : null;
	if (afterSeason) return afterSeason;
	if (month) return offsetMonth(ctx, i, month.end, month.value, offset, ref);
	const wd = readWeekday(ctx, k);
	if (wd) return offsetWeekday(ctx, i, wd.end, wd.value, offset, ref);
	const season = SEASONS.get(lowerAt(ctx, k));
	const fromSeason = anaphoric && !said ? seasonReference(ctx.anchor) : null;
	if (season) return offsetSeason(ctx, i, k + 1, season, offset, fromSeason ?? ref);
	return null;
}

/**
 * "In 2019, the city bought the land. The following spring, …": after a year told alone, the
 * following (or previous) month or season is one of the next (or last) year, not of that year
 * itself, which is all the year-only story can say of it (dev10). A winter is left to the
 * season rules (which winter a year's "following winter" is, December or January, is open).
 */
function ofTheNextYear(ctx: Context, i: number, k: number, offset: number): Match | null {
	const a = ctx.anchor;
	if (!a || offset === 0 || a.m !== undefined || a.q !== undefined || a.s !== undefined)
		return null;
	const y = a.y + offset;
	const month = readMonth(ctx, k);
	if (month && !month.ambiguous) {
		const m = month.value;
		return { start: i, end: month.end, type: 'DATE', value: formatMonth(y, m), point: { y, m } };
	}
	const s = SEASONS.get(lowerAt(ctx, k));
	if (!s || s === 'WI') return null;
	return { start: i, end: k + 1, type: 'DATE', value: `${formatYear(y)}-${s}`, point: { y, s } };
}

/** The months of a season, first and last; a winter's run from the December of its year. */
const SEASON_SPAN: Readonly<Record<string, [number, number]>> = {
	SP: [3, 5],
	SU: [6, 8],
	FA: [9, 11],
	WI: [12, 14]
};

/**
 * "dug at the bog site in the summer of 2023 … They came back the following May": the next May
 * after the season ends (May 2024), not the May of the season's year; "the previous May" is the
 * last one before it begins (dev12).
 */
function monthBeyondSeason(
	ctx: Context,
	i: number,
	month: { value: number; end: number },
	offset: number
): Match | null {
	const a = ctx.anchor;
	const span = a?.s !== undefined && a.m === undefined ? SEASON_SPAN[a.s] : undefined;
	if (!a || !span || offset === 0) return null;
	const m = month.value;
	// Counted in months from year 0: the first such month after the season's last, or the last
	// before its first.
	const y =
		offset > 0
			? Math.floor((a.y * 12 + span[1] - m) / 12) + 1
			: Math.ceil((a.y * 12 + span[0] - m) / 12) - 1;
	return { start: i, end: month.end, type: 'DATE', value: formatMonth(y, m), point: { y, m } };
}

/**
 * "the same afternoon", "the next week", "the following month" after a date the story told
 * only by its month or year ("found the cracks in February 2024, and the city closed the bridge
 * the same afternoon"; "tore a ligament in March 2025. She had surgery the next week"): a day
 * or week of it the text does not name. A report's fallback, its own day, is no part of that
 * story; the month told (for a month, the year) is the closest the text allows, about when it
 * moves on. A history keeps its own reading (unknown). Null where the story's date is fine
 * enough.
 */
function ofCoarserStory(
	ctx: Context,
	i: number,
	end: number,
	grain: Grain,
	offset: number
): Match | null {
	const story = ctx.anchor;
	if (ctx.genre !== 'news' || !story || holdsGrain(story, grain)) return null;
	// A day its sentence told before the coarser date is finer still (`sentenceDay`).
	if (ctx.sentenceDay && (grain === 'D' || grain === 'W')) return null;
	if (!['D', 'W', 'M'].includes(grain) || story.q !== undefined) return null;
	// A year is too coarse for a day: "In 2008 he ran. The previous day …" keeps a report's
	// reading, counted from its publication. A season is not ("That fall, a coach saw her play
	// and called her parents the next day", dev13).
	if (grain !== 'M' && story.m === undefined && story.s === undefined) return null;
	const match: Match = { start: i, end, type: 'DATE', value: formatPoint(story), point: story };
	if (offset !== 0) match.mod = 'APPROX';
	return match;
}

/** Words after "that <month>" that make "that" open a clause: "said that March sales rose". */
const CLAUSE_AFTER_MONTH = new Set(
	'is was were will would could should may might has had sales results figures'.split(' ')
);

/**
 * "that June", "that same December": a month of the year the story last told, as "that fall"
 * is its season ("In the spring of 2021, an accountant noticed … She reported it that June" is
 * June 2021, not the last June before the page). Null with no date told before, and where
 * "that" opens a clause ("said that May would be …").
 */
function monthOfStory(ctx: Context, i: number, k: number): Match | null {
	const anchor = ctx.anchor;
	const j = lowerAt(ctx, k) === 'same' ? k + 1 : k;
	const month = readMonth(ctx, j);
	if (!anchor || !month || month.ambiguous || readDayOfMonth(ctx, month.end)) return null;
	if (CLAUSE_AFTER_MONTH.has(lowerAt(ctx, month.end))) return null;
	const y = anchor.y;
	const m = month.value;
	return { start: i, end: month.end, type: 'DATE', value: formatMonth(y, m), point: { y, m } };
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
	// "the full year" in a report on a quarter is the year that quarter closes: "earned $41
	// million in the fourth quarter … For the full year, the company lost $88 million", told in
	// February, is last year; but "expects sales to rise 5 percent for the full year" is ahead.
	const tense = tenseAround(ctx, i, j + 1);
	const reported = j > i + 1 && tense !== 'future' ? reportingQuarter(ctx, i) : null;
	if (reported) {
		const { value, point } = shift({ y: reported.y, m: 1, d: 1 }, 'Y', 0);
		return { start: i, end: j + 1, type: 'DATE', value, point };
	}
	const ref = storyOrPublication(ctx, i, tense);
	const { value, point } = shift(ref, 'Y', 0);
	return { start: i, end: j + 1, type: 'DATE', value, point };
}

/** "June last year", "January this year", "April next year". */
export function monthOfRelativeYear(ctx: Context, i: number): Match | null {
	const month = readMonth(ctx, i);
	if (!month) return null;
	const story = monthOfStoryYear(ctx, i, month.end, month.value);
	if (story) return story;
	const w = lowerAt(ctx, month.end);
	const offset = w === 'last' ? -1 : w === 'this' ? 0 : w === 'next' ? 1 : undefined;
	if (offset === undefined || lowerAt(ctx, month.end + 1) !== 'year') return null;
	const end = month.end + 2;
	const m = month.value;
	if (!ctx.dct) return { start: i, end, type: 'DATE', value: `XXXX-${String(m).padStart(2, '0')}` };
	const y = ctx.dct.y + offset;
	return { start: i, end, type: 'DATE', value: formatMonth(y, m), point: { y, m } };
}

/** "of that year", "of the following year": the year counted from the story's last date. */
const STORY_YEARS: ReadonlyMap<string, number> = table({
	that: 0,
	same: 0,
	following: 1,
	next: 1,
	previous: -1,
	preceding: -1,
	prior: -1
});

/**
 * "May of that year", "March of the following year": a month of the year the story is
 * telling, not of the publication's ("a club that finished 11th in 2023 and fired its coach in
 * May of that year" is May 2023).
 */
function monthOfStoryYear(ctx: Context, i: number, end: number, m: number): Match | null {
	if (lowerAt(ctx, end) !== 'of') return null;
	let j = end + 1;
	const hasThe = lowerAt(ctx, j) === 'the';
	if (hasThe) j++;
	const offset = STORY_YEARS.get(lowerAt(ctx, j));
	// "of that year" takes no "the"; "of the same year", "of the following year" do.
	if (offset === undefined || hasThe === (lowerAt(ctx, j) === 'that')) return null;
	if (lowerAt(ctx, j + 1) !== 'year') return null;
	const from = reference(ctx, true, 'Y');
	if (!from)
		return { start: i, end: j + 2, type: 'DATE', value: `XXXX-${String(m).padStart(2, '0')}` };
	const y = from.y + offset;
	return { start: i, end: j + 2, type: 'DATE', value: formatMonth(y, m), point: { y, m } };
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
	// "last February" said in March is a year back: the month just gone would be "last month".
	if (offset < 0 && m >= ref.m - 1) y--;
	if (offset > 0 && m <= ref.m) y++;
	// "The plant closed this December", told in January: the December just gone, for a clause
	// told in the past cannot reach a month still ahead.
	if (offset === 0 && m > ref.m && tenseAround(ctx, i, end) === 'past') y--;
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
	else date = dateForWeekday(ref, d, weekdayTense(ctx, i, end));
	return { start: i, end, type: 'DATE', value: formatDay(date), point: date } as Match;
}

/** The unit an anniversary's "N years ago this …" keeps: "this week", "this month". */
const ANNIVERSARY_GRAINS: ReadonlyMap<string, Grain | undefined> = table({
	'this week': 'W',
	'this month': 'M'
});

/** "two weeks ago", "a year earlier", "months ago", "years before", "a decade later". */
export function agoLater(ctx: Context, i: number): Match | null {
	// "the year before", "the day after": one unit from the story's last date.
	const the = lowerAt(ctx, i) === 'the' && !lowerAt(ctx, i + 1).endsWith('s');
	const q = the ? { n: 1, end: i + 1 } : readQuantity(ctx, i);
	let unitAt = q ? skipHyphen(ctx, q.end) : i;
	const unit = UNITS.get(lowerAt(ctx, unitAt));
	if (!unit || unit === 'WE') return null;
	unitAt++;
	// "a week or so ago"
	const roughly = lowerAt(ctx, unitAt) === 'or' && lowerAt(ctx, unitAt + 1) === 'so';
	if (roughly) unitAt += 2;
	const dir = lowerAt(ctx, unitAt);
	let sign: number;
	let anaphoric = false;
	// "two weeks from now": counted from the publication date, ahead.
	const fromNow = dir === 'from' && ['now', 'today'].includes(lowerAt(ctx, unitAt + 1));
	// "talks are due to start in two weeks": a time ahead, not a length (only when the clause
	// looks ahead; "his second letter in two weeks" is a length).
	const inFuture =
		lowerAt(ctx, i - 1) === 'in' &&
		q !== null &&
		q.n !== 'X' &&
		!the &&
		unit !== 'H' &&
		unit !== 'MIN' &&
		unit !== 'S' &&
		tenseAround(ctx, i, unitAt) === 'future';
	if (fromNow || inFuture) {
		const n = q!.n as number;
		const grain = unit === 'DE' || unit === 'CE' ? 'Y' : GRAIN_OF_UNIT[unit];
		if (!grain || !ctx.dct) return null;
		const count = unit === 'DE' ? 10 * n : unit === 'CE' ? 100 * n : n;
		const end = fromNow ? unitAt + 2 : unitAt;
		return { start: i, end, type: 'DATE', value: shift(ctx.dct, grain, count).value };
	}
	if (dir === 'ago') sign = -1;
	else if (dir === 'earlier' || dir === 'before') {
		sign = -1;
		anaphoric = true;
	} else if (dir === 'later' || dir === 'after' || dir === 'hence') {
		sign = 1;
		anaphoric = dir !== 'hence';
	} else return null;
	// "13 days after the bombing": a preposition, so only "13 days" is an expression: a date
	// when the happening is the one the story just dated ("On April 12, 1861, … was seized eight
	// days after Fort Sumter"), else a length.
	const following = ctx.tokens[unitAt + 1];
	if ((dir === 'before' || dir === 'after') && following && following.kind !== 'punct') {
		return the ? null : afterHappening(ctx, i, unitAt, q, unit, dir === 'after' ? 1 : -1);
	}
	// "Castell, who resigned three days later, had denied any wrongdoing on 4 May 2019": an
	// aside's length counts from the date its sentence tells after it, not the story's last
	// one; a length with "later" its signal, which the extractor counts (extract/asides.ts).
	if (
		q &&
		q.n !== 'X' &&
		(dir === 'later' || dir === 'earlier') &&
		asideBeforeItsDate(ctx, i, unitAt)
	)
		return { start: i, end: unitAt, type: 'DURATION', value: durationValue(q.n, unit) };
	// In a history, "Three days later", "A day earlier" name a day of the story: counted from
	// the day it told last. A report's are tagged as the length with "later" its signal, as
	// both news gold sets do (the extractor dates the event from them all the same); hours and
	// minutes, or days with no day told, stay lengths everywhere.
	const storyDay = ctx.anchor?.d !== undefined && ctx.genre === 'narrative';
	if (
		q &&
		SHORT_UNITS.has(unit) &&
		(unit !== 'D' || !storyDay) &&
		(dir === 'later' || dir === 'earlier')
	)
		return null;
	const end = unitAt + 1;
	if (!q || q.n === 'X') {
		return { start: i, end, type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
	}
	const n = q.n;
	// "Fifty years ago today", "Ten years ago this week": an anniversary, the very day (week,
	// month) that many years back.
	const anniversary = ANNIVERSARY_GRAINS.get(`${lowerAt(ctx, end)} ${lowerAt(ctx, end + 1)}`);
	if (
		dir === 'ago' &&
		(lowerAt(ctx, end) === 'today' || anniversary) &&
		ctx.dct &&
		(unit === 'Y' || unit === 'DE')
	) {
		const years = unit === 'DE' ? 10 * n : n;
		const date = { ...ctx.dct, y: ctx.dct.y - years };
		if (anniversary) {
			const { value } = shift({ ...date, d: Math.min(date.d, 28) }, anniversary, 0);
			return { start: i, end: end + 2, type: 'DATE', value, point: { y: date.y, m: date.m } };
		}
		if (isValidDate(date.y, date.m, date.d))
			return { start: i, end: end + 1, type: 'DATE', value: formatDay(date), point: date };
	}
	// "a year ago" in an earnings report is the year-ago quarter (TimeBank's convention).
	const reported = reportingQuarter(ctx, i);
	if (unit === 'Y' && reported) {
		const y = reported.y + sign * n;
		return { start: i, end, type: 'DATE', value: `${formatYear(y)}-Q${reported.q}` };
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
	// "Six years later" with no date told before it counts from nothing the reader knows: it
	// is a length (with "later" its signal), not six years after the publication date. ("A
	// year earlier" with none is a report's comparison with a year before it.)
	if (anaphoric && sign > 0 && !ctx.anchor) {
		return { start: i, end: unitAt, type: 'DURATION', value: durationValue(n, unit) };
	}
	// "Now, 32 years later, the case has a suspect": the length from the story up to the page's
	// time, which the narrator has come back to (story.ts, BACK_TO_NOW; dev16e), not 32 years
	// after the story's last date.
	if (anaphoric && sign > 0 && ctx.genre === 'narrative' && opensBackToNow(ctx, i))
		return { start: i, end: unitAt, type: 'DURATION', value: durationValue(n, unit) };
	// "Marsh resigned a week later", after "in August 2023": a week after a month is no week
	// the reader can name, and never one counted from the publication date. A length with its
	// signal, as "three days later" in a report.
	if (
		ctx.genre === 'news' &&
		anaphoric &&
		sign > 0 &&
		(grain === 'W' || grain === 'D') &&
		ctx.anchor?.d === undefined
	)
		return { start: i, end: unitAt, type: 'DURATION', value: durationValue(n, unit) };
	const ref = reference(ctx, anaphoric, grain, i);
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

/** How far an aside's opener and its sentence's date may lie from its length, in tokens. */
const ASIDE_REACH = 24;

/**
 * Whether the length at token i, its signal ("later", "earlier") at token `signal`, closes a
 * relative clause set off by commas (", who resigned three days later,", ", which collapsed two
 * months later,") and its sentence names a year, a month or a weekday after it.
 */
function asideBeforeItsDate(ctx: Context, i: number, signal: number): boolean {
	const { tokens } = ctx;
	if (tokens[signal + 1]?.text !== ',') return false;
	let opened = false;
	for (let j = i - 1; j > 0 && j >= i - ASIDE_REACH; j--) {
		const t = tokens[j]!;
		if (t.kind === 'punct') return false;
		if ((t.lower === 'who' || t.lower === 'which') && tokens[j - 1]?.text === ',') {
			opened = true;
			break;
		}
		if (t.sentenceStart) return false;
	}
	if (!opened) return false;
	for (let j = signal + 2; j < tokens.length && j <= signal + ASIDE_REACH; j++) {
		const t = tokens[j]!;
		if (t.sentenceStart || t.text === ';') return false;
		if (t.kind === 'number' && /^\d{4}$/.test(t.text)) return true;
		if (WEEKDAYS.has(t.lower)) return true;
		if (MONTHS.has(t.lower)) {
			const near = [tokens[j - 1], tokens[j + 1], tokens[j + 2]];
			if (!AMBIGUOUS_MONTHS.has(t.lower) || near.some((n) => n?.kind === 'number')) return true;
		}
	}
	return false;
}

/** Units a story's day, month or year can be moved by, and the precision each needs. */
const STEP: Partial<Record<string, { grain: Grain; needs: 'd' | 'm' | 'y'; times: number }>> = {
	D: { grain: 'D', needs: 'd', times: 1 },
	W: { grain: 'D', needs: 'd', times: 7 },
	M: { grain: 'M', needs: 'm', times: 1 },
	Y: { grain: 'Y', needs: 'y', times: 1 },
	DE: { grain: 'Y', needs: 'y', times: 10 }
};

/**
 * "a week after the election", "two years before the war": in a history, the date that far
 * from the happening, when the story told its date just before (this sentence or the last) as
 * precisely as the unit needs. Otherwise the happening's date is unknown and the words are a
 * length. A report's "a month after Qantas suspended flights" mostly counts from a happening
 * it never dated, so news keeps the length.
 */
function afterHappening(
	ctx: Context,
	i: number,
	end: number,
	q: { n: number | 'X' } | null,
	unit: Unit,
	sign: number
): Match | null {
	const step = STEP[unit];
	const story = ctx.genre === 'narrative' ? toldJustBefore(ctx, i) : null;
	if (!q || q.n === 'X' || !step || !story || story[step.needs] === undefined) return null;
	const { value } = shift(pointAsDate(story), step.grain, sign * q.n * step.times);
	return { start: i, end, type: 'DATE', value };
}
