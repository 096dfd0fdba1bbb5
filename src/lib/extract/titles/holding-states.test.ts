import { describe, expect, it } from 'vitest';
import { titleAt } from './title-at';

describe('a clause telling what its subject had or held gives way to the dated clause after it', () => {
	it.each([
		// What it owned: "had" with a quantity, never the past perfect.
		[
			'The chain, which had 160 shops when it was bought by a private equity firm in 2016, has lost money since.',
			'2016',
			'Chain bought by private equity firm'
		],
		[
			'The company had six ships when the government sold it in 1995.',
			'1995',
			'Government sold company'
		],
		// What it held: people employed, housed or carried.
		[
			'The Carrow paper mill, which employed 850 people when it closed in 2009, will reopen next year.',
			'2009',
			'Carrow paper mill closed'
		],
		[
			'The operator said the Islay ferry, which carried 400 passengers when it ran aground in 2023, would return to service.',
			'2023',
			'Islay ferry ran aground'
		],
		['The site housed a munitions store when the war broke out in 1939.', '1939', 'War broke out'],
		// A happening keeps its date: "was arrested" is no state, nor is "had sold" (a past perfect
		// before "when" is background, titles/clauses.ts).
		[
			'He was arrested when he returned to Britain in 2019.',
			'2019',
			'He was arrested when he returned to Britain'
		]
	])('%s (%s) → %s', (text, date, want) => {
		expect(titleAt(text, date)).toBe(want);
	});
});
