/**
 * Named days: "Christmas", "Thanksgiving Day", "Election Day", "Easter", "New Year's Day".
 * The year is the publication year, or the one before when the day lies ahead in a report of
 * the past (and the one after when the clause looks ahead to a day already gone).
 */
import { addDays, addMonths, formatDay, formatWeek, weekday, type Ymd } from '../calendar';
import { lowerAt, type Context, type Match } from '../context';
import { DETERMINERS, table } from '../lexicon';
import { tenseAround } from '../tense';
import { readYear } from './words';

/** The n-th (1-based; -1 = last) given weekday of a month. */
function nthWeekday(y: number, m: number, day: number, n: number): Ymd {
	if (n > 0) {
		const first = { y, m, d: 1 };
		return addDays(first, ((day - weekday(first) + 7) % 7) + 7 * (n - 1));
	}
	const end = addDays(addMonths({ y, m, d: 1 }, 1), -1);
	return addDays(end, -((weekday(end) - day + 7) % 7));
}

/** Gregorian Easter Sunday (the anonymous algorithm). */
function easter(y: number): Ymd {
	const a = y % 19;
	const b = Math.floor(y / 100);
	const c = y % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

type Rule = (y: number) => Ymd;

/** How far ahead a holiday named without a year is still this year's: a month. */
const UPCOMING_MS = 31 * 86_400_000;

/** Holidays by their words (lower case, space separated), longest first when looked up. */
const HOLIDAYS: [string[], Rule][] = [
	[['new', 'year', "'", 's', 'day'], (y) => ({ y, m: 1, d: 1 })],
	[['new', 'year', "'", 's', 'eve'], (y) => ({ y, m: 12, d: 31 })],
	[['christmas', 'eve'], (y) => ({ y, m: 12, d: 24 })],
	[['christmas', 'day'], (y) => ({ y, m: 12, d: 25 })],
	[['christmas'], (y) => ({ y, m: 12, d: 25 })],
	[['thanksgiving', 'day'], (y) => nthWeekday(y, 11, 4, 4)],
	[['thanksgiving'], (y) => nthWeekday(y, 11, 4, 4)],
	[['election', 'day'], (y) => addDays(nthWeekday(y, 11, 1, 1), 1)],
	[['independence', 'day'], (y) => ({ y, m: 7, d: 4 })],
	[['labor', 'day'], (y) => nthWeekday(y, 9, 1, 1)],
	[['memorial', 'day'], (y) => nthWeekday(y, 5, 1, -1)],
	[['veterans', 'day'], (y) => ({ y, m: 11, d: 11 })],
	[['halloween'], (y) => ({ y, m: 10, d: 31 })],
	[['valentine', "'", 's', 'day'], (y) => ({ y, m: 2, d: 14 })],
	[['boxing', 'day'], (y) => ({ y, m: 12, d: 26 })],
	[['good', 'friday'], (y) => addDays(easter(y), -2)],
	[['easter', 'monday'], (y) => addDays(easter(y), 1)],
	[['easter', 'sunday'], easter],
	[['easter'], easter]
];

/** Every holiday's first word: the pattern runs at every capitalised word and mostly finds none. */
const FIRST_WORDS = new Set(HOLIDAYS.map(([words]) => words[0]!));

const OFFSETS: ReadonlyMap<string, number> = table({ last: -1, this: 0, next: 1 });

/**
 * The year of a holiday named without one. "last/this/next" say so (of the holiday, or of
 * "year" after it). Otherwise a report speaks of the last one, unless the clause looks ahead or
 * the next one is only weeks off ("millions travel for Thanksgiving" three days before it;
 * "open through New Year's Day" said on Dec. 28).
 */
function holidayYear(
	ctx: Context,
	rule: Rule,
	week: boolean,
	offset: number | null,
	start: number,
	end: number,
	dct: Ymd
): number {
	if (offset === 0) return dct.y;
	// Easter week has begun by its Monday: "as Easter week began" in the week itself.
	const day = (y: number) => Date.parse(formatDay(week ? addDays(rule(y), -6) : rule(y)));
	const today = Date.parse(formatDay(dct));
	const next = day(dct.y) >= today ? dct.y : dct.y + 1;
	const last = day(dct.y) <= today ? dct.y : dct.y - 1;
	if (offset === 1) return next;
	if (offset === -1) return last;
	const tense = tenseAround(ctx, start, end);
	if (tense === 'future' || (tense !== 'past' && day(next) - today <= UPCOMING_MS)) return next;
	// Only weeks ahead, a past verb's infinitive still looks to the one to come ("urged
	// Americans to get boosters before Christmas"); "filled the city during Easter week" did not.
	if (day(next) - today <= UPCOMING_MS && infinitiveBefore(ctx, start)) return next;
	return last;
}

/** "to the market", "to that end": a preposition, not an infinitive. */
const NOT_VERBS = new Set([...DETERMINERS, 'that']);

/** An infinitive before the holiday in its sentence: "urged Americans to get boosters before". */
function infinitiveBefore(ctx: Context, start: number): boolean {
	for (let j = start - 1; j >= 0 && j >= start - 8; j--) {
		const next = ctx.tokens[j + 1]!;
		if (ctx.tokens[j]!.lower === 'to' && next.kind === 'word' && !NOT_VERBS.has(next.lower))
			return /^[a-z]/.test(next.text);
		if (ctx.tokens[j]!.sentenceStart) break;
	}
	return false;
}

/** Nouns after a holiday that still name a time: "Christmas morning", "Thanksgiving weekend". */
const TIMES_OF_HOLIDAY = new Set([
	'morning',
	'afternoon',
	'evening',
	'night',
	'weekend',
	'week',
	'season',
	'holiday',
	'holidays',
	'break',
	'recess',
	'period',
	'rush'
]);

/** Words before a holiday that make it a time: "on Christmas", "before Easter", "by Thanksgiving". */
const BEFORE_TIME = new Set([
	'on',
	'at',
	'by',
	'before',
	'after',
	'since',
	'until',
	'till',
	'over',
	'during',
	'through',
	'around',
	'from',
	'near'
]);

/**
 * A holiday's name used of a thing ("Christmas ornaments", "Easter eggs", "Thanksgiving
 * dinner"): a lowercase noun after it that names no time, with no preposition of time before.
 */
function modifiesNoun(ctx: Context, start: number, end: number): boolean {
	const next = ctx.tokens[end];
	if (!next || next.kind !== 'word' || !/^[a-z]/.test(next.text)) return false;
	// "Christmas shopping", "Thanksgiving Day clinging to an inner tube": a participle may be the
	// clause's verb, so it is left a date.
	if (TIMES_OF_HOLIDAY.has(next.lower) || next.lower.endsWith('ing')) return false;
	// "Christmas and New Year", "Easter is late": a conjunction or a verb, not a noun.
	if (['and', 'or', 'is', 'was', 'falls', 'fell', 'this', 'last', 'next'].includes(next.lower))
		return false;
	return !BEFORE_TIME.has(lowerAt(ctx, start - 1));
}

export function holiday(ctx: Context, i: number): Match | null {
	const start = i;
	let j = i;
	let offset: number | null = null;
	const w = lowerAt(ctx, j);
	if (w === 'last' || w === 'next' || w === 'this') {
		offset = w === 'last' ? -1 : w === 'next' ? 1 : 0;
		j++;
	}
	if (!/^[A-Z]/.test(ctx.tokens[j]?.text ?? '')) return null;
	if (!FIRST_WORDS.has(lowerAt(ctx, j).replace('’', "'"))) return null;
	for (const [words, rule] of HOLIDAYS) {
		// "New Year’s Day" with a typographer's apostrophe too.
		if (!words.every((word, k) => lowerAt(ctx, j + k).replace('’', "'") === word)) continue;
		let end = j + words.length;
		// "Easter week" is the week of Easter.
		const week = words[0] === 'easter' && lowerAt(ctx, end) === 'week';
		if (week) end++;
		// "to look for Christmas ornaments", "Thanksgiving dinner": a holiday naming a kind of
		// thing is no date (the sentence's own "In December 2023" dates it, not last Christmas).
		if (words.length === 1 && !week && offset === null && modifiesNoun(ctx, start, end))
			return null;
		let y: number | null = null;
		const year = readYear(ctx, lowerAt(ctx, end) === ',' ? end + 1 : end);
		if (year) {
			y = year.value;
			end = year.end;
		}
		// "Valentine's Day last year", "Christmas this year"
		const relative = OFFSETS.get(lowerAt(ctx, end));
		if (y === null && relative !== undefined && lowerAt(ctx, end + 1) === 'year' && ctx.dct) {
			y = ctx.dct.y + relative;
			end += 2;
		}
		const dct = ctx.dct;
		if (y === null && dct) y = holidayYear(ctx, rule, week, offset, start, end, dct);
		if (y === null) return { start, end, type: 'DATE', value: 'XXXX-XX-XX' };
		const date = rule(y);
		// Easter week is named by Easter's ISO week.
		if (week) return { start, end, type: 'DATE', value: formatWeek(date) };
		return { start, end, type: 'DATE', value: formatDay(date), point: date };
	}
	return null;
}
