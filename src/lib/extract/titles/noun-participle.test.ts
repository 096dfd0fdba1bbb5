import { describe, expect, it } from 'vitest';
import { title } from '../testing/title-of';

describe('a date in a participle’s phrase on an object titles that object’s happening (dev-broken-cuts)', () => {
	it.each([
		[
			'A report published in 2000 blamed a dam built upstream in the 1960s.',
			'in the 1960s',
			['in 2000'],
			'Dam built upstream'
		],
		[
			// (A subject's phrase is left to the reduced relative's rule: its date tells which one.)
			'A ceasefire brokered by the African Union in December 2024 lasted less than three weeks.',
			'December 2024',
			[],
			'Ceasefire brokered by African Union lasted less than three weeks'
		],
		[
			// (A participle that tells what a thing is, or a plan for it, is no happening.)
			'Hewlett planned to ship a computer based on the 486 chip in 1990.',
			'in 1990',
			[],
			'Hewlett planned to ship computer based on 486 chip'
		],
		[
			'The issue is expected to dominate a NATO summit set for Washington in April.',
			'in April',
			[],
			'Issue expected to dominate NATO summit set for Washington'
		],
		[
			// (A participle after an auxiliary or a verb of causing is the clause's own.)
			'The forestry agency hoped to have the fire contained by Monday.',
			'by Monday',
			[],
			'Forestry agency hoped to have fire contained'
		],
		[
			'The council approved a plan drawn up by residents in 2019 to turn the rail yard into a park.',
			'in 2019',
			[],
			'Plan drawn up by residents'
		],
		[
			'The museum will return a statue taken from a temple in Cambodia in the 1970s.',
			'in the 1970s',
			[],
			'Statue taken from temple in Cambodia'
		],
		[
			'Police said the man arrested in March was released on bail on Friday.',
			'in March',
			['on Friday'],
			'Man arrested'
		],
		[
			// (After a verb of saying, with no verb after the date, it is what was said.)
			'She said the house sold in 2019 for $1 million.',
			'in 2019',
			[],
			'House sold for $1 million'
		],
		[
			// (A noun after a preposition is no object: the clause's own verb stays.)
			'An earlier lander built by the same company tipped over on landing in February.',
			'in February',
			[],
			'Earlier lander built by same company tipped over on landing'
		],
		// …but the agent or means of a participle phrase on the clause's object has its own
		// participle's happening, after the clause's verb.
		[
			'The town opened a new plant, financed partly by a $2 million grant awarded in May, on Friday.',
			'in May',
			['on Friday'],
			'$2 million grant awarded'
		],
		['The council approved a budget funded by a tax passed in 2022.', 'in 2022', [], 'Tax passed']
	])('%s (%s) → %s', (sentence, date, others, expected) => {
		expect(title(sentence, date, others)).toBe(expected);
	});
});
