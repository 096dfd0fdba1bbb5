/**
 * Times of day: "9 a.m. Tuesday", "10:35 a.m.", "noon", "Friday night", "this morning",
 * "yesterday afternoon", "last night". The date part falls back to the publication date.
 */
import { addDays, formatDay, pad, weekday, type Ymd } from '../calendar';
import { lowerAt, type Context, type Match } from '../context';
import { DAY_PARTS, table } from '../lexicon';
import { dateForWeekday } from '../normalise';
import { tenseAround, weekdayTense, type Tense } from '../tense';
import { toldJustBefore } from '../story';
import { deicticDay, offsetUnit } from './relative';
import { calendarDate } from './dates';
import { fractionAt } from './durations';
import { readWeekday, skipDot } from './words';

const ZONES = new Set([
	'est',
	'edt',
	'cst',
	'cdt',
	'mst',
	'mdt',
	'pst',
	'pdt',
	'gmt',
	'utc',
	'bst',
	'cet',
	'et',
	'pt'
]);

/** Words of a zone spelt out, which ends in "time": "Eastern time", "Central European Time". */
const ZONE_WORDS = new Set(
	(
		'local eastern central mountain pacific atlantic alaska hawaii greenwich british european ' +
		'western moscow china japan korea india israel australian arabia gulf irish summer standard ' +
		'daylight mean'
	).split(' ')
);

/** Where a clock time ends past its zone: "3 p.m. EST", "1500 local time", "9 p.m. Eastern time". */
function afterZone(ctx: Context, end: number): number {
	if (ZONES.has(lowerAt(ctx, end))) return end + 1;
	let words = 0;
	while (words < 3 && ZONE_WORDS.has(lowerAt(ctx, end + words))) words++;
	return words > 0 && lowerAt(ctx, end + words) === 'time' ? end + words + 1 : end;
}

const CLOCK_PREPOSITIONS = new Set([
	'at',
	'by',
	'until',
	'till',
	'before',
	'after',
	'around',
	'about',
	'from',
	'to',
	'since',
	'past',
	'for'
]);

/**
 * Words before a bare "5:34" (no a.m. or p.m.) that make it a race's or a record's length, not a
 * time of day: a clock is told "at", a length "in" ("won on Saturday in 5:34", "ran the mile in
 * 3:47", "the record of 2:05", "clocked 4:12").
 */
const LENGTH_BEFORE_BARE_CLOCK: ReadonlyMap<string, boolean> = table({
	in: true,
	clocked: true,
	timed: true,
	of: true
});

/** "9 a.m.", "10:35 p.m.", "9am", "noon", "midnight": hours and minutes on a 24-hour clock. */
interface Clock {
	h: number;
	min: number;
	end: number;
	/** Days from the publication date, when the clock names its day ("at 9 tonight"). */
	offset?: number;
}

function readClock(ctx: Context, i: number): Clock | null {
	const w = lowerAt(ctx, i);
	if (w === 'noon' || w === 'midday' || w === 'midnight') {
		// "High Noon" is a film; a time of day follows a preposition.
		if (!CLOCK_PREPOSITIONS.has(lowerAt(ctx, i - 1)) || ctx.tokens[i]!.text[0] !== w[0])
			return null;
		return { h: w === 'midnight' ? 24 : 12, min: 0, end: i + 1 };
	}
	const t = ctx.tokens[i];
	// "at 1400 GMT", "by 0930 local time": a 24-hour clock, told by its zone.
	if (t?.kind === 'number' && t.text.length === 4 && CLOCK_PREPOSITIONS.has(lowerAt(ctx, i - 1))) {
		const zoned = ZONES.has(lowerAt(ctx, i + 1)) || lowerAt(ctx, i + 1) === 'local';
		const [h, min] = [Number(t.text.slice(0, 2)), Number(t.text.slice(2))];
		return zoned && h <= 23 && min <= 59 ? { h, min, end: i + 1 } : null;
	}
	if (!t || t.kind !== 'number' || t.text.length > 2) return null;
	// The "05" of "2.05am" is a fraction's digits, never a clock of its own.
	if (lowerAt(ctx, i - 1) === '.' && !t.spaced && ctx.tokens[i - 2]?.kind === 'number') return null;
	let h = Number(t.text);
	let min = 0;
	let j = i + 1;
	if (
		lowerAt(ctx, j) === ':' &&
		ctx.tokens[j + 1]?.kind === 'number' &&
		ctx.tokens[j + 1]?.text.length === 2
	) {
		min = Number(ctx.tokens[j + 1]!.text);
		j += 2;
	}
	const dotted = j === i + 1 && dottedMinutes(ctx, j);
	if (dotted) {
		min = Number(ctx.tokens[j + 1]!.text);
		j += 2;
	}
	const m = lowerAt(ctx, j);
	let meridiem: string | null = null;
	if (m === 'a' || m === 'p') {
		const k = skipDot(ctx, j + 1);
		if (lowerAt(ctx, k) === 'm') {
			meridiem = m;
			j = skipDot(ctx, k + 1);
		}
	} else if (m === 'am' || m === 'pm') {
		// A stop after "9pm" ends its sentence: "9pm." is no abbreviation.
		meridiem = m[0]!;
		j++;
	}
	// "at 4 in the morning", "by 8 in the evening": the part of day says a.m. or p.m.
	// Not "rose to 12 in the afternoon": "to" before a number is mostly a count.
	const before = lowerAt(ctx, i - 1);
	const timed = CLOCK_PREPOSITIONS.has(before) && before !== 'to' && h >= 1 && h <= 12;
	const part = !meridiem && timed ? clockPart(ctx, j) : null;
	if (part) {
		if (part.pm && h < 12) h += 12;
		if (!part.pm && h === 12) h = 0;
		if (min > 59) return null;
		return part.offset === undefined
			? { h, min, end: part.end }
			: { h, min, end: part.end, offset: part.offset };
	}
	if (!meridiem) {
		// "10:35" alone is a clock time only with minutes and a plausible hour, and not where it
		// goes on to seconds or hundredths ("15:41.22", "2:08:41") or is told as a length.
		if (j === i + 1 || h > 23) return null;
		// "at 9.15 on Wednesday" and "at 18.40 on 4 May" are clock times; "at 9.15" alone and
		// "shares closed at 6.40 on Friday" are numbers.
		if (dotted && !(before === 'at' && dayAfterClock(ctx, j) && !priceBefore(ctx, i))) return null;
		if (LENGTH_BEFORE_BARE_CLOCK.has(before) || fractionAt(ctx, j)) return null;
		const seconds = lowerAt(ctx, j) === ':' && ctx.tokens[j + 1]?.kind === 'number';
		if (seconds && before !== 'at') return null;
	} else {
		if (h < 1 || h > 12) return null;
		if (meridiem === 'p' && h < 12) h += 12;
		if (meridiem === 'a' && h === 12) h = 0;
	}
	if (min > 59) return null;
	// "11.20pm last night", "9am this morning": the part names the clock's day, as it does after
	// a bare "11:30"; the a.m. or p.m. already told the hour.
	const deictic = meridiem ? deicticPart(ctx, j) : null;
	if (deictic) return { h, min, end: deictic.end, offset: deictic.offset };
	return { h, min, end: j };
}

/**
 * British style writes a clock's minutes after a full stop: "6.40pm", "6.40 pm", "at 6.40 this
 * morning", "at 9.15 on Tuesday". Whether the stop at `j` (right after the hour) and the two
 * digits after it, all unspaced, are such minutes; the caller asks for a.m. or p.m., a part of
 * day or a day after them, for without one "6.40" is a decimal.
 */
function dottedMinutes(ctx: Context, j: number): boolean {
	const stop = ctx.tokens[j];
	const minutes = ctx.tokens[j + 1];
	if (stop?.text !== '.' || stop.spaced || !minutes || minutes.spaced) return false;
	if (minutes.kind !== 'number' || minutes.text.length !== 2) return false;
	// "1.15.30" and "6.40.2" are versions or lengths, not clocks.
	const after = ctx.tokens[j + 2];
	return !(
		after &&
		!after.spaced &&
		(after.text === '.' || after.text === ':') &&
		ctx.tokens[j + 3]?.kind === 'number' &&
		!ctx.tokens[j + 3]!.spaced
	);
}

/** Whether a day follows a clock ending at `j`: "on Tuesday", "yesterday", "on 4 May". */
function dayAfterClock(ctx: Context, j: number): boolean {
	const k = lowerAt(ctx, j) === 'on' ? j + 1 : j;
	if (readWeekday(ctx, k) || readDay(ctx, k) || partOfStoryDay(ctx, j)) return true;
	const date = calendarDate(ctx, k);
	return date?.point?.d !== undefined;
}

/**
 * "at 7.30 the next morning", "at 10:15 that night", "at 9 the following evening": a day of the
 * story told by its part, right after a clock (offsetUnit reads it), with whether the part is
 * after noon. Else null.
 */
function partOfStoryDay(ctx: Context, j: number): { match: Match; part: string } | null {
	const w = lowerAt(ctx, j);
	if (w !== 'the' && w !== 'that') return null;
	const match = offsetUnit(ctx, j);
	const part = match && lowerAt(ctx, match.end - 1);
	if (!match || !part || !isPartOfDay(part) || match.point?.d === undefined) return null;
	return { match, part };
}

/**
 * Words that make "at 6.40" a price, a rate or a score before a day: "The shares closed at 6.40
 * on Friday", "the pound stood at 1.15 on Tuesday", "odds of 2.50 on Saturday". Read back to
 * the clause's start.
 */
const PRICE_WORDS = new Set(
	(
		'shares share stock stocks index pound pounds dollar dollars euro euros yen price prices ' +
		'rate rates yield yields odds traded closed trading valued value pence cents barrel ' +
		'ounce points point percent per cent'
	).split(' ')
);

function priceBefore(ctx: Context, i: number): boolean {
	for (let k = i - 1; k >= 0 && i - k <= 12; k--) {
		const t = ctx.tokens[k]!;
		if (PRICE_WORDS.has(t.lower)) return true;
		if (t.sentenceStart || t.text === ';' || t.text === ',') break;
	}
	return false;
}

/** Words that may follow "at 4 in the morning" without making it a noun phrase. */
const AFTER_CLOCK = new Set([
	'on',
	'of',
	'and',
	'or',
	'when',
	'to',
	'with',
	'for',
	'before',
	'after',
	'local',
	'time',
	'until',
	'at',
	'in',
	'as',
	'but',
	'while'
]);

const CLOCK_PARTS: ReadonlyMap<string, boolean> = table({
	morning: false,
	afternoon: true,
	evening: true
});

const isPartOfDay = (w: string) => CLOCK_PARTS.has(w) || w === 'night';

/** Days named with a part after a clock: "at 9 tonight", "at 11:30 last night". */
const DEICTIC_PARTS: ReadonlyMap<string, number> = table({
	this: 0,
	today: 0,
	last: -1,
	yesterday: -1,
	tomorrow: 1
});

/** "tonight", "last night", "this morning", "yesterday evening" after a clock: its day and part. */
function deicticPart(ctx: Context, j: number): { pm: boolean; end: number; offset: number } | null {
	const w = lowerAt(ctx, j);
	if (w === 'tonight') return { pm: true, end: j + 1, offset: 0 };
	const offset = DEICTIC_PARTS.get(w);
	const named =
		CLOCK_PARTS.get(lowerAt(ctx, j + 1)) ?? (lowerAt(ctx, j + 1) === 'night' ? true : undefined);
	// "last night" only: "last morning" is no English.
	if (
		offset !== undefined &&
		named !== undefined &&
		(w !== 'last' || lowerAt(ctx, j + 1) === 'night')
	) {
		return { pm: named, end: j + 2, offset };
	}
	return null;
}

function clockPart(ctx: Context, j: number): { pm: boolean; end: number; offset?: number } | null {
	const w = lowerAt(ctx, j);
	const deictic = deicticPart(ctx, j);
	if (deictic) return deictic;
	if (w === 'in' && lowerAt(ctx, j + 1) === 'the') {
		const pm = CLOCK_PARTS.get(lowerAt(ctx, j + 2));
		// "at 4 in the morning session": the part names a thing, not the time.
		const next = ctx.tokens[j + 3];
		if (next?.kind === 'word' && /^[a-z]/.test(next.text) && !AFTER_CLOCK.has(next.lower))
			return null;
		return pm === undefined ? null : { pm, end: j + 3 };
	}
	return null;
}

/** A day after a clock time or before a part of day: "Tuesday", "yesterday", "today". */
function readDay(ctx: Context, i: number, from = i): { date: Ymd | null; end: number } | null {
	const wd = readWeekday(ctx, i);
	if (wd) {
		if (!ctx.dct) return { date: null, end: wd.end };
		const tense = weekdayTense(ctx, from, wd.end);
		return { date: weekdayDate(ctx, wd.value, tense, i), end: wd.end };
	}
	const day = deicticDay(ctx, i);
	if (day && day.type === 'DATE') {
		return {
			date: day.point?.d !== undefined ? { y: day.point.y, m: day.point.m!, d: day.point.d } : null,
			end: day.end
		};
	}
	return null;
}

/**
 * The date of a weekday told alone. A past one that would be the page's own day, told just
 * after a day of the week before, goes on from that day: "The fire was reported on Aug. 7 [a
 * Friday] … By Saturday night it had burned 9,000 acres", told on Saturday, Aug. 15, is Aug. 8.
 */
/**
 * A week retold day by day: "The slide began on Tuesday, March 3, … On Friday, …", "On Monday,
 * Dec. 7, a valve stuck open. On Tuesday, …" (dev10). A weekday not looking ahead, told in the
 * paragraph just after a day the text named by its weekday (or a day of an earlier year) more
 * than a week before the page, is the first such day after it, not one of the page's week.
 * Else null.
 */
/** How many days back a retold day without its weekday must lie to count the weekdays after it. */
const RETOLD_DAYS = 31;

function retoldWeek(ctx: Context, day: number, tense: Tense, at: number): Ymd | null {
	const story = ctx.story;
	if (tense === 'future' || !story || !ctx.dct) return null;
	// A day of an earlier year, more than a month back, needs no weekday of its own for an "on"
	// weekday: "reached the comet on Dec. 7, 2020. On Tuesday, …" is no Tuesday of the page's
	// year (but "Oct. 23, 1998 … Until Thursday, they had not called", AQUAINT, is this week's).
	if (!story.weekday && (story.point.y >= ctx.dct.y || lowerAt(ctx, at - 1) !== 'on')) return null;
	const reach = story.weekday ? -7 : -RETOLD_DAYS;
	if (ctx.tokens[at]?.paragraph !== story.paragraph) return null;
	// "Marcus Lee, now a coach in Ohio, was in the stands Wednesday": a sentence that speaks
	// from the page's now tells of the page's week (a blind article).
	if (saysNow(ctx, at)) return null;
	const told = toldJustBefore(ctx, at);
	if (told?.d === undefined || told.m === undefined) return null;
	const from = { y: told.y, m: told.m, d: told.d };
	if (formatDay(from) >= formatDay(addDays(ctx.dct, reach))) return null;
	return addDays(from, ((day - weekday(from) + 6) % 7) + 1);
}

/** Words of the narrator's now: "X, now a coach, …", "today a museum". */
const NOW_WORDS = new Set(['now', 'today', 'currently', 'nowadays']);

/** How far either side of a weekday its sentence is read for the narrator's "now". */
const NOW_REACH = 40;

/** Whether the narrator says "now" in the sentence of token i, outside quotation. */
function saysNow(ctx: Context, i: number): boolean {
	for (let j = i; j >= 0 && j >= i - NOW_REACH; j--) {
		const t = ctx.tokens[j]!;
		if (!ctx.quoted[j] && NOW_WORDS.has(t.lower)) return true;
		if (t.sentenceStart) break;
	}
	const end = Math.min(ctx.tokens.length, i + NOW_REACH);
	for (let j = i + 1; j < end && !ctx.tokens[j]!.sentenceStart; j++)
		if (!ctx.quoted[j] && NOW_WORDS.has(ctx.tokens[j]!.lower)) return true;
	return false;
}

function weekdayDate(ctx: Context, day: number, tense: Tense, at: number): Ymd {
	const retold = retoldWeek(ctx, day, tense, at);
	if (retold) return retold;
	const dct = ctx.dct!;
	const date = dateForWeekday(dct, day, tense);
	if (tense !== 'past' || formatDay(date) !== formatDay(dct)) return date;
	const told = toldJustBefore(ctx, at);
	if (told?.d === undefined || told.m === undefined) return date;
	const from = { y: told.y, m: told.m, d: told.d };
	const next = addDays(from, (day - weekday(from) + 7) % 7);
	const weekBefore = formatDay(addDays(dct, -7));
	return formatDay(next) >= weekBefore && formatDay(next) < formatDay(dct) ? next : date;
}

const dayValue = (date: Ymd | null) => (date ? formatDay(date) : 'XXXX-XX-XX');

/** A TIME value: the day (or XXXX-XX-XX when unknown) and the hour and minute. */
const clockValue = (date: Ymd | null, h: number, min: number) =>
	`${dayValue(date)}T${pad(h)}:${pad(min)}`;

/** From this hour on, a clock time is the evening of its day (a night's "late hours"). */
const EVENING = 18;
/** Before this hour, a clock time after a night's evening is the next morning's. */
const SMALL_HOURS_END = 7;
/** How far (in tokens) a night told in order goes on from its last evening clock time. */
const NIGHT_REACH = 120;
/** Words before "midnight" that keep it at the end of its day: "shortly before midnight". */
const NIGHT_OF_THE_DAY = new Set(['before', 'until', 'till', 'by']);

export function clockTime(ctx: Context, i: number): Match | null {
	const clock = readClock(ctx, i);
	if (!clock) return null;
	let end = clock.end;
	if (clock.offset !== undefined) {
		const date = ctx.dct && addDays(ctx.dct, clock.offset);
		const match: Match = {
			start: i,
			end,
			type: 'TIME',
			value: clockValue(date, clock.h, clock.min)
		};
		// The day it names is the story's new anchor, as a bare "today" would be: "the result was
		// declared at 3.40am today. … She thanked her husband" is today's.
		if (date) match.point = date;
		return match;
	}
	end = afterZone(ctx, end);
	// A bare "at 10 p.m." belongs to the day the story is telling, if it named one (and not a
	// day still ahead, as in "will be sworn in on Jan. 20 … conceded at 2:30 a.m.").
	const anchor = ctx.anchor;
	const told =
		anchor?.d !== undefined && anchor.m !== undefined
			? { y: anchor.y, m: anchor.m, d: anchor.d }
			: null;
	const ahead = told && ctx.dct && formatDay(told) > formatDay(ctx.dct);
	let date: Ymd | null = told && !(ahead && tenseAround(ctx, i, end) === 'past') ? told : ctx.dct;
	let j = end;
	if (lowerAt(ctx, j) === 'on') {
		j++;
		// "At 6:40 on the morning of June 5, 1977": the day the part of day is of.
		if (
			lowerAt(ctx, j) === 'the' &&
			isPartOfDay(lowerAt(ctx, j + 1)) &&
			lowerAt(ctx, j + 2) === 'of'
		)
			j += 3;
	}
	// "at 6:40 in the morning of Nov. 12, 2019": the day the part of day is of.
	else if (lowerAt(ctx, j) === 'of' && CLOCK_PARTS.has(lowerAt(ctx, j - 1))) j++;
	const day = readDay(ctx, j, i);
	const storyDay = day ? null : partOfStoryDay(ctx, end);
	// The day a clock names ("at 8:15 a.m. on Aug. 6, 1945") is the story's new anchor.
	let named: Ymd | null = null;
	let h = clock.h;
	if (day) {
		named = date = day.date;
		end = day.end;
		// "at 11.20pm on Saturday night", "at 6.15am on Monday morning": the part is of the day
		// told, and of the expression's words.
		if (isPartOfDay(lowerAt(ctx, end))) end++;
	} else if (storyDay) {
		const p = storyDay.match.point!;
		named = date = { y: p.y, m: p.m!, d: p.d! };
		end = storyDay.match.end;
		// "at 10.15 that night", "at 6 the next evening": the part says p.m.
		if (storyDay.part !== 'morning' && h < 12 && (storyDay.part !== 'night' || h >= 6)) h += 12;
	} else {
		// "5 p.m. EST, Nov. 6"
		const k = lowerAt(ctx, j) === ',' ? j + 1 : j;
		ctx.outerStart = i;
		const explicit = calendarDate(ctx, k);
		ctx.outerStart = undefined;
		if (explicit?.point?.d !== undefined && explicit.point.m !== undefined) {
			named = date = { y: explicit.point.y, m: explicit.point.m, d: explicit.point.d };
			end = explicit.end;
		}
	}
	// A night's late hours told after its small hours are the evening before: "The fire reached
	// Oak Run early Wednesday. A deputy radioed at 11:41 p.m. …" is Tuesday night.
	if (!named && date && date === told && ctx.story?.early && h >= EVENING) {
		if (tenseAround(ctx, i, end) !== 'future') date = addDays(date, -1);
	}
	// A night told in order goes on past midnight: "sirens sounded at 10:52 p.m. … crossed Main
	// Street at 12:20 a.m." is the next day's 12:20, not the evening's own day's.
	const evening = ctx.evening;
	if (
		!named &&
		date &&
		date === told &&
		h < SMALL_HOURS_END &&
		evening &&
		evening.day === formatDay(date) &&
		i - evening.at <= NIGHT_REACH
	)
		date = addDays(date, 1);
	if (date && (h >= EVENING || h === 24)) ctx.evening = { day: formatDay(date), at: i };
	// "shortly before midnight", "until midnight": the night of the day told, not the next day.
	if (h === 24 && date && NIGHT_OF_THE_DAY.has(lowerAt(ctx, i - 1)))
		return { start: i, end, type: 'TIME', value: `${formatDay(date)}TNI` };
	if (h === 24 && date) {
		date = addDays(date, 1);
		h = 0;
	}
	const value = clockValue(date, h, clock.min);
	return named
		? { start: i, end, type: 'TIME', value, point: named }
		: { start: i, end, type: 'TIME', value };
}

/** "Friday night", "yesterday morning", "this morning", "last night", "tonight". */
export function dayPart(ctx: Context, i: number): Match | null {
	const w = lowerAt(ctx, i);
	if ((w === 'this' || w === 'last') && DAY_PARTS.get(lowerAt(ctx, i + 1))) {
		const part = DAY_PARTS.get(lowerAt(ctx, i + 1))!;
		if (w === 'last' && part !== 'NI') return null;
		const date = ctx.dct && (w === 'last' ? addDays(ctx.dct, -1) : ctx.dct);
		return { start: i, end: i + 2, type: 'TIME', value: `${dayValue(date)}T${part}` };
	}
	const day = readDay(ctx, i);
	if (!day) return null;
	const part = DAY_PARTS.get(lowerAt(ctx, day.end));
	if (!part || lowerAt(ctx, day.end) === 'tonight') return null;
	// Annotators mostly value "Friday night" as the day itself: a night runs past midnight, so
	// its day is what a report needs. A morning, afternoon or evening is a TIME of its day.
	const point = day.date ?? undefined;
	const match: Match =
		part === 'NI'
			? { start: i, end: day.end + 1, type: 'DATE', value: dayValue(day.date) }
			: { start: i, end: day.end + 1, type: 'TIME', value: `${dayValue(day.date)}T${part}` };
	// "Wednesday night's shooting … at 8 p.m.": the day is the story's new anchor.
	if (point) match.point = point;
	return match;
}

const SERIES = new Set(['and', 'or', 'to', 'through', '-', '\u2013']);

/**
 * "next Tuesday and Wednesday": a weekday joined to a coming weekday just read is the first
 * such day after it, whatever the tense of the clause says.
 */
function nextInSeries(ctx: Context, i: number, day: number): Ymd | null {
	const a = ctx.anchor;
	if (!SERIES.has(lowerAt(ctx, i - 1)) || a?.d === undefined || a.m === undefined) return null;
	if (readWeekday(ctx, i - 2)?.end !== i - 1) return null;
	const from = { y: a.y, m: a.m, d: a.d };
	// In the past a series may run backwards ("statements made Friday and Thursday").
	if (!ctx.dct || formatDay(from) <= formatDay(ctx.dct)) return null;
	return addDays(from, ((day - weekday(from) + 6) % 7) + 1);
}

/**
 * "on Jan. 18, a Sunday, and": the weekday names the day just told, not one of the page's
 * week. Else null.
 */
function inApposition(ctx: Context, i: number): Ymd | null {
	if (lowerAt(ctx, i - 1) !== 'a' || lowerAt(ctx, i - 2) !== ',') return null;
	const story = ctx.story;
	const p = story?.point;
	if (!story || story.at !== i - 2 || p?.m === undefined || p.d === undefined) return null;
	return { y: p.y, m: p.m, d: p.d };
}

/** Parts of days told in the plural after a weekday, with their TIMEX3 codes. */
const PLURAL_PARTS: Readonly<Record<string, string>> = {
	mornings: 'MO',
	afternoons: 'AF',
	evenings: 'EV',
	nights: 'NI'
};

/** "Tuesday" alone: the date of that weekday around the publication date. */
export function weekdayAlone(ctx: Context, i: number): Match | null {
	const wd = readWeekday(ctx, i);
	if (!wd) return null;
	// "on Sunday evenings": every Sunday's evening, a habit, no day of the story.
	const every = PLURAL_PARTS[lowerAt(ctx, wd.end)];
	if (every) {
		const day = `XXXX-WXX-${wd.value === 0 ? 7 : wd.value}`;
		return { start: i, end: wd.end + 1, type: 'SET', value: `${day}T${every}` };
	}
	if (!ctx.dct) return { start: i, end: wd.end, type: 'DATE', value: 'XXXX-XX-XX' };
	const date =
		inApposition(ctx, i) ??
		nextInSeries(ctx, i, wd.value) ??
		weekdayDate(ctx, wd.value, weekdayTense(ctx, i, wd.end), i);
	// "Tuesday at 8:08 p.m.": the day and its clock time are one TIME.
	const clock = lowerAt(ctx, wd.end) === 'at' ? readClock(ctx, wd.end + 1) : null;
	if (clock && clock.offset === undefined) {
		const end = afterZone(ctx, clock.end);
		return {
			start: i,
			end,
			type: 'TIME',
			value: clockValue(date, clock.h, clock.min),
			point: date
		};
	}
	return { start: i, end: wd.end, type: 'DATE', value: formatDay(date), point: date };
}

/**
 * "mid afternoon", "mid-afternoon yesterday", "early morning Tuesday": a stretch of a part of a
 * day, a TIME with the part's mod. "late night" is left out: it is mostly an adjective
 * ("late-night television").
 */
export function edgeOfDay(ctx: Context, i: number): Match | null {
	const w = lowerAt(ctx, i);
	if (w !== 'early' && w !== 'late' && w !== 'mid') return null;
	const j = lowerAt(ctx, i + 1) === '-' ? i + 2 : i + 1;
	const word = lowerAt(ctx, j);
	const part = DAY_PARTS.get(word);
	if (!part || (word !== 'morning' && word !== 'afternoon' && word !== 'evening')) return null;
	let end = j + 1;
	// "In the early afternoon of 17 September 1944", "the early morning hours of 30 April": the
	// part is of the date after it, never of the page's day (partOfDate).
	if (dateAfterPart(ctx, end)) return null;
	// The day of a story told in the past is the last one it named, as for a clock time.
	const anchor = ctx.anchor;
	let date: Ymd | null =
		anchor?.d !== undefined && anchor.m !== undefined
			? { y: anchor.y, m: anchor.m, d: anchor.d }
			: ctx.dct;
	const day = readDay(ctx, end);
	if (day) {
		date = day.date;
		end = day.end;
	}
	const mod = w === 'early' ? 'START' : w === 'late' ? 'END' : 'MID';
	return { start: i, end, type: 'TIME', value: `${dayValue(date)}T${part}`, mod };
}

/**
 * The date a part of a day belongs to, after "of" (past "hours": "the early morning hours of
 * November 1, 1954"): a calendar date with its day, else null.
 */
function dateAfterPart(ctx: Context, k: number): Match | null {
	if (lowerAt(ctx, k) === 'hours') k++;
	if (lowerAt(ctx, k) !== 'of') return null;
	const date = calendarDate(ctx, k + 1);
	return date?.point?.d !== undefined && date.type === 'DATE' ? date : null;
}

/**
 * "the morning of 31 January 1965", "the early morning hours of November 1, 1954", "the night
 * of 8 February 1904": in a history, one TIME, the part of that day, as WikiWars marks it. A
 * report leaves the part out and tags the date alone, as TimeBank and AQUAINT mark "the night
 * of Oct. 23", so this is null there.
 */
export function partOfDate(ctx: Context, i: number): Match | null {
	if (ctx.genre !== 'narrative' || lowerAt(ctx, i) !== 'the') return null;
	let j = i + 1;
	const edge = lowerAt(ctx, j);
	const mod = edge === 'early' ? 'START' : edge === 'late' ? 'END' : undefined;
	if (mod) j++;
	const part = DAY_PARTS.get(lowerAt(ctx, j));
	if (!part || !PARTS_OF_A_DATE.has(lowerAt(ctx, j))) return null;
	const date = dateAfterPart(ctx, j + 1);
	if (!date) return null;
	const match: Match = {
		start: i,
		end: date.end,
		type: 'TIME',
		value: `${date.value}T${part}`,
		point: date.point
	};
	if (mod) match.mod = mod;
	return match;
}

/** Parts of a day that "the … of" a date names ("the noon of" is no English). */
const PARTS_OF_A_DATE = new Set(['morning', 'afternoon', 'evening', 'night']);
