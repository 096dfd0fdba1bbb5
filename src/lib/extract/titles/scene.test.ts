import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../events';
import { titleAt } from './title-at';

describe('a scene set by a date ("It was …") is no happening: the clause told in it is', () => {
	it.each([
		[
			'It was a Friday in March 1976 when the first crack appeared in the Holm Water dam.',
			'Friday',
			'First crack appeared in Holm Water dam'
		],
		[
			'It was 2 a.m. on 14 March, and most of the village was asleep, when the water reached the first houses.',
			'2 a.m. on 14 March',
			'Water reached first houses'
		],
		['It was 1979 when the city went broke.', '1979', 'City went broke'],
		['It was late October, and the leaves had turned.', 'late October', 'Leaves turned'],
		// (A verb of its own is no scene: "It was last seen in 1987, when …" is the find's.)
		[
			'It was discovered in 2017 by a telescope in Chile, and the James Webb Space Telescope observed it last spring.',
			'2017',
			'It was discovered by telescope in Chile'
		]
	])('%s (%s) → %s', (text, date, want) => {
		expect(titleAt(text, date)).toBe(want);
	});

	it.each([
		['It was 1979. The city was broke.', '1979'],
		['It was a cold night in February 1951. The ferry left the harbour at nine.', 'February 1951']
	])('"%s" has no event at its scene (%s)', (text, date) => {
		const { events } = extractTimeline({
			slug: 's',
			title: 't',
			source: 'unknown',
			text,
			published: '2026-06-01'
		});
		expect(events.filter((e) => e.start.text === date)).toEqual([]);
	});
});
