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

describe('a subject told by a noun and its clause, then named, is the name', () => {
	it.each([
		[
			'The council member who proposed the ban on fireworks, Ana Silva, said on Thursday that she would run for mayor next year.',
			'Thursday',
			'Ana Silva said she would run for mayor'
		],
		[
			"The company that built the town's stadium, Halvorsen Construction, collapsed in 2019, leaving the council to pay for repairs.",
			'2019',
			'Halvorsen Construction collapsed'
		],
		// A date inside the clause dates the clause, told of the name.
		[
			'The engineer who signed off the roof in 2018, Paul Grady, was struck off last year.',
			'2018',
			'Paul Grady signed off roof'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a role named, with a second aside after the name, has the name as its subject', () => {
	it.each([
		[
			'The chairwoman, Denise Okafor, a retired bus operator, said at a meeting on Wednesday that no pension check would be reduced.',
			'Wednesday',
			'Denise Okafor said no pension check would be reduced'
		],
		[
			"Margaret's son, David Hollins, 58, had a heart attack in November.",
			'November',
			'David Hollins had heart attack'
		],
		[
			'The superintendent, Karen Liu, who recommended the merger two days later, met the parents’ leaders on Oct. 21.',
			'Oct. 21',
			'Karen Liu met parents’ leaders'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});

	it.each([
		// The date of a clause inside the rest: its "it" is not the name.
		[
			'The captain, Dale Merritt, 61, was at the helm of the Lady Orca when it capsized on Aug. 9, 2024, killing three passengers.',
			'Aug. 9, 2024',
			'Lady Orca capsized, killing three passengers'
		]
	])('keeps %s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a role named in apposition opening the clause its date governs is its name', () => {
	it.each([
		[
			'By March the stadium project was a year late, and in April the authority’s chairman, Luis Ortega, resigned.',
			'April',
			'Luis Ortega resigned'
		],
		[
			'The union rejected the offer in May, and on Tuesday its president, Tomas Berg, resigned.',
			'Tuesday',
			'Tomas Berg resigned'
		],
		[
			'By phone on Friday night, the navy’s regional commander, Rear Adm. Karen Holt, ordered the ships back to port.',
			'Friday night',
			'Rear Adm. Karen Holt ordered ships back to port'
		],
		// …and a date between the name and its verb: "Sara Lind, on Monday called".
		[
			'The museum’s director, Sara Lind, on Monday called the theft a wound to the whole city.',
			'Monday',
			'Sara Lind called theft wound to whole city'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});
