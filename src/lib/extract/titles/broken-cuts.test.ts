import { describe, expect, it } from 'vitest';
import { title } from '../testing/title-of';

describe('a title keeps its verb forms whole and no trailing consequence (dev-cuts)', () => {
	it.each([
		[
			// A modal's "have" stays after its "not", as it does after the modal.
			'Lawyers argued in 2019 that the trial judge should not have allowed the testimony.',
			'in 2019',
			[],
			'Lawyers argued trial judge should not have allowed testimony'
		],
		[
			"Lawyers argued in 2019 that the trial judge shouldn't have allowed the testimony.",
			'in 2019',
			[],
			"Lawyers argued trial judge shouldn't have allowed testimony"
		],
		[
			// A plan made of a saying's "would" loses its trailing ", ending …" as a happening does.
			'Halvorsen Paper said on Tuesday that it would close its Ashby mill next year, ending 640 jobs.',
			'next year',
			['on Tuesday'],
			'Halvorsen Paper to close its Ashby mill'
		],
		[
			// A plan of the second of two "would"s is no "to would".
			'Bolton said the company would set aside about £9m to cover the cost and would publish a review of its procedures by the end of the year.',
			'by the end of the year',
			[],
			'Company to publish review of its procedures'
		],
		[
			'The utility said it would restore power by Friday, ending a week without lights.',
			'by Friday',
			[],
			'Utility to restore power'
		],
		[
			'The club said on Friday that it would sell its stadium in 2027, leaving the city without a team.',
			'in 2027',
			['on Friday'],
			'Club to sell its stadium'
		],
		[
			// (An opening phrase's "to" is no plan: the title is still the saying.)
			'Contrary to other reports, the FBI and Kenyan police said Monday that a suspect who was returned from Pakistan had not admitted any role in the crimes.',
			'Monday',
			[],
			'FBI and Kenyan police said suspect had not admitted any role'
		]
	])('%s (%s) → %s', (sentence, date, others, expected) => {
		expect(title(sentence, date, others)).toBe(expected);
	});
});
