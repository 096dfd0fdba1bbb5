/**
 * The title check sets: sentences nobody had tuned the title rules on when they were written
 * (news paragraphs written in wire style, and TimeBank sentences never used for titles), each
 * with the titles that read right on a timeline. `checks.json` was then used to build title
 * rules; `held-out.json` was written after them and is only read to measure. Prints every
 * check with ✓ or ✗ and the share that reads right.
 *
 *   npm run bench:titles
 */
process.env.TZ = 'UTC';

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractTimeline } from '../src/lib/extract/events';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = join(ROOT, 'src/lib/extract/fixtures/titles');
export const CHECK_SETS = {
	checks: join(DIR, 'checks.json'),
	'held-out': join(DIR, 'held-out.json'),
	'held-out-2': join(DIR, 'held-out-2.json'),
	'held-out-3': join(DIR, 'held-out-3.json'),
	'held-out-4': join(DIR, 'held-out-4.json'),
	'held-out-5': join(DIR, 'held-out-5.json'),
	'dev-titles-6': join(DIR, 'dev-titles-6.json'),
	'held-out-7': join(DIR, 'held-out-7.json'),
	'dev-titles-8': join(DIR, 'dev-titles-8.json'),
	'held-out-8': join(DIR, 'held-out-8.json'),
	'dev-titles-9': join(DIR, 'dev-titles-9.json'),
	'held-out-9': join(DIR, 'held-out-9.json'),
	'held-out-10': join(DIR, 'held-out-10.json'),
	'held-out-11': join(DIR, 'held-out-11.json'),
	'held-out-12': join(DIR, 'held-out-12.json'),
	'held-out-13': join(DIR, 'held-out-13.json'),
	'held-out-14': join(DIR, 'held-out-14.json'),
	'dev-speech': join(DIR, 'dev-speech.json'),
	'dev-descriptions': join(DIR, 'dev-descriptions.json'),
	'dev-subjects': join(DIR, 'dev-subjects.json'),
	'dev-subjects-2': join(DIR, 'dev-subjects-2.json'),
	'dev-subjects-3': join(DIR, 'dev-subjects-3.json'),
	'dev-subjects-4': join(DIR, 'dev-subjects-4.json'),
	'dev-subjects-5': join(DIR, 'dev-subjects-5.json'),
	'dev-cuts': join(DIR, 'dev-cuts.json'),
	'dev-clauses': join(DIR, 'dev-clauses.json'),
	'dev-broken-cuts': join(DIR, 'dev-broken-cuts.json'),
	'dev-clauses-2': join(DIR, 'dev-clauses-2.json'),
	'dev-fragments': join(DIR, 'dev-fragments.json'),
	'dev-clauses-3': join(DIR, 'dev-clauses-3.json'),
	'dev-fragments-2': join(DIR, 'dev-fragments-2.json'),
	'dev-clauses-4': join(DIR, 'dev-clauses-4.json'),
	'dev-quotes-1': join(DIR, 'dev-quotes-1.json'),
	'dev-fragments-3': join(DIR, 'dev-fragments-3.json')
};

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

/**
 * Whether a check's date phrase ("at 2:10 a.m.") names the event's date words: its words or a
 * part of them, or the words with more after them ("2:10 a.m. Eastern time").
 */
function sameDateWords(phrase: string, words: string): boolean {
	return phrase.includes(words) || words.startsWith(phrase.replace(/^(?:at|on|in|by) /, ''));
}

function nthIndex(file: string, text: string, phrase: string, nth: number): number {
	let at = -1;
	for (let n = 0; n < nth; n++) {
		at = text.indexOf(phrase, at + 1);
		if (at < 0) throw new Error(`${file}: "${phrase}" (${nth}) is not in its text`);
	}
	return at;
}

export function runTitleChecks(file: string): Result[] {
	const groups = JSON.parse(readFileSync(file, 'utf8')) as Group[];
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
				const at = nthIndex(file, group.text, check.date, check.nth ?? 1);
				const phrase = check.date.toLowerCase();
				event = events.find(
					(e) =>
						e.source.start <= at &&
						at < e.source.end &&
						!e.start.inferred &&
						// A date no words say (the report's own day) is no phrase's event.
						e.start.text !== '' &&
						sameDateWords(phrase, e.start.text.toLowerCase())
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
	for (const [name, file] of Object.entries(CHECK_SETS)) {
		console.log(`## ${name}`);
		const results = runTitleChecks(file);
		for (const r of results) {
			const mark = r.right ? '✓' : '✗';
			console.log(`${mark} [${r.source} | ${r.date ?? 'inferred'}] ${r.got ?? '(no event)'}`);
			if (!r.right) console.log(`    want: ${r.expected}`);
		}
		const right = results.filter((r) => r.right).length;
		const share = ((100 * right) / results.length).toFixed(0);
		console.log(`\n${name}: ${right} of ${results.length} titles read right (${share}%)\n`);
	}
}
