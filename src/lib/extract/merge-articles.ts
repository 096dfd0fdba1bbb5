import { compareFuzzyDates } from '../timeline/fuzzy-date';
import type { SourceRef, TimelineEvent } from '../timeline/types';
import { contentWords, dateKey, overlap } from './same-happening';

/**
 * How alike two reports' words must be to be one happening. Lower than within one article
 * (0.6): two newsrooms word the same vote differently, and the date must match exactly too.
 * Either the titles or the sentences may carry the likeness.
 */
const TITLE_LIKENESS = 0.5;
const SENTENCE_LIKENESS = 0.5;

const sameSource = (a: SourceRef, b: SourceRef) =>
	a.article === b.article && a.start === b.start && a.end === b.end;

/**
 * Adds the events of another article to a timeline's. The same happening told by both (same
 * date, similar wording) stays one event: the timeline's own version (with whatever an editor
 * corrected) keeps its fields and gains the new sentence in `sources`. Other events are added
 * with ids that do not collide with existing ones.
 */
export function mergeArticleEvents(
	existing: TimelineEvent[],
	incoming: TimelineEvent[]
): { events: TimelineEvent[]; merged: number; added: number } {
	const events = existing.map((e) => ({ ...e }));
	const words = events.map((e) => ({
		title: contentWords(e.title),
		summary: contentWords(e.summary)
	}));
	const ids = new Set(events.map((e) => e.id));
	let merged = 0;
	let added = 0;
	for (const event of incoming) {
		const title = contentWords(event.title);
		const summary = contentWords(event.summary);
		const twin = events.findIndex(
			(e, i) =>
				dateKey(e.start) === dateKey(event.start) &&
				e.source.article !== event.source.article &&
				(overlap(words[i]!.title, title) >= TITLE_LIKENESS ||
					overlap(words[i]!.summary, summary) >= SENTENCE_LIKENESS)
		);
		if (twin >= 0) {
			const target = events[twin]!;
			const known = [target.source, ...(target.sources ?? [])];
			if (!known.some((s) => sameSource(s, event.source))) {
				target.sources = [...(target.sources ?? []), event.source];
			}
			if (event.confidence !== undefined) {
				target.confidence = Math.max(target.confidence ?? 0, event.confidence);
			}
			merged++;
			continue;
		}
		let id = event.id;
		for (let n = 2; ids.has(id); n++) id = `${event.id}-${n}`;
		ids.add(id);
		events.push({ ...event, id });
		words.push({ title, summary });
		added++;
	}
	events.sort((a, b) => compareFuzzyDates(a.start, b.start));
	return { events, merged, added };
}
