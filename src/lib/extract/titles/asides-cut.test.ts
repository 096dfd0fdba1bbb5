import { describe, expect, it } from 'vitest';
import { title } from '../testing/title-of';

describe("a noun's aside with the date titles the noun, its words in a clause's order (dev-cuts)", () => {
	it.each([
		[
			// A relative clause's object is the noun, after the clause's subject and verb, a
			// perfect's auxiliary between them.
			'The Carrick Street bridge, which engineers had called unsafe in 2015, collapsed on Sunday.',
			'in 2015',
			['on Sunday'],
			'Engineers called Carrick Street bridge unsafe'
		],
		[
			'The plan, which the council had approved in 2019, was dropped on Monday.',
			'in 2019',
			['on Monday'],
			'Council approved plan'
		],
		[
			// A participle made again is a participle: "rebuilt".
			"The storm destroyed the town's pier, rebuilt in 2006.",
			'in 2006',
			[],
			"Town's pier rebuilt"
		],
		[
			// …and so is "set", as records are.
			'The record for visitors, set in 1999 by a dinosaur show, could fall this summer.',
			'in 1999',
			['this summer'],
			'Record for visitors set by dinosaur show'
		]
	])('%s (%s) → %s', (sentence, date, others, expected) => {
		expect(title(sentence, date, others)).toBe(expected);
	});
});
