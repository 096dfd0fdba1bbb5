import { describe, expect, it } from 'vitest';
import { LAPSES, withoutLapses } from './lapse-asides';
import { titleAt } from './title-at';
import { MARK } from './words';

const T = `${MARK}T0${MARK}`;

describe('a length of time counted from another happening is no part of the title (fragments III)', () => {
	it('finds each row’s length', () => {
		for (const row of LAPSES)
			expect(withoutLapses(row.example, T), row.example).not.toBe(row.example);
	});

	it.each([
		[
			'The last faults were cleared at 2:40 p.m. on Thursday, more than 46 hours after they began.',
			'2:40 p.m. on Thursday',
			'Last faults cleared'
		],
		[
			// Counts after the first, and a date in the lapse: that date keeps its own clause.
			'Orr rowed into English Harbour on Monday afternoon, 41 days, 6 hours and 12 minutes after she left La Gomera on Dec. 10.',
			'Monday afternoon',
			'Orr rowed into English Harbour'
		],
		[
			'Orr rowed into English Harbour on Monday afternoon, 41 days, 6 hours and 12 minutes after she left La Gomera on Dec. 10.',
			'Dec. 10',
			'Orr left La Gomera'
		],
		[
			// A subject too long to leave its verb room loses its phrase of place, never its verb.
			'Pupils at Hale Park Community Academy in north Leeds opened their GCSE results on Thursday morning to find the school had its best grades in a decade, three years after inspectors rated it inadequate.',
			'Thursday morning',
			'Pupils at Hale Park Community Academy opened their GCSE results'
		]
	])('%s (%s) → %s', (sentence, date, title) => {
		expect(titleAt(sentence, date)).toBe(title);
	});

	it.each([
		// An opening date's lapse is before the clause, which stays whole.
		[`In ${T}, a week after the anniversary, a bombing killed a guard.`],
		// A cleft's lapse is the frame of its "that" clause.
		[`It was on ${MARK}O0${MARK}, three days after the storm, that the coastguard found it.`]
	])('leaves %s', (s) => {
		expect(withoutLapses(s, T)).toBe(s);
	});
});
