import { describe, expect, it } from 'vitest';
import { title } from '../testing/title-of';

describe('a date the clause cannot do without stays in its title (markers.ts)', () => {
	it.each([
		[
			// A time given to do something is what was given, no obligation: "have to claim".
			'Customers have until Jan. 31 to claim a full refund.',
			'Jan. 31',
			'Customers have until Jan. 31 to claim full refund'
		],
		[
			'The city has until 2030 to replace its lead pipes under the new federal rule.',
			'2030',
			'City has until 2030 to replace its lead pipes'
		],
		[
			'Applicants will have until the end of March to file.',
			'the end of March',
			'Applicants will have until end of March to file'
		],
		[
			// A date that is all a clause says of its subject.
			'Sentencing will be on 15 January, Judge Helen Marsh said after the verdict.',
			'15 January',
			'Sentencing will be on 15 January'
		]
	])('%s', (sentence, target, expected) => {
		expect(title(sentence, target)).toBe(expected);
	});

	it.each([
		// A date after "until" that only ends a happening still goes.
		['The road will stay closed until Friday.', 'Friday', 'Road will stay closed'],
		// …and so does one after a verb of its own.
		['The painting was last exhibited in 1927.', '1927', 'Painting was last exhibited']
	])('leaves out the date of "%s"', (sentence, target, expected) => {
		expect(title(sentence, target)).toBe(expected);
	});
});
