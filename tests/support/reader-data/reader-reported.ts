/** The timelines tests/reader-reported.test.ts reads beside the seed, made for what new users reported. */
import type { MadeEvent } from '../timeline';
import type { ReaderData } from '.';

export const STRIKE = 'strike';
const STRIKE_EVENTS: MadeEvent[] = [
	['1998', '1998', 'The union is founded'],
	['2016', '2016', 'A first strike closes the port'],
	['2018', '2018', 'Talks collapse'],
	['March 2019', '2019-03', 'A new contract is signed'],
	['June 2020', '2020-06', 'The port is sold']
];

/** Months two apart among years: on a phone they cluster as "Mar 2019 – Jun 2020". */
export const PORT = 'port';
const PORT_EVENTS: MadeEvent[] = [
	['1998', '1998', 'The union is founded'],
	['March 2019', '2019-03', 'A first strike closes the port'],
	['June 2020', '2020-06', 'Talks collapse'],
	['2022', '2022', 'A new contract is signed'],
	['May 2025', '2025-05', 'The port is sold']
];

export const data: ReaderData = {
	timelines: [
		[STRIKE, 'A port strike', STRIKE_EVENTS],
		[PORT, 'A port sold', PORT_EVENTS]
	]
};
