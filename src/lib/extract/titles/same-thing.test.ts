import { describe, expect, it } from 'vitest';
import { datedTitles as titles } from '../testing/dated-titles';
import { sameThing } from './same-thing';

describe('a span that ends at a date with a "when" clause is titled by what happened then', () => {
	it.each([
		[
			'The mill operated until 1998, when a fire destroyed its main building.',
			'1998 Fire destroyed its main building'
		],
		['He coached the team until last year, when he retired.', '2025 He retired'],
		// The clause's "it" is the main clause's object.
		[
			'She ran the diner alone until 2010, when she sold it to two of her cooks.',
			'2010 She sold diner to two of her cooks'
		]
	])('%s → %s', (text, want) => {
		expect(titles(text)).toContain(want);
	});

	it.each([
		[
			'she sold it to two of her cooks',
			'She ran the diner alone',
			'she sold the diner to two of her cooks'
		],
		['she sold it to two of her cooks', 'She ran it', 'she sold it to two of her cooks'],
		// (An "it" that is a subject is no object.)
		['it closed', 'She ran the diner', 'it closed']
	])('"%s" after "%s" reads "%s"', (clause, main, want) => {
		expect(sameThing(clause, main)).toBe(want);
	});
});
