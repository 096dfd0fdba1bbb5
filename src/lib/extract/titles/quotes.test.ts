import { describe, expect, it } from 'vitest';
import { title } from '../testing/title-of';
import { pairedMarks } from './quotations';

describe('a quotation inside a title is kept whole or not at all (dev-cuts)', () => {
	it.each([
		[
			// A comma or an "and" inside what was said cuts no clause.
			'Judge Amy Roth on Friday called the scheme "brazen, cruel and calculated" and sentenced Hale to nine years.',
			'on Friday',
			[],
			'Judge Amy Roth called scheme ‘brazen, cruel and calculated’'
		],
		[
			// …nor the comma before its closing mark, which is the sentence's.
			'The mayor said on Monday that the deal was "the best we could get, given the market," and signed it.',
			'on Monday',
			[],
			'Mayor said deal was ‘the best we could get, given the market’'
		],
		[
			// Single marks, as British copy writes them, keep their words as said.
			'The minister on Tuesday called the report ‘a whitewash, pure and simple’.',
			'on Tuesday',
			[],
			'Minister called report ‘a whitewash, pure and simple’'
		],
		[
			// A date taken out of what was said leaves no space before the closing mark.
			'The chief executive said on Wednesday that the mill had "lost money every quarter since 2022."',
			'on Wednesday',
			['2022'],
			'Chief executive said mill had ‘lost money every quarter’'
		]
	])('%s (%s) → %s', (sentence, date, others, expected) => {
		expect(title(sentence, date, others)).toBe(expected);
	});
});

describe('pairedMarks: never half of a pair of quotation marks', () => {
	it.each([
		['Judge called scheme ‘brazen', 'Judge called scheme brazen'],
		["Judge called scheme 'brazen", 'Judge called scheme brazen'],
		['Judge called scheme ‘brazen’', 'Judge called scheme ‘brazen’'],
		[
			'Mayor called it ‘the best we’re likely to get’',
			'Mayor called it ‘the best we’re likely to get’'
		],
		["Sales peaked in '90s", "Sales peaked in '90s"]
	])('%s → %s', (given, expected) => {
		expect(pairedMarks(given)).toBe(expected);
	});
});
