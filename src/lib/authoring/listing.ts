import { matchesWords, queryWords, searchText } from '../timeline/search';
import type { TimelineEvent } from '../timeline/types';

/**
 * The editor's list of events: in review order (fixed when the page opens), narrowed by a
 * search, a page at a time. A timeline of 100,000 events is 100 forms in the page, not
 * 100,000, and every step here is linear in the events, so an edit never stalls the page.
 */

/** Event forms on a page of the editor's list. */
export const EDITOR_PAGE = 100;

/**
 * The events in the order the page opened with (`firstOrder`, ids); events made since (split,
 * added) follow the event before them in the timeline, and removed ones are gone.
 */
export function listedInOrder(
	firstOrder: readonly string[],
	events: readonly TimelineEvent[]
): TimelineEvent[] {
	const byId = new Map(events.map((e) => [e.id, e]));
	const known = new Set(firstOrder);
	/** Each run of consecutive new events, by the listed event before it (null: none). */
	const runs = new Map<string | null, TimelineEvent[]>();
	let before: string | null = null;
	for (const event of events) {
		if (known.has(event.id)) before = event.id;
		else {
			const run = runs.get(before) ?? [];
			run.push(event);
			runs.set(before, run);
		}
	}
	const listed: TimelineEvent[] = [...(runs.get(null) ?? [])];
	for (const id of firstOrder) {
		const event = byId.get(id);
		if (event) listed.push(event);
		listed.push(...(runs.get(id) ?? []));
	}
	return listed;
}

/** The listed events matching every word of a query; all of them for a blank one. */
export function matching(
	listed: readonly TimelineEvent[],
	query: string
): readonly TimelineEvent[] {
	const words = queryWords(query);
	return words.length ? listed.filter((e) => matchesWords(searchText(e), words)) : listed;
}

/** The page (from 0) holding an event of the list, or -1. */
export function pageHolding(list: readonly TimelineEvent[], id: string): number {
	const at = list.findIndex((e) => e.id === id);
	return at < 0 ? -1 : Math.floor(at / EDITOR_PAGE);
}
