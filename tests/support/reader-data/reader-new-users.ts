/** The timelines tests/reader-new-users.test.ts reads, made for what new users found wrong. */
import type { MadeEvent } from '../timeline';
import type { ReaderData } from '.';

/** A year then a title that opens with a number: "2026 14 cars derailed" reads as one figure. */
export const RAIL = 'rail-crash';
export const RAIL_EVENTS: MadeEvent[] = [
	['2026', '2026', '14 cars derailed'],
	['March 2028', '2028-03', '3 lines reopened']
];
/** As many events as make a long timeline (one with a list of its events), the same two in it. */
export const LONG_RAIL = 'rail-crash-long';
export const LONG_RAIL_EVENTS: MadeEvent[] = [
	...RAIL_EVENTS,
	...Array.from({ length: 220 }, (_, i): MadeEvent => {
		const day = new Date(Date.UTC(2024, 0, 1 + 3 * i)).toISOString().slice(0, 10);
		return [day, day, `Inspection ${i + 1} filed`];
	})
];

/** Dates of a year or a season, close together among far ones: they cluster. */
export const MISSILES = 'missiles';
export const MISSILES_EVENTS: MadeEvent[] = [
	['1900', '1900', 'A century opens'],
	['1958', '1958', 'Bases are planned'],
	['1960', '1960', 'A U-2 is shot down'],
	['1962', '1962', 'Missiles reach Cuba'],
	['summer 1964', '1964-SU', 'Treaty talks stall'],
	['1966', '1966', 'Talks resume'],
	['autumn 1967', '1967-FA', 'A treaty is signed'],
	['2020', '2020', 'The archive opens']
];

/** An American article (it writes "fall") and a British one (its spelling; no season word). */
export const HARVEST = 'harvest';
export const HARVEST_EVENTS: MadeEvent[] = [
	['1966', '1966', 'A dry year'],
	['fall 1967', '1967-FA', 'The harvest fails'],
	['2020', '2020', 'The archive opens']
];
export const COUNCIL = 'council';
export const COUNCIL_EVENTS: MadeEvent[] = [
	['1966', '1966', 'The council organised a programme for the town centre'],
	['1967', '1967-FA', 'The theatre reopened in its old colours'],
	['2020', '2020', 'The archive opens']
];

/** Events of one day among far ones: a cluster that no zoom parts, so it lists them. */
export const ONE_DAY = 'one-day';
export const ONE_DAY_EVENTS: MadeEvent[] = [
	['1990', '1990', 'A plant opens'],
	['March 3, 2020', '2020-03-03', 'A fire starts'],
	['March 3, 2020', '2020-03-03', 'Crews arrive'],
	['March 3, 2020', '2020-03-03', 'The roof falls'],
	['March 3, 2020', '2020-03-03', 'The fire is out'],
	['2025', '2025', 'A new plant opens']
];

export const data: ReaderData = {
	timelines: [
		[RAIL, 'A rail crash', RAIL_EVENTS],
		[MISSILES, 'Missiles', MISSILES_EVENTS],
		[LONG_RAIL, 'A rail crash, day by day', LONG_RAIL_EVENTS],
		[HARVEST, 'A harvest', HARVEST_EVENTS],
		[COUNCIL, 'A council', COUNCIL_EVENTS],
		[ONE_DAY, 'One day', ONE_DAY_EVENTS]
	]
};
