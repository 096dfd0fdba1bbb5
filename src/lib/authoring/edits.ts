import { slugify } from '../extract/article';
import type { Span, titleFor } from '../extract/titles';
import { tagTimexes } from '../temporal';
import { compareFuzzyDates, fuzzyDate, parseCalendarDay } from '../timeline/fuzzy-date';
import type { FuzzyDate, SourceRef, Timeline, TimelineEvent } from '../timeline/types';
import { sourcesOf } from '../timeline/sources';

/**
 * The corrections an editor makes to a timeline, as pure functions from one timeline to the
 * next: the editor state keeps their history, the server stores their result. Each returns a
 * new timeline and leaves its input alone, so undo is keeping the old one.
 */

const replaceEvent = (
	t: Timeline,
	id: string,
	f: (e: TimelineEvent) => TimelineEvent
): Timeline => ({
	...t,
	events: t.events.map((e) => (e.id === id ? f(e) : e))
});

/** The element id of an article's sentence in the editor, which an event's sources link to. */
export const sentenceElementId = (source: SourceRef) =>
	`sentence-${source.article}-${source.start}`;

/** An id no event of the timeline has: `base`, else `base-2`, `base-3`… */
export function freshId(t: Timeline, base: string): string {
	const taken = new Set(t.events.map((e) => e.id));
	const clean = slugify(base, 60) || 'event';
	let id = clean;
	for (let n = 2; taken.has(id); n++) id = `${clean}-${n}`;
	return id;
}

export function setTimelineTitle(t: Timeline, title: string): Timeline {
	return { ...t, title };
}

export function setEventTitle(t: Timeline, id: string, title: string): Timeline {
	return replaceEvent(t, id, (e) => ({ ...e, title }));
}

export function setEventSummary(t: Timeline, id: string, summary: string): Timeline {
	return replaceEvent(t, id, (e) => ({ ...e, summary }));
}

/**
 * Sets an event's start or end. An editor's date is certain: confidence becomes 1, so the
 * event leaves the top of the review list. Clearing the end makes it a point again.
 *
 * A corrected date keeps the article's words: `text` is what the article wrote ("last week"),
 * which readers see quoted "as written", while the value and bounds are the editor's. Only a
 * date the article never gave (an end added by the editor) takes the editor's words.
 */
export function setEventDate(
	t: Timeline,
	id: string,
	which: 'start' | 'end',
	date: FuzzyDate | undefined
): Timeline {
	return replaceEvent(t, id, (e) => {
		const next: TimelineEvent = { ...e, confidence: 1 };
		const written = e[which]?.text;
		const corrected = date && written !== undefined ? { ...date, text: written } : date;
		if (which === 'start' && corrected) next.start = corrected;
		if (which === 'end') {
			if (corrected) next.end = corrected;
			else delete next.end;
		}
		return next;
	});
}

/** The editor keeps an inferred start date as it is: it is no longer marked as inferred. */
export function confirmStartDate(t: Timeline, id: string): Timeline {
	return replaceEvent(t, id, (e) => {
		const start = { ...e.start };
		delete start.inferred;
		return { ...e, start, confidence: 1 };
	});
}

export function deleteEvent(t: Timeline, id: string): Timeline {
	return { ...t, events: t.events.filter((e) => e.id !== id) };
}

const width = (d: FuzzyDate) => Date.parse(d.latest) - Date.parse(d.earliest);

/**
 * Merges `other` into `keep`: one happening told twice. The kept event keeps its title and
 * sentence, takes the narrower of the two dates (the better-informed telling), and lists the
 * other's sentences as further sources, so no sentence is lost.
 */
export function mergeEvents(t: Timeline, keepId: string, otherId: string): Timeline {
	const keep = t.events.find((e) => e.id === keepId);
	const other = t.events.find((e) => e.id === otherId);
	if (!keep || !other || keepId === otherId) return t;
	const seen = new Set<string>();
	const sources = [...sourcesOf(keep), ...sourcesOf(other)].filter((s) => {
		const key = `${s.article}:${s.start}:${s.end}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	const merged: TimelineEvent = {
		...keep,
		start: width(other.start) < width(keep.start) ? other.start : keep.start,
		source: sources[0]!,
		confidence: Math.max(keep.confidence ?? 1, other.confidence ?? 1)
	};
	const end = keep.end ?? other.end;
	if (end) merged.end = end;
	if (sources.length > 1) merged.sources = sources.slice(1);
	return {
		...t,
		events: t.events.filter((e) => e.id !== otherId).map((e) => (e.id === keepId ? merged : e))
	};
}

/**
 * Splits one event in two, both on the same sentence: a span becomes its beginning and its end
 * ("from 2016 to 2018" → 2016 and 2018); a point becomes two copies for the editor to tell
 * apart. The second follows the first in the list.
 */
export function splitEvent(t: Timeline, id: string): { timeline: Timeline; newId: string } {
	const e = t.events.find((x) => x.id === id);
	if (!e) return { timeline: t, newId: id };
	const newId = freshId(t, `${e.id}-2`);
	const first: TimelineEvent = { ...e };
	delete first.end;
	const second: TimelineEvent = {
		...e,
		id: newId,
		start: e.end ?? e.start,
		title: `${e.title} (2)`
	};
	delete second.end;
	delete second.extra;
	const events = t.events.flatMap((x) => (x.id === id ? [first, second] : [x]));
	return { timeline: { ...t, events }, newId };
}

/**
 * A new event from a sentence the editor picked: dated by the first date the normaliser finds
 * in it (against the publication date), titled by its opening words, certain because an editor
 * chose it. A sentence with no date takes the publication day and asks to be dated (confidence 0).
 */
/**
 * How an added event is titled from its sentence and the date it takes (`target`, null for
 * none): the extractor's `titleFor`, which the editor loads when a sentence is added.
 */
export type SentenceTitle = typeof titleFor;

/** Without the extractor's titles, the sentence's words, whole: never cut, never an ellipsis. */
const wholeSentence: SentenceTitle = (text) => text.replace(/[.!?]+$/, '');

export function addEventFromSentence(
	t: Timeline,
	sentence: { text: string; source: SourceRef },
	found?: TimelineEvent | null,
	titleOf: SentenceTitle = wholeSentence
): { timeline: Timeline; id: string } {
	// What the extractor makes of the sentence in its article, when the editor has it: the
	// date read in its paragraph ("shortly after 7 a.m." on the Monday the sentence before
	// names) and a headline, not the sentence's first ten words and the page's own day.
	if (found) {
		const id = freshId(t, found.id);
		const event: TimelineEvent = {
			...found,
			id,
			summary: sentence.text.trim(),
			source: sentence.source
		};
		return { timeline: { ...t, events: [...t.events, event] }, id };
	}
	const reference = parseCalendarDay(t.published) ?? undefined;
	// A date another event of this sentence already carries is that event's: the new one takes
	// the sentence's next date ("sign the contract this summer and begin boring in the spring
	// of 2028"), or none.
	const taken = new Set(
		t.events
			.filter((e) => sourcesOf(e).some((s) => sameSentence(s, sentence.source)))
			.flatMap((e) => [e.start.text, e.end?.text])
	);
	const text = sentence.text.replace(/\s+/g, ' ').trim();
	const dates = tagTimexes(text, { published: t.published }).filter(
		(timex) => timex.type === 'DATE' || timex.type === 'TIME'
	);
	let start: FuzzyDate | null = null;
	let target: Span | null = null;
	for (const timex of dates) {
		if (taken.has(timex.text)) continue;
		start = fuzzyDate(timex.text, timex.value, timex.mod, reference);
		if (start) {
			target = timex;
			break;
		}
	}
	// The extractor's title for the happening that date governs (with none, the sentence's main
	// one), as an event it found would have: a title is words to correct, and a cut sentence
	// stored an ellipsis in it ("The council, which has met in the old library since its…").
	const title = titleOf(
		text,
		target,
		dates.filter((d) => d !== target)
	);
	// No date in the sentence: the story's day holds the place, with no words "as written"
	// (the article wrote none) and no confidence, so the editor is asked for the date.
	const dated = start ?? { ...fuzzyDate('the day of the story', t.published)!, text: '' };
	const id = freshId(t, `${start ? dated.value.toLowerCase() : 'undated'}-${title}`);
	const event: TimelineEvent = {
		id,
		title: title || 'New event',
		summary: sentence.text.trim(),
		start: dated,
		source: sentence.source,
		confidence: start ? 1 : 0
	};
	return { timeline: { ...t, events: [...t.events, event] }, id };
}

const sameSentence = (a: SourceRef, b: SourceRef) =>
	a.article === b.article && a.start < b.end && b.start < a.end;

/**
 * The extractor's reading of a sentence that the timeline does not list yet: an editor who
 * asks to add an event from a sentence wants another event of it, not a copy of the one it
 * has (same date and title, or the same date's words in that sentence). Null when there is none.
 */
export function unlistedReading(
	t: Timeline,
	source: SourceRef,
	read: readonly TimelineEvent[]
): TimelineEvent | null {
	const listed = new Set(t.events.map((e) => `${e.start.value} ${e.title}`));
	const wordsTaken = new Set(
		t.events
			.filter((e) => sourcesOf(e).some((s) => sameSentence(s, source)))
			.map((e) => e.start.text)
	);
	return (
		read.find(
			(e) =>
				e.source.start >= source.start &&
				e.source.end <= source.end &&
				!listed.has(`${e.start.value} ${e.title}`) &&
				!wordsTaken.has(e.start.text)
		) ?? null
	);
}

/** Events an editor should look at first: the least sure, then inferred dates, then by date. */
export function reviewOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
	const doubt = (e: TimelineEvent) => {
		let score = e.confidence ?? 1;
		// Dates taken from context, and vague ones, are inferences even when the sentence was clear.
		if (e.start.inferred || /_REF$/.test(e.start.value) || e.start.precision === 'approximate')
			score -= 0.5;
		else if (e.start.mod) score -= 0.1;
		return score;
	};
	return [...events].sort((a, b) => doubt(a) - doubt(b) || compareFuzzyDates(a.start, b.start));
}

/**
 * An event still to be dated: added from a sentence that gives no date, it holds the story's day
 * with no words of the article and no confidence. Readers would take that day for its date.
 */
export const needsADate = (e: TimelineEvent): boolean =>
	(e.confidence ?? 1) < 0.7 && !e.start.inferred && !e.start.text;
