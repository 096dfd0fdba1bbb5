import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../events';

/** The title of the (last) event whose date reads `date`, the story told on `published`. */
function titleAt(text: string, date: string, published = '2026-06-04'): string | undefined {
	const { events } = extractTimeline({ slug: 's', title: 't', source: 'unknown', text, published });
	return events.findLast((e) => e.start.text === date)?.title;
}

describe('an appositive with a clause inside is skipped whole to the main verb', () => {
	it.each([
		[
			'Odessa Harlow, the drummer whose brushwork, light and restless, defined a decade of records, died Monday at her home.',
			'Monday',
			'Odessa Harlow died at her home'
		],
		[
			'Tomas Reyna, a surveyor who, by his own count, walked every road in the county, retired on Friday.',
			'Friday',
			'Tomas Reyna retired'
		],
		[
			'Greta Lund, 71, a potter whose bowls, cups and plates filled two museums, died in March.',
			'March',
			'Greta Lund died'
		],
		// …and one with no inner comma, as before.
		[
			'Ray Tolliver, the engineer who designed the bridge, died on Friday.',
			'Friday',
			'Ray Tolliver died'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a possessive named by its owner never doubles a noun', () => {
	it.each([
		[
			'The city council approved the plan on Monday. Its council members voted 5-2 on Tuesday.',
			'Tuesday',
			'City council members voted 5-2'
		],
		[
			'The county board met on Monday. Its board members voted to close the clinic on Tuesday.',
			'Tuesday',
			'County board members voted to close clinic'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a denial until a date is titled by the happening the date saw', () => {
	it.each([
		['The Millers did not return to the farm until July.', 'July', 'Millers returned to farm'],
		['The plant did not reopen until 2021.', '2021', 'Plant reopened'],
		['The family could not go home until March, the sheriff said.', 'March', 'Family went home'],
		// (A denial since a date stays one.)
		[
			'No Oregon legislator has been expelled since 1997.',
			'1997',
			'No Oregon legislator expelled since 1997'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});
