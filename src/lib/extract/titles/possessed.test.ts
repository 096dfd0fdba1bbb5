import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../events';
import { title } from '../testing/title-of';
import { POSSESSED_HAPPENINGS } from './possessed';

describe('a date between a possessive and a noun of happening titles that noun (dev-cuts)', () => {
	it.each([
		[
			'The exhibit also recalls President Kennedy’s 1961 challenge to land a man on the moon.',
			'1961',
			'President Kennedy issued challenge to land man on moon'
		],
		[
			'The law was a response to Hurricane Katrina’s 2005 destruction of the levees.',
			'2005',
			'Hurricane Katrina destroyed levees'
		],
		// The possessed noun as the sentence's subject: its phrase ends at the sentence's verb.
		['Apple’s 2010 launch of the iPad changed tablets.', '2010', 'Apple launched iPad'],
		// A possessor by its noun loses its article; a passive row tells what was done to it.
		[
			'After the bridge’s 2007 collapse, the state inspected every span.',
			'2007',
			'Bridge collapsed'
		],
		['Mount St. Helens’ 1980 eruption killed 57 people.', '1980', 'Mount St. Helens erupted']
	])('%s (%s) → %s', (sentence, date, expected) => {
		expect(title(sentence, date)).toBe(expected);
	});

	it.each(POSSESSED_HAPPENINGS.map((row) => [row.noun, row] as const))(
		'row "%s": its example is titled by its verb',
		(_, row) => {
			const year = /\d{4}/.exec(row.example)![0];
			const made = title(`The exhibit recalls ${row.example}.`, year);
			expect(made).toContain(row.verb);
			expect(made).not.toMatch(/recalls/);
		}
	);

	it('makes the event beside another date of the sentence, no longer a thing the year names', () => {
		const { events } = extractTimeline({
			slug: 's',
			title: 't',
			source: 'unknown',
			text: "The Eastfield Museum opened an exhibit on Saturday that marks Neil Armstrong's 1969 walk on the moon.",
			published: '2026-07-20'
		});
		expect(events.find((e) => e.start.text === '1969')?.title).toBe(
			'Neil Armstrong walked on moon'
		);
	});
});
