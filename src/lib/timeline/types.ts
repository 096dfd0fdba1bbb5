/**
 * The vocabulary of Dateline, in one place. Every stage (temporal, extract, layout, components)
 * speaks in these types, so an "event" or a "fuzzy date" means the same thing everywhere.
 */

/** TIMEX3 expression types (ISO-TimeML). */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** TIMEX3 modifiers. START/MID/END are TIMEX3's words for "early", "mid", "late". */
export const TIMEX_MODS = [
	'BEFORE',
	'AFTER',
	'ON_OR_BEFORE',
	'ON_OR_AFTER',
	'LESS_THAN',
	'MORE_THAN',
	'EQUAL_OR_LESS',
	'EQUAL_OR_MORE',
	'START',
	'MID',
	'END',
	'APPROX'
] as const;
export type TimexMod = (typeof TIMEX_MODS)[number];

/** How finely a fuzzy date pins down time, from finest to coarsest. */
export const PRECISIONS = [
	'time',
	'day',
	'week',
	'month',
	'season',
	'quarter',
	'half',
	'year',
	'decade',
	'century',
	'millennium',
	'approximate'
] as const;
export type Precision = (typeof PRECISIONS)[number];

/**
 * A date as an article states it: the words, their normalised TIMEX3 value, and the honest
 * bounds of what they can mean. `earliest` and `latest` are ISO 8601 instants in UTC, both
 * inclusive ("late March 2020" is 2020-03-21T00:00:00.000Z to 2020-03-31T23:59:59.999Z).
 */
export interface FuzzyDate {
	/** The words as written: "late March", "last year", "the 2016 election". */
	text: string;
	/** TIMEX3 value: "2016", "2020-03", "2020-06-26", "2020-W12", "2019-SU", "PAST_REF". */
	value: string;
	mod?: TimexMod;
	earliest: string;
	latest: string;
	precision: Precision;
	/**
	 * True when the sentence gives no date of its own and this one was inferred from its
	 * context (the report's day, the date of the sentence it continues); `text` then holds the
	 * words it was inferred from.
	 */
	inferred?: boolean;
}

/** Where an event came from: the article slug and the character offsets of its sentence. */
export interface SourceRef {
	article: string;
	start: number;
	end: number;
}

export interface TimelineEvent {
	/** Stable across re-extraction of the same article, so links and corrections survive. */
	id: string;
	/** A timeline label: what happened, who did it. */
	title: string;
	/** The source sentence, as written. */
	summary: string;
	start: FuzzyDate;
	end?: FuzzyDate;
	source: SourceRef;
	/**
	 * Other sentences telling the same happening, from the other articles of a timeline (two
	 * reports of one vote merge into one event). `source` stays the first one found.
	 */
	sources?: SourceRef[];
	/** 0..1, how sure the extractor is; editors review the doubtful ones first. */
	confidence?: number;
	/**
	 * What kind of event it is: a `happening` (the default when absent) took place; a `plan` is
	 * a deadline, a schedule or an intention ("by the end of the year") that has not happened.
	 */
	kind?: EventKind;
	/**
	 * What another tool said about this event that Dateline does not show (a TimelineJS event's
	 * media, group, background, its original dates and HTML), kept so exporting gives it back.
	 */
	extra?: Extra;
}

export const EVENT_KINDS = ['happening', 'plan'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Fields of another format kept verbatim, by format: `{ timelinejs: {...}, csv: {...} }`. */
export type Extra = Record<string, unknown>;

export interface Timeline {
	/** The article slug this timeline belongs to (the first one, when it has several). */
	article: string;
	/** Every article's slug, in the order they were added, when there is more than one. */
	articles?: string[];
	title: string;
	/** Publication date of the article, YYYY-MM-DD. */
	published: string;
	/** True when no publication date was given and it was inferred from the text. */
	publishedIsGuess?: boolean;
	/**
	 * True when the story's day is not known (an imported TimelineJS file): `published` is then
	 * the day of the import, which relative dates count from, and bylines leave it out.
	 */
	publishedUnknown?: boolean;
	events: TimelineEvent[];
	/** A timeline's fields from another format (TimelineJS title slide, eras, scale), kept. */
	extra?: Extra;
}

/** A temporal expression found in text (TempEval-3's unit of scoring). */
export interface Timex {
	/** Character offsets into the text, end exclusive. */
	start: number;
	end: number;
	text: string;
	type: TimexType;
	value: string;
	mod?: TimexMod;
}

/** An article as stored in data/articles/<slug>.md. */
export interface Article {
	slug: string;
	title: string;
	source: string;
	/** YYYY-MM-DD */
	published: string;
	/** The body as given, page chrome included; offsets in events point into this string. */
	text: string;
	/** Where the article was published online, when known. */
	url?: string;
}
