import { buildIndex } from '../layout/event-index';
import type { TimelineEvent } from '../timeline/types';

/** Where the list's events come from: the chart's index, loaded whole or by range. */
export interface EventSource {
	/** How many events the timeline has. */
	readonly count: number;
	/** The event at a position in date order; undefined while it is still loading. */
	eventAt(rank: number): TimelineEvent | undefined;
	/**
	 * Positions of the events matching every word, in date order, where the source searches
	 * better than the list can (a server); else the list searches the events itself.
	 */
	find?(words: readonly string[]): Promise<number[]>;
	/** Asks for the events at positions [from, to) to be loaded, if they are not yet. */
	need?(from: number, to: number): void | Promise<void>;
}

/**
 * A source over events a page holds whole, in the chart's date order (a timeline's file may
 * list them in any order, and the Embed dialog's matches came in that order).
 */
export function eventsSource(events: readonly TimelineEvent[]): EventSource {
	const { order } = buildIndex(events);
	return { count: events.length, eventAt: (rank) => events[order[rank]!] };
}
