/** The timelines tests/reader-round3.test.ts reads, made for the third round of new users' defects. */
import type { MadeEvent } from '../timeline';
import type { ReaderData } from '.';

/** Events of neighbouring days, three of them on one day, far from the rest: a cluster even at the deepest zoom. */
export const DAYS = 'days';
const DAYS_EVENTS: MadeEvent[] = [
	['1990', '1990', 'The plant opens'],
	['March 10, 2020', '2020-03-10', 'The first pump fails'],
	['March 10, 2020', '2020-03-10', 'Workers are sent home'],
	['March 10, 2020', '2020-03-10', 'The river is closed'],
	['March 10, 2020', '2020-03-10', 'Divers search the intake'],
	['March 10, 2020', '2020-03-10', 'The union calls a meeting'],
	['March 11, 2020', '2020-03-11', 'Inspectors arrive'],
	['March 11, 2020', '2020-03-11', 'A second pump fails'],
	['March 12, 2020', '2020-03-12', 'The mayor speaks'],
	['March 12, 2020', '2020-03-12', 'Schools close'],
	['2030', '2030', 'The site reopens']
];
/** Events of one day, a year after another: a cluster zooming never parts, at any zoom. */
export const SAME_DAY = 'same-day';
export const SAME_DAY_TITLES = [
	'The first pump fails',
	'Workers are sent home',
	'The river is closed',
	'Divers search the intake',
	'The union calls a meeting'
];
const SAME_DAY_EVENTS: MadeEvent[] = [
	['March 1, 2019', '2019-03-01', 'A plan is filed'],
	...SAME_DAY_TITLES.map((title): MadeEvent => ['March 10, 2020', '2020-03-10', title])
];

export const data: ReaderData = {
	timelines: [
		[DAYS, 'A plant closes', DAYS_EVENTS],
		[SAME_DAY, 'One day at the plant', SAME_DAY_EVENTS]
	]
};
