import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../timeline/types';
import { eventId } from './event-ids';

const date = (value: string, text: string, earliest: string, latest: string, inferred = false) =>
	({
		value,
		text,
		earliest,
		latest,
		precision: 'year',
		...(inferred ? { inferred } : {})
	}) as FuzzyDate;

describe('an event id reads as words, never as a TIMEX3 code', () => {
	// value, date as written, earliest, latest, inferred, title, id
	const rows: [string, string, string, string, boolean, string, string][] = [
		[
			'2019',
			'last year',
			'2019-01-01',
			'2019-12-31',
			false,
			'Unit offered rewards',
			'2019-unit-offered-rewards'
		],
		[
			'2020-03',
			'late March',
			'2020-03-21',
			'2020-03-31',
			false,
			'Trump briefed',
			'2020-03-trump-briefed'
		],
		[
			'2026-03-09T15:00',
			'3 p.m. Monday',
			'2026-03-09',
			'2026-03-09',
			false,
			'Vote',
			'2026-03-09t15-00-vote'
		],
		[
			'PAST_REF',
			'months ago',
			'2019-06-01',
			'2020-05-31',
			false,
			'United States concluded',
			'months-ago-united-states-concluded'
		],
		[
			'2019-SU',
			'the summer of 2019',
			'2019-06-01',
			'2019-08-31',
			false,
			'Talks',
			'the-summer-of-2019-talks'
		],
		[
			'BC0500',
			'500 B.C.',
			'-000499-01-01',
			'-000499-12-31',
			false,
			'Temple built',
			'500-b-c-temple-built'
		],
		[
			'2020-06-26TMO',
			'Friday morning',
			'2020-06-26',
			'2020-06-26',
			false,
			'Raid',
			'friday-morning-raid'
		],
		[
			'2020-W12',
			'that week',
			'2020-03-16',
			'2020-03-22',
			true,
			'Police arrested men',
			'2020-police-arrested-men'
		],
		['PRESENT_REF', 'now', '2019-12-01', '2020-06-26', true, 'Talks go on', 'talks-go-on']
	];
	it.each(rows)(
		'%s (%s) gives an id of words',
		(value, text, earliest, latest, inferred, title, id) => {
			expect(eventId(date(value, text, earliest, latest, inferred), title)).toBe(id);
		}
	);
});
