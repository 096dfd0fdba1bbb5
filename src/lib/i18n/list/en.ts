/**
 * The words of a long timeline's list of events (EventList.svelte), in English: the source
 * of the keys. They load with the list, for a long timeline only, so a short one's embed
 * carries none of them.
 */

/** Counts with the language's digit grouping (10,000 · 10 000 · 10.000). */
const count = new Intl.NumberFormat('en').format;

export const en = {
	listSummary: (n: number) => `All ${count(n)} events: list and search`,
	findEvent: 'Find an event',
	findHint: 'Words or a year',
	listShowing: (a: number, b: number, n: number) => `Events ${count(a)}–${count(b)} of ${count(n)}`,
	listMatches: (n: number, query: string) =>
		n === 0
			? `No event matches “${query}”`
			: `${count(n)} ${n === 1 ? 'event matches' : 'events match'} “${query}”`,
	listLoading: 'Loading…',
	firstPage: 'First page',
	previousPage: 'Previous page',
	nextPage: 'Next page',
	lastPage: 'Last page',
	pageOf: (p: number, n: number) => `Page ${p} of ${n}`
};

export type ListWords = typeof en;
