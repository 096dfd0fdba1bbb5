import { describe, expect, it } from 'vitest';
import { datedTitles as titles } from '../testing/dated-titles';
import { headline } from './headline';

describe('a state reached by a date keeps its "was" or "were" and its particle', () => {
	it.each([
		['the flames were out', 'Flames were out'],
		['the shares were up', 'Shares were up'],
		['the strike was over', 'Strike was over'],
		// (A preposition that needs its object still goes: "was in" is no state.)
		['the mayor was in', 'Mayor']
	])('%s → %s', (clause, want) => {
		expect(headline(clause)).toBe(want);
	});

	it.each([
		[
			'By April 21 the flames were out, and residents began returning two days later.',
			['2026-04-21 Flames were out', '2026-04-23 Residents began returning']
		],
		[
			'By Friday the strike was over, and buses ran again on Monday.',
			['2026-09-11 Strike was over', '2026-09-14 Buses ran again']
		]
	])('%s: each date titles its own clause', (text, want) => {
		expect(titles(text)).toEqual(expect.arrayContaining(want));
	});
});
