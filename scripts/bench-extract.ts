/**
 * Extraction speed on kinds of text an editor may paste, in milliseconds per KB, next to
 * chrono-node (a date parser only: no events, titles or story time) on the same text in the
 * same run. The target is at most 2 ms/KB for Dateline on every row.
 *
 *   npm run bench:extract            every row
 *   npm run bench:extract -- --quick the 64 KB rows only
 */
process.env.TZ = 'UTC';

import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { parseArticle } from '../src/lib/extract/article';
import { extractTimeline } from '../src/lib/extract/events';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');

/** Real prose: the seed and the news fixtures, bodies only. */
function prose(): string {
	const dirs = [join(ROOT, 'data/articles'), join(ROOT, 'src/lib/extract/fixtures/dev')];
	return dirs
		.flatMap((dir) =>
			readdirSync(dir)
				.filter((f) => f.endsWith('.md'))
				.map((f) => parseArticle(readFileSync(join(dir, f), 'utf8'), f, f).text)
		)
		.join('\n\n');
}

const upTo = (text: string, size: number) => {
	let out = text;
	while (out.length < size) out += `\n\n${text}`;
	return out.slice(0, size);
};

const KB = 1024;
const body = prose();
const ROWS: [string, string][] = [
	['ordinary prose, 64 KB', upTo(body, 64 * KB)],
	[
		'abbreviation run, 64 KB',
		upTo('U.S. Jan. a.m. Gov. Inc. Dr. Mr. Feb. p.m. St. Corp. No. ', 64 * KB)
	],
	// One "sentence" without a full stop: a pasted table or a transcript.
	['no punctuation, 64 KB', upTo(body.replace(/[.!?;:,]/g, '').replace(/\n+/g, ' '), 64 * KB)],
	[
		'numbers and dates, 64 KB',
		upTo('March 3 2019 1990s 44 BC 10:30 p.m. Tuesday 12 1,500 the 5th ', 64 * KB)
	],
	...(quick
		? []
		: ([
				['article of 1 MB', upTo(body, 1024 * KB)],
				['article of 2 MB', upTo(body, 2048 * KB)]
			] as [string, string][]))
];

/** The fastest of a few runs, in ms of CPU time: the machine is shared and noisy. */
function best(run: () => void, times: number): number {
	let fastest = Infinity;
	for (let i = 0; i < times; i++) {
		const before = process.cpuUsage();
		run();
		const used = process.cpuUsage(before);
		fastest = Math.min(fastest, (used.user + used.system) / 1000);
	}
	return fastest;
}

const published = '2020-06-26';
const ref = new Date(`${published}T12:00:00Z`);
const load = () =>
	loadavg()
		.map((x) => x.toFixed(2))
		.join(' ');
// One untimed pass of every 64 KB row first: the first row is otherwise timed while the engine
// still compiles its code.
for (const [, text] of ROWS.filter(([, t]) => t.length <= 64 * KB)) {
	extractTimeline({ slug: 'bench', title: 'Bench', source: 'Bench', published, text });
	chrono.parse(text, ref);
}
console.log('ms per KB (CPU time, fastest of runs); target for Dateline: at most 2.00');
console.log(`load average ${load()} (1, 5, 15 min)\n`);
console.log(
	`${'text'.padEnd(28)}${'KB'.padStart(7)}${'Dateline'.padStart(10)}${'chrono'.padStart(9)}${'events'.padStart(8)}`
);
for (const [name, text] of ROWS) {
	const kb = text.length / KB;
	const times = kb > 512 ? 2 : 10;
	let events = 0;
	const ours = best(() => {
		events = extractTimeline({ slug: 'bench', title: 'Bench', source: 'Bench', published, text })
			.events.length;
	}, times);
	const theirs = best(() => chrono.parse(text, ref), times);
	console.log(
		`${name.padEnd(28)}${kb.toFixed(0).padStart(7)}${(ours / kb).toFixed(2).padStart(10)}${(theirs / kb).toFixed(2).padStart(9)}${String(events).padStart(8)}`
	);
}
console.log(`\nload average ${load()}`);
