import type { TimelineEvent } from './types';

/**
 * Finding events by what a reader types: every word must appear in the event's title, its
 * sentence, its date as written or its calendar value ("2016", "2016-05"), ignoring case and
 * accents, so "senat" finds "Sénat" and "2019 vote" finds a vote of 2019.
 */
const fold = (text: string) =>
	text
		.normalize('NFD')
		.replace(/\p{Mn}/gu, '')
		.toLowerCase();

/** The words of a query, folded; none for a blank query. */
export function queryWords(query: string): string[] {
	return fold(query).split(/\s+/).filter(Boolean);
}

/** The text a query is matched against, folded once per event. */
export function searchText(event: TimelineEvent): string {
	return fold(
		[event.title, event.summary, event.start.text, event.start.value, event.end?.value ?? ''].join(
			'\n'
		)
	);
}

export function matchesWords(text: string, words: readonly string[]): boolean {
	return words.every((word) => text.includes(word));
}
