import { slugify } from '../extract/article';
import { sameValue } from '../timeline/same-value';
import { DataError, type Problem } from '../timeline/problems';
import type { FuzzyDate, Timeline, TimelineEvent } from '../timeline/types';
import {
	describeParts,
	fuzzyOfParts,
	partsOfFuzzy,
	readCalendarParts,
	tjsDateOf,
	type CalendarParts,
	type TjsDate
} from './calendar';
import { htmlToText, textToHtml } from './html-text';
import { uniqueId, withArticle, type ImportOptions, type Imported } from './imported';
import { safeDocument } from './safe-slide';

/**
 * Knight Lab TimelineJS 3's JSON format (https://timeline.knightlab.com/docs/json-format.html):
 * a title slide, events and eras. Everything Dateline does not show (media, group, background,
 * autolink, the HTML of the texts, unknown keys) is kept in `extra.timelinejs` and written back
 * on export, so a file goes in and comes out the same while its events are left alone.
 */
export interface TjsText {
	headline?: string;
	text?: string;
}
export interface TjsEvent {
	start_date?: TjsDate;
	end_date?: TjsDate;
	text?: TjsText;
	media?: Record<string, unknown>;
	group?: string;
	display_date?: string;
	background?: Record<string, unknown>;
	autolink?: boolean;
	unique_id?: string;
	/** Dateline's own dates, written on export so a round trip keeps "late March" as it was. */
	dateline?: { start: FuzzyDate; end?: FuzzyDate; confidence?: number };
	[key: string]: unknown;
}
export interface TjsDocument {
	title?: TjsEvent;
	events: TjsEvent[];
	eras?: TjsEvent[];
	scale?: string;
	[key: string]: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => structuredClone(v);

/** An event's label in messages: `events[2] (unique_id "x")`. */
const eventLabel = (i: number, e: unknown) =>
	isObject(e) && typeof e.unique_id === 'string'
		? `events[${i}] (unique_id "${e.unique_id}")`
		: `events[${i}]`;

/** What Dateline reads from one TimelineJS event, before ids and sources are given. */
interface Read {
	title: string;
	summary: string;
	start: FuzzyDate;
	end?: FuzzyDate;
	confidence?: number;
}

/**
 * Words a file gives for a date, if they say anything: TimelineJS sheets put "." or " " in
 * Display Date to hide a date on a group's label slide (hundred-years-war.json).
 */
function displayOf(raw: unknown): string | undefined {
	return typeof raw === 'string' && saysSomething(raw) ? raw.trim() : undefined;
}

/** Words with a letter or a digit in them; "." or "<p>.</p>" is a placeholder, not a text. */
const saysSomething = (text: string) => /[\p{L}\p{N}]/u.test(text);

/** An end date that says nothing: absent, `{}`, or every field an empty string (middle-ages-var.js). */
function isBlankDate(raw: unknown): boolean {
	return (
		raw === undefined ||
		(isObject(raw) && Object.values(raw).every((v) => v === '' || v === null || v === undefined))
	);
}

function dateOf(
	raw: unknown,
	field: 'start_date' | 'end_date',
	display: string | undefined,
	kept: FuzzyDate | undefined,
	problem: (field: string, message: string) => void
): FuzzyDate | undefined {
	const parts = readCalendarParts(raw);
	if ('problems' in parts) {
		for (const message of parts.problems) problem(field, message);
		return undefined;
	}
	// Dateline's own date wins while the calendar fields still say what Dateline wrote.
	if (kept && sameValue(comparable(tjsDateFor(kept)), comparable(raw))) return kept;
	// A file's date has words only when it wrote some (a display date): calendar fields are not
	// words "as written", and the card would quote them as if an article had.
	return fuzzyOfParts(parts, display ?? '');
}

/** A TimelineJS date's fields as numbers, so "06" and 6 compare equal. */
function comparable(raw: unknown): CalendarParts | null {
	const parts = readCalendarParts(raw);
	return 'problems' in parts ? null : parts;
}

function tjsDateFor(date: FuzzyDate): TjsDate {
	const { parts, display } = partsOfFuzzy(date);
	return tjsDateOf(parts, display);
}

function readEvent(event: unknown, problem: (field: string, message: string) => void): Read | null {
	if (!isObject(event)) {
		problem('', 'expected an object with start_date and text');
		return null;
	}
	const e = event as TjsEvent;
	const text = isObject(e.text) ? e.text : {};
	for (const key of ['headline', 'text'] as const) {
		if (text[key] !== undefined && typeof text[key] !== 'string')
			problem(`text.${key}`, 'expected a string (HTML allowed)');
	}
	if (e.text !== undefined && !isObject(e.text)) problem('text', 'expected { "headline", "text" }');
	if (e.display_date !== undefined && typeof e.display_date !== 'string')
		problem('display_date', 'expected a string');
	const kept = isObject(e.dateline) ? e.dateline : undefined;
	if (e.start_date === undefined) {
		problem('start_date', 'missing; every event needs at least { "year": … }');
		return null;
	}
	// TimelineJS takes the words for a date from the event or from the date itself.
	const start = dateOf(
		e.start_date,
		'start_date',
		displayOf(e.display_date) ??
			displayOf(isObject(e.start_date) ? e.start_date.display_date : undefined),
		kept?.start,
		problem
	);
	const end = isBlankDate(e.end_date)
		? undefined
		: dateOf(
				e.end_date,
				'end_date',
				displayOf(isObject(e.end_date) ? e.end_date.display_date : undefined),
				kept?.end,
				problem
			);
	if (!start || (!isBlankDate(e.end_date) && end === undefined)) return null;
	if (end && Date.parse(end.latest) < Date.parse(start.earliest))
		problem('end_date', 'ends before start_date');
	const headline = htmlToText(typeof text.headline === 'string' ? text.headline : '');
	const summary = htmlToText(typeof text.text === 'string' ? text.text : '');
	// A placeholder text ("<p>.</p>", tjs2-career-trailing-comma-date.json) is no title.
	const title =
		headline ||
		(saysSomething(summary) ? shorten(summary) : '') ||
		start.text ||
		describeParts(partsOfFuzzy(start).parts);
	const read: Read = { title, summary, start };
	if (end) read.end = end;
	if (typeof kept?.confidence === 'number') read.confidence = kept.confidence;
	return read;
}

function shorten(text: string, max = 90): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : max)}…`;
}

/**
 * Reads a TimelineJS JSON document into a Dateline timeline and its article, or throws a
 * DataError naming every bad event and field.
 */
export function importTimelineJs(json: unknown, options: ImportOptions): Imported {
	const file = options.file ?? 'timeline.json';
	const problems: Problem[] = [];
	if (!isObject(json) || !Array.isArray(json.events)) {
		throw new DataError([
			{
				where: file,
				message: 'expected a TimelineJS document like { "title": {…}, "events": [ … ] }'
			}
		]);
	}
	const doc = json as TjsDocument;
	const taken = new Set<string>();
	const events: Omit<TimelineEvent, 'source'>[] = [];
	doc.events.forEach((raw, i) => {
		const where = `${file}: ${eventLabel(i, raw)}`;
		const read = readEvent(raw, (field, message) =>
			problems.push({ where: field ? `${where}: ${field}` : where, message })
		);
		if (!read) return;
		const e = raw as TjsEvent;
		const id = uniqueId(
			typeof e.unique_id === 'string' ? e.unique_id : undefined,
			`${read.start.value.toLowerCase()}-${read.title}`,
			taken
		);
		events.push({ id, ...read, extra: { timelinejs: clone(raw) } });
	});
	// Eras are not shown, only kept and written back, so an era of the wrong shape (one object
	// instead of a list, video-eras-object.json) takes nothing down.
	if (problems.length) throw new DataError(problems);
	const titleHtml = isObject(doc.title) && isObject(doc.title.text) ? doc.title.text.headline : '';
	// A file with no title slide is named after the file, so two of them are two timelines.
	const stem = slugify((options.file ?? '').replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''));
	const title =
		htmlToText(typeof titleHtml === 'string' ? titleHtml : '') ||
		(options.slug ?? stem).replace(/-/g, ' ') ||
		'Imported timeline';
	// A title in a script slugify cannot spell ("视频片段一 时长46秒" gives "46") names no slug.
	const fromTitle = slugify(title);
	const slug =
		options.slug ?? ((/[a-z]/.test(fromTitle) ? fromTitle : stem) || 'imported-timeline');
	const rest: Partial<TjsDocument> = { ...doc };
	delete rest.events;
	// The byline is the file's own credit (the title slide's media credit), or none: never the
	// file's name, which says nothing of who wrote it.
	const credit =
		isObject(doc.title) && isObject(doc.title.media) && typeof doc.title.media.credit === 'string'
			? htmlToText(doc.title.media.credit)
			: '';
	const imported = withArticle(events, {
		slug,
		title,
		source: credit,
		published: options.published
	});
	imported.timeline.publishedUnknown = true;
	// The title Dateline gave, so an export changes the title slide only if an editor did.
	imported.timeline.extra = { timelinejs: clone(rest), timelinejsTitle: title };
	return imported;
}

/** A TimelineJS event for a Dateline event: its kept original with whatever was edited. */
export function eventToTjs(event: TimelineEvent): TjsEvent {
	const original = isObject(event.extra?.timelinejs)
		? (event.extra.timelinejs as TjsEvent)
		: undefined;
	const before = original ? readEvent(original, () => {}) : null;
	const out: TjsEvent = original ? clone(original) : {};
	if (!before || before.title !== event.title || before.summary !== event.summary) {
		const text = isObject(out.text) ? out.text : {};
		if (!before || before.title !== event.title) text.headline = textToHtml(event.title);
		if (!before || before.summary !== event.summary) text.text = textToHtml(event.summary);
		out.text = text;
	}
	if (!before || !sameValue(before.start, event.start)) {
		const { parts, display } = partsOfFuzzy(event.start);
		out.start_date = tjsDateOf(parts);
		if (display) out.display_date = display;
		else delete out.display_date;
	}
	if (!before || !sameValue(before.end, event.end)) {
		if (event.end) out.end_date = tjsDateOf(partsOfFuzzy(event.end).parts);
		else delete out.end_date;
	}
	if (!original) out.unique_id = event.id;
	// Dateline's own dates ride along so that Dateline reads back exactly what it wrote.
	if (
		!before ||
		!sameValue(before.start, event.start) ||
		!sameValue(before.end, event.end) ||
		out.dateline
	) {
		out.dateline = { start: event.start, ...(event.end ? { end: event.end } : {}) };
		if (event.confidence !== undefined) out.dateline.confidence = event.confidence;
	}
	return out;
}

/**
 * A TimelineJS document for a Dateline timeline, keeping the title slide and eras it came with;
 * the markup an imported file brought is written back only as far as it is safe (safe-slide.ts).
 */
export function exportTimelineJs(timeline: Timeline): TjsDocument {
	const kept = isObject(timeline.extra?.timelinejs)
		? (clone(timeline.extra.timelinejs) as Omit<TjsDocument, 'events'>)
		: {};
	const doc: TjsDocument = { ...kept, events: timeline.events.map(eventToTjs) };
	const slide = isObject(doc.title) ? doc.title : {};
	const text = isObject(slide.text) ? slide.text : {};
	if (timeline.extra?.timelinejsTitle !== timeline.title) {
		text.headline = textToHtml(timeline.title);
		slide.text = text;
		doc.title = slide;
	}
	return safeDocument(doc);
}
