/** The words temporal expressions are made of, keyed by their lower-case spelling. */

/**
 * A table of words as a map: the patterns look words up at nearly every token, and a map
 * answers (and misses) faster than an object, whose misses also search its prototype.
 */
export function table<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
	return new Map(Object.entries(entries));
}

export const MONTHS: ReadonlyMap<string, number> = table({
	january: 1,
	jan: 1,
	february: 2,
	feb: 2,
	march: 3,
	mar: 3,
	april: 4,
	apr: 4,
	may: 5,
	june: 6,
	jun: 6,
	july: 7,
	jul: 7,
	august: 8,
	aug: 8,
	september: 9,
	sept: 9,
	sep: 9,
	october: 10,
	oct: 10,
	november: 11,
	nov: 11,
	december: 12,
	dec: 12
});

/** Abbreviations that are also everyday words ("mar", "may") need a capital and context. */
/**
 * The month names of MONTHS, whole and shortened, as one alternation for a regular expression
 * (longest first, so "june" is tried before "jun"; wrap it in \b…\b, with the "i" flag): the
 * one pattern the extractor's rules write a month with (a quotation's date written out, a
 * habit's month, a schedule's months, a yardstick's), so that a month the tagger reads is a
 * month they read, and a new spelling is a new row of MONTHS.
 */
export const MONTH_NAMES = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

export const AMBIGUOUS_MONTHS = new Set(['mar', 'may', 'march', 'jun', 'dec', 'sep']);

/** 0 = Sunday, as Date.getUTCDay. */
export const WEEKDAYS: ReadonlyMap<string, number> = table({
	sunday: 0,
	sun: 0,
	monday: 1,
	mon: 1,
	tuesday: 2,
	tue: 2,
	tues: 2,
	wednesday: 3,
	wed: 3,
	thursday: 4,
	thu: 4,
	thur: 4,
	thurs: 4,
	friday: 5,
	fri: 5,
	saturday: 6,
	sat: 6
});

export const SEASONS: ReadonlyMap<string, string> = table({
	spring: 'SP',
	summer: 'SU',
	fall: 'FA',
	autumn: 'FA',
	winter: 'WI'
});

export const NUMBER_WORDS: ReadonlyMap<string, number> = table({
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	hundred: 100,
	dozen: 12
});

export const ORDINAL_WORDS: ReadonlyMap<string, number> = table({
	first: 1,
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
	sixth: 6,
	seventh: 7,
	eighth: 8,
	ninth: 9,
	tenth: 10,
	eleventh: 11,
	twelfth: 12,
	thirteenth: 13,
	fourteenth: 14,
	fifteenth: 15,
	sixteenth: 16,
	seventeenth: 17,
	eighteenth: 18,
	nineteenth: 19,
	twentieth: 20,
	thirtieth: 30
});

/** Suffixes written after a numeral ordinal: 1st, 2nd, 3rd, 20th. */
export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** Calendar units; the value is the TIMEX3 duration letter (with T for clock units). */
export type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S' | 'Q' | 'DE' | 'CE' | 'WE';

export const UNITS: ReadonlyMap<string, Unit> = table({
	year: 'Y',
	years: 'Y',
	yr: 'Y',
	yrs: 'Y',
	month: 'M',
	months: 'M',
	week: 'W',
	weeks: 'W',
	day: 'D',
	days: 'D',
	hour: 'H',
	hours: 'H',
	minute: 'MIN',
	minutes: 'MIN',
	second: 'S',
	seconds: 'S',
	quarter: 'Q',
	quarters: 'Q',
	decade: 'DE',
	decades: 'DE',
	century: 'CE',
	centuries: 'CE',
	weekend: 'WE',
	weekends: 'WE'
});

/** Parts of a period: "early March" is March's START. */
export const PART_MODS: ReadonlyMap<string, 'START' | 'MID' | 'END'> = table({
	early: 'START',
	beginning: 'START',
	start: 'START',
	mid: 'MID',
	middle: 'MID',
	late: 'END',
	end: 'END'
});

/** Parts of a day, as TIMEX3 writes them after a date ("1998-02-06TMO"). */
export const DAY_PARTS: ReadonlyMap<string, string> = table({
	morning: 'MO',
	afternoon: 'AF',
	evening: 'EV',
	night: 'NI',
	tonight: 'NI',
	overnight: 'NI',
	noon: 'MI',
	midday: 'MI'
});

/** Words naming the document's present, past or future without a date. */
export const REFS: ReadonlyMap<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = table({
	now: 'PRESENT_REF',
	currently: 'PRESENT_REF',
	nowadays: 'PRESENT_REF',
	recently: 'PAST_REF',
	lately: 'PAST_REF'
});

/** Units short enough that "three days later" reads as a length of time, "later" a signal. */
export const SHORT_UNITS = new Set<Unit>(['D', 'H', 'MIN', 'S']);

/** Nouns after "today's" or "tomorrow's" that make it an age rather than a day. */
export const AGES = new Set([
	'world',
	'youth',
	'society',
	'generation',
	'children',
	'kids',
	'young',
	'economy',
	'technology',
	'standards',
	'culture',
	'consumers',
	'families',
	'people',
	'leaders',
	'workers',
	'students'
]);

/** Determiners and possessives: after one, a word is a noun ("the vote", "its plans"). */
export const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this']);
