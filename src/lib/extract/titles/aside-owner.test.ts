import { describe, expect, it } from 'vitest';
import { title } from '../testing/title-of';
import { DOINGS_TO, asideOwner } from './aside-owner';

describe('a participle aside is its own noun’s, not the head of the sentence (dev-broken-cuts)', () => {
	it.each(DOINGS_TO.map((row) => row.example))('the table’s own row: %s', (example) => {
		const subject = example.split(',')[0]!;
		expect(asideOwner(subject)).toBe(subject.replace(/^.*?\bof\s+/, ''));
	});

	it.each([
		[
			'Demolition of the old Carr Street pier, built in 1921 and closed to the public since 2019, began on Monday.',
			'in 1921',
			['since 2019', 'on Monday'],
			'Old Carr Street pier built'
		],
		[
			// (Of two participles, the one the date is in.)
			'Demolition of the old Carr Street pier, built in 1921 and closed to the public since 2019, began on Monday.',
			'since 2019',
			['in 1921', 'on Monday'],
			'Old Carr Street pier closed to public'
		],
		[
			'The company, founded in 1892 and listed in London since 1994, filed for bankruptcy on Friday.',
			'since 1994',
			['in 1892', 'on Friday'],
			'Company listed in London'
		],
		[
			'The sale of the hospital, founded in 1892 by a group of nuns, was completed on Friday.',
			'in 1892',
			['on Friday'],
			'Hospital founded by group of nuns'
		],
		[
			// (A head that is no doing keeps the aside: the mayor was elected, not Springfield.)
			'The mayor of Springfield, elected in 2019, resigned on Tuesday.',
			'in 2019',
			['on Tuesday'],
			'Mayor of Springfield elected'
		],
		[
			'Demolition of the old Carr Street pier, built in 1921 and closed to the public since 2019, began on Monday.',
			'on Monday',
			['in 1921', 'since 2019'],
			'Demolition of old Carr Street pier began'
		]
	])('%s (%s) → %s', (sentence, date, others, expected) => {
		expect(title(sentence, date, others)).toBe(expected);
	});
});
