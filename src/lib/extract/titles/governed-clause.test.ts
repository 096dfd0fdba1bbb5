import { describe, expect, it } from 'vitest';
import { titleAt } from './title-at';

describe('a title is the clause its date governs', () => {
	it.each([
		// A clause without its "that" between a noun and its verb is no main clause…
		[
			'A tag the team attached before the release showed him about 12 miles offshore on Tuesday.',
			'Tuesday',
			'Tag showed him about 12 miles offshore'
		],
		[
			'A satellite tag the biologists fitted in March showed the whale near Kodiak on Friday.',
			'Friday',
			'Satellite tag showed whale near Kodiak'
		],
		['The fence the city built in 2019 fell down on Sunday.', 'Sunday', 'Fence fell down'],
		// …and its own date titles it in its own order.
		[
			'A satellite tag the biologists fitted in March showed the whale near Kodiak on Friday.',
			'March',
			'Biologists fitted satellite tag'
		],
		['The fence the city built in 2019 fell down on Sunday.', '2019', 'City built fence'],
		// A plan said after a deed is the plan's clause.
		[
			'Wagner removed Quist from his committees and said the Senate would vote on expelling him in June.',
			'June',
			'Senate to vote on expelling him'
		],
		[
			'The board fired the director last week and said it would name a replacement in March.',
			'March',
			'Board to name replacement'
		],
		[
			'The company closed the plant in 2024 and said it would sell the site next year.',
			'next year',
			'Company to sell site'
		],
		// A denial since a date tells no happening at that date: the title says so.
		[
			'No Oregon legislator has been expelled since 1997.',
			'1997',
			'No Oregon legislator expelled since 1997'
		]
	])('%s (%s) → "%s"', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});

	it('keeps the deed for its own date', () => {
		expect(
			titleAt(
				'The board fired the director last week and said it would name a replacement in March.',
				'last week'
			)
		).toBe('Board fired director');
	});
});
