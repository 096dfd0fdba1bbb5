import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../timeline/types';
import { EDITOR_PAGE, listedInOrder, matching, pageHolding } from './listing';

const event = (id: string, title = id): TimelineEvent => ({
	id,
	title,
	summary: '',
	start: {
		text: '2020',
		value: '2020',
		earliest: '2020-01-01T00:00:00.000Z',
		latest: '2020-12-31T23:59:59.999Z',
		precision: 'year'
	},
	source: { article: 'a', start: 0, end: 1 }
});
const ids = (events: readonly TimelineEvent[]) => events.map((e) => e.id);

describe("the editor's list", () => {
	it('keeps the order it opened with; new events follow the one before them, removed ones go', () => {
		const events = ['a', 'a2', 'a3', 'b', 'c', 'c2'].map((id) => event(id));
		expect(ids(listedInOrder(['c', 'a', 'b', 'gone'], events))).toEqual([
			'c',
			'c2',
			'a',
			'a2',
			'a3',
			'b'
		]);
		expect(ids(listedInOrder(['b'], [event('new'), event('b')]))).toEqual(['new', 'b']);
	});

	it('lists 100,000 events, every one new, in linear time (no square, no deep recursion)', () => {
		const events = Array.from({ length: 100_000 }, (_, i) => event(`e${i}`));
		const order = ids(events).reverse();
		expect(listedInOrder(order, events)[0]!.id).toBe('e99999');
		expect(listedInOrder([], events)).toHaveLength(100_000);
	});

	it('narrows by every word of a search and finds the page holding an event', () => {
		const events = Array.from({ length: 250 }, (_, i) =>
			event(`e${i}`, `Vote ${i % 2 ? 'lost' : 'won'}`)
		);
		expect(matching(events, '')).toBe(events);
		expect(matching(events, 'VOTE won')).toHaveLength(125);
		expect(pageHolding(events, 'e249')).toBe(Math.floor(249 / EDITOR_PAGE));
		expect(pageHolding(events, 'nope')).toBe(-1);
	});
});
