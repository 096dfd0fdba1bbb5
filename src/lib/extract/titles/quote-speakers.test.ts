import { describe, expect, it } from 'vitest';
import { titleAt } from './title-at';
import { QUOTE_SPEAKERS } from './quotations';

describe('a quotation’s speaker is found however the words after it name them (dev-quotes-1)', () => {
	it.each([
		[
			// An office in lower case before the name.
			'"The line reopened in March after two years of repairs," network director Alan Reid said.',
			'March',
			'Alan Reid said line reopened after two years of repairs'
		],
		[
			// …after the body it serves: "Cal Fire chief".
			'"The fire jumped the river in August," Cal Fire chief Ana Morales said.',
			'August',
			'Ana Morales said fire jumped river'
		],
		[
			// The verb first, then the office and the name.
			'"The pool closed in 2019 and never reopened," said council member Ruth Osei.',
			'2019',
			'Ruth Osei said pool closed'
		],
		[
			// A role told by whose it is, then the name in apposition.
			'"The bank called in the loan in October," Harlow\'s finance director, Mark Lowe, told staff.',
			'October',
			'Mark Lowe said bank called in loan'
		],
		[
			'"My client repaid the money in January," her lawyer, Mary Price, said on Wednesday.',
			'January',
			'Mary Price said her client repaid money'
		],
		[
			// The name, then an aside of its own (a role, an age) before the verb.
			'"The mill shut in 2018," Helen Hayden, the union\'s regional secretary, said.',
			'2018',
			'Helen Hayden said mill shut'
		],
		[
			'"The roof fell in on 4 May," Tom Keane, 61, said outside the hall.',
			'4 May',
			'Tom Keane said roof fell in'
		],
		[
			// The verb first, then a role and the name in apposition: the name, not the role.
			'"The ward opened in February," said the hospital\'s chief nurse, Joan Reyes.',
			'February',
			'Joan Reyes said ward opened'
		],
		[
			// A part of a group, named: "one of the men, Dale Hurst".
			'"The water reached our knees by midnight," one of the miners, Dale Hurst, told reporters.',
			'midnight',
			'Dale Hurst said water reached their knees'
		]
	])('%s (%s) → %s', (text, date, want) => {
		expect(titleAt(text, date, '2026-11-20')).toBe(want);
	});

	it('takes no place for a name: "police in Dayton said" is no Dayton speaking', () => {
		const tail = 'police in Dayton said on Friday.';
		const speakers = QUOTE_SPEAKERS.map(({ pattern }) => pattern.exec(tail))
			.filter((m) => m)
			.map((m) => m![2] ?? m![1]);
		expect(speakers).not.toContain('Dayton');
	});
});
