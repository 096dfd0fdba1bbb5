import { describe, expect, it } from 'vitest';
import { titleAt } from './title-at';

describe('an "it" that is a body is named by the body its text means, never another', () => {
	it.each([
		// A second clause's "it" after a body's saying is that body, never a company told before.
		[
			'Keller Sports said on Monday that it would close 30 stores. The company opened its first store in 1990.\n\nDunmore Outfitters, a rival, said on Tuesday that its profit fell 8 percent in the spring, and it expects sales to recover by Christmas.',
			'Christmas',
			'Dunmore Outfitters expects sales to recover'
		],
		// …and a saying about a plural is no "it": the "it" is the speaker (a name the story has
		// written inside a sentence, never with a first name or an office).
		[
			'Shares of Vantage fell 4 percent on Tuesday. Vantage, the housebuilder, said that completions fell 9 percent in the half, and it expects them to recover next year.',
			'next year',
			'Vantage expects completions to recover'
		],
		// A body's doing told of an "it" after a sentence whose subject is the one body there, by
		// the name that description has.
		[
			'Corvo Foods said on Monday that it would close its plant in Leeds. The company wants to sell the building. It plans to move the work to Poland next year.',
			'next year',
			'Corvo Foods plans to move work to Poland'
		],
		// An "it" is never the thing its own verb acts on.
		[
			'Power went out to 9,000 homes on Saturday, Northern Grid said. The substation was built in 1987, the company said. It expects the substation to be rebuilt by the end of March.',
			'the end of March',
			'It expects substation to be rebuilt'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});
