import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeTimeline, type MadeEvent } from '../timeline';
import * as a11y from './a11y';
import * as chart from './chart';
import * as deepTime from './deep-time';
import * as embed from './embed';
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
 * differ from one another's and from the seed's (writeReaderData checks), so no suite reads
 * another's timeline.
 */
const SUITES: Record<string, ReaderData> = {
	a11y: a11y.data,
	chart: chart.data,
	'deep-time': deepTime.data,
	embed: embed.data,
	'reader-defects': readerDefects.data,
	'reader-new-users': readerNewUsers.data,
	'reader-reported': readerReported.data,
	'reader-round3': readerRound3.data
};

/** The files of a data folder's articles and timelines, by path, with their text. */
function filesOf(dataDir: string): Map<string, string> {
	const files = new Map<string, string>();
	for (const kind of ['articles', 'timelines']) {
		const folder = join(dataDir, kind);
		if (!existsSync(folder)) continue;
		for (const name of readdirSync(folder))
			files.set(`${kind}/${name}`, readFileSync(join(folder, name), 'utf8'));
	}
	return files;
}

/**
 * Writes every readers' suite's timelines and files into a copy of the seed's data folder,
 * refusing a suite that would change a file the seed or another suite wrote.
 */
export async function writeReaderData(dataDir: string): Promise<void> {
	for (const [suite, { timelines = [], prepare }] of Object.entries(SUITES)) {
		const before = filesOf(dataDir);
		for (const [slug, title, events] of timelines) writeTimeline(dataDir, slug, title, events);
		await prepare?.(dataDir);
		const after = filesOf(dataDir);
		for (const [file, text] of before)
			if (after.get(file) !== text)
				throw new Error(
					`tests/support/reader-data: ${suite} rewrites ${file}, which another suite reads`
				);
	}
}
