import { describe, expect, it } from 'vitest';
import { fuzzyDate } from '../timeline/fuzzy-date';
import { matchesWords, searchText } from '../timeline/search';
import type { TimelineEvent } from '../timeline/types';
import { EventListState } from './event-list.svelte';
import type { EventSource } from './event-source';

/** n events; with a delay, a source that answers searches itself, that late (ms). */
function source(n: number, delay = 0): EventSource {
	const events: TimelineEvent[] = Array.from({ length: n }, (_, i) => ({
		id: `e${i}`,
		title: i % 10 === 0 ? `Vote ${i}` : `Event ${i}`,
		summary: '',
		start: fuzzyDate('2020', '2020')!,
		source: { article: 'a', start: 0, end: 0 }
	}));
	const here: EventSource = { count: n, eventAt: (rank) => events[rank] };
	if (!delay) return here;
	// A slow source that searches for itself, as a server does.
	return {
		...here,
		find: async (words) => {
			await new Promise((r) => setTimeout(r, delay));
			return events.flatMap((e, i) => (matchesWords(searchText(e), words) ? [i] : []));
		}
	};
}

describe('the event list', () => {
	it('shows a page at a time and reaches the last event', () => {
		const list = new EventListState(source(1234), 50);
		expect(list.pages).toBe(25);
		expect(list.ranks).toHaveLength(50);
		const row = list.goTo(list.total - 1);
		expect(list.page).toBe(24);
		expect(list.ranks[row]).toBe(1233);
		expect(list.ranks).toHaveLength(34);
	});

	it('narrows to the matches of a search, in date order, and widens again when cleared', async () => {
		const list = new EventListState(source(1234), 50);
		list.turn(3);
		await list.search('vote');
		expect(list.total).toBe(124);
		expect(list.page).toBe(0);
		expect(list.ranks.slice(0, 3)).toEqual([0, 10, 20]);
		await list.search('   ');
		expect(list.total).toBe(1234);
	});

	it('keeps the latest search when an earlier one answers after it', async () => {
		const list = new EventListState(source(100, 20), 50);
		const slow = list.search('event');
		await list.search('vote 90');
		await slow;
		expect(list.matches).toEqual([90]);
	});
});
