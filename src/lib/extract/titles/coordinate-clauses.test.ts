import { describe, expect, it } from 'vitest';
import { datedTitles as titles } from '../testing/dated-titles';

describe('a date in a second clause with its own subject dates that clause, not a present state or a past before it', () => {
	it.each([
		// A present state before "and" or "but" is dated by no past or future date.
		[
			'The company makes parts for Boeing, and its shares rose 5 percent on Monday.',
			'2026-09-14 Its shares rose 5 percent'
		],
		[
			'The union represents 4,000 drivers, and its members voted to strike on Tuesday.',
			'2026-09-15 Its members voted to strike'
		],
		[
			'The firm employs 300 people in Leeds, but it will close the plant next year.',
			'2027 It will close plant'
		],
		[
			'The corps plans to rebuild the levee higher, but the work is not expected to begin until 2028.',
			'2028 Work is not expected to begin'
		],
		// A plan after "and" with a subject of its own is the plan's date.
		[
			'The city wants a new bridge, and construction is expected to start in 2027.',
			'2027 Construction expected to start'
		],
		[
			'The mayor supports the plan, and the council will vote on it in March.',
			'2027-03 Council will vote on it'
		]
	])('%s → %s', (text, want) => {
		expect(titles(text)).toContain(want);
	});

	it.each([
		// A past clause before "and" may be dated by a date that ends the sentence (the seed's case).
		[
			'The intelligence finding was briefed to the president, and the council discussed the problem in late March.',
			'2026-03 Intelligence finding briefed to president'
		],
		// Plural nouns before a preposition are no present verb: a list of places split at "and".
		[
			'Nearly simultaneous bombings at U.S. embassies in Dar es Salaam, Tanzania, and Nairobi, Kenya, on Aug. 7 killed 258 people.',
			'2026-08-07 Nearly simultaneous bombings at U.S. embassies in Dar es Salaam, Tanzania'
		]
	])('%s → %s', (text, want) => {
		expect(titles(text)).toContain(want);
	});
});
