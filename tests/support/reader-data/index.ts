import { writeTimeline, type MadeEvent } from '../timeline';
import * as a11y from './a11y';
import * as deepTime from './deep-time';
import * as readerDefects from './reader-defects';
import * as readerNewUsers from './reader-new-users';
import * as readerReported from './reader-reported';
import * as readerRound3 from './reader-round3';

/** A timeline made for a suite's case: its slug, its title and its events. */
export type MadeTimeline = [slug: string, title: string, events: MadeEvent[]];

/**
 * What a readers' suite reads beside the seed: timelines made for its cases, and whatever else
 * `prepare` writes into the data folder (an article, a hand-written timeline file).
 */
export interface ReaderData {
	timelines?: MadeTimeline[];
	prepare?: (dataDir: string) => void | Promise<void>;
}

/**
 * Every readers' suite's data, by suite. The run's one server of the seed serves all of them
 * (tests/support/seed-server.ts): none of these suites writes, so they share it as they share
 * Chromium, where each started a server of its own (seconds on a loaded machine). Their slugs
 * differ from one another's and from the seed's, so no suite reads another's timeline.
 */
const SUITES: Record<string, ReaderData> = {
	a11y: a11y.data,
	'deep-time': deepTime.data,
	'reader-defects': readerDefects.data,
	'reader-new-users': readerNewUsers.data,
	'reader-reported': readerReported.data,
	'reader-round3': readerRound3.data
};

/** Writes every readers' suite's timelines and files into a copy of the seed's data folder. */
export async function writeReaderData(dataDir: string): Promise<void> {
	const slugs = new Map<string, string>();
	for (const [suite, { timelines = [], prepare }] of Object.entries(SUITES)) {
		for (const [slug, title, events] of timelines) {
			const other = slugs.get(slug);
			if (other) throw new Error(`reader data: ${suite} and ${other} both make "${slug}"`);
			slugs.set(slug, suite);
			writeTimeline(dataDir, slug, title, events);
		}
		await prepare?.(dataDir);
	}
}
