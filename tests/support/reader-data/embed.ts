/** The timeline tests/embed.test.ts reads beside the seed. */
import type { MadeEvent } from '../timeline';
import type { ReaderData } from '.';

/** A timeline whose file lists its events out of date order, as an editor may write it. */
export const UNSORTED = 'unsorted-strikes';
const UNSORTED_EVENTS: MadeEvent[] = [
	['2021', '2021', 'Second strike ends'],
	['1998', '1998', 'First strike begins'],
	['March 2030', '2030-03', 'Third strike called'],
	['2005', '2005', 'Strike fund opens']
];

export const data: ReaderData = {
	timelines: [[UNSORTED, 'Strikes, as an editor listed them', UNSORTED_EVENTS]]
};
