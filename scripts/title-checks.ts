/**
 * The title check set: sentences nobody tuned the title rules on (news paragraphs written in
 * wire style, and TimeBank sentences never used for titles), each with the titles that read
 * right on a timeline. Prints every check with ✓ or ✗ and the share that reads right.
 *
 *   npm run bench:titles
 */
process.env.TZ = 'UTC';

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractTimeline } from '../src/lib/extract/events';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CHECKS_FILE = join(ROOT, 'src/lib/extract/fixtures/titles/checks.json');

interface Check {
	/** The date phrase as written (its `nth` occurrence in the text), or null for the event
	 * whose date is inferred. */
	date: string | null;
	nth?: number;
	/** Titles that read right; the first is the one a graphics editor would write. */
	titles: string[];
}
interface Group {
	source: string;
	published: string;
	text: string;
	checks: Check[];
}
export interface Result {
	source: string;
	date: string | null;
	expected: string;
	got: string | null;
	right: boolean;
}

function nthIndex(text: string, phrase: string, nth: number): number {
	let at = -1;
	for (let n = 0; n < nth; n++) {
		at = text.indexOf(phrase, at + 1);
		if (at < 0) throw new Error(`${CHECKS_FILE}: "${phrase}" (${nth}) is not in its text`);
	}
	return at;
}

export function runTitleChecks(): Result[] {
	const groups = JSON.parse(readFileSync(CHECKS_FILE, 'utf8')) as Group[];
	const results: Result[] = [];
	for (const group of groups) {
		const { events } = extractTimeline({
			slug: 'check',
			title: group.source,
			source: 'unknown',
			text: group.text,
			published: group.published
		});
		for (const check of group.checks) {
			let event;
			if (check.date === null) event = events.find((e) => e.start.inferred);
			else {
				const at = nthIndex(group.text, check.date, check.nth ?? 1);
				const phrase = check.date.toLowerCase();
				event = events.find(
					(e) =>
						e.source.start <= at &&
						at < e.source.end &&
						!e.start.inferred &&
						phrase.includes(e.start.text.toLowerCase())
				);
			}
			const got = event?.title ?? null;
			results.push({
				source: group.source,
				date: check.date,
				expected: check.titles[0]!,
				got,
				right: got !== null && check.titles.includes(got)
			});
		}
	}
	return results;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const results = runTitleChecks();
	for (const r of results) {
		const mark = r.right ? '✓' : '✗';
		console.log(`${mark} [${r.source} | ${r.date ?? 'inferred'}] ${r.got ?? '(no event)'}`);
		if (!r.right) console.log(`    want: ${r.expected}`);
	}
	const right = results.filter((r) => r.right).length;
	console.log(
		`\n${right} of ${results.length} titles read right (${((100 * right) / results.length).toFixed(0)}%)`
	);
}
