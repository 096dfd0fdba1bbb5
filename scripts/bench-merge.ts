/**
 * Merging a refused save of a long draft, before and after a change, side by side in one run:
 * the merge code of a git revision (`--before`, main by default) beside the working tree's, on
 * the same drafts. Bob renamed one event and saved; Ann renamed another and her save was
 * refused: the editor compares her draft with his revision (whether it already holds hers),
 * finds what both changed against the revision both were made from, and resolves the merge.
 * Ann's draft shares its unchanged events with that revision, as the editor's edits leave them;
 * Bob's revision comes from the server, a copy that shares nothing. Median of --runs runs (3),
 * in this process: a browser runs the same code. "Typing on, open panel" is one keystroke in the
 * title of the event both renamed while the merge panel is open: a version without
 * `open-merge.ts` found the conflicts whole again; with it, the open merge updates what the
 * keystroke touched.
 *
 *   npm run bench:merge [-- --before <git revision>] [--runs 3] [--sizes 1000,10000,100000]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type * as ConflictModule from '../src/lib/authoring/conflict';
import type * as OpenMergeModule from '../src/lib/authoring/open-merge';
import { setEventTitle } from '../src/lib/authoring/edits';
import type { Timeline } from '../src/lib/timeline/types';
import { syntheticEvents } from './synthetic';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
	const at = args.indexOf(`--${name}`);
	return at >= 0 ? args[at + 1]! : fallback;
};
const BEFORE = option('before', 'main');
const RUNS = Number(option('runs', '3'));
const SIZES = option('sizes', '1000,10000,100000').split(',').map(Number);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => x.toLocaleString('en', { maximumFractionDigits: x < 10 ? 1 : 0 });

/** The merge code as it was at `ref`, written out under node_modules (so its imports resolve). */
type MergeCode = typeof ConflictModule & { OpenMerge?: typeof OpenMergeModule.OpenMerge };

async function mergeCodeAt(ref: string): Promise<MergeCode> {
	const dir = resolve('node_modules/.cache/bench-merge', ref.replace(/[^\w.-]/g, '_'));
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const archive = execFileSync('git', ['archive', ref, 'src/lib/authoring', 'src/lib/timeline']);
	execFileSync('tar', ['-x', '-C', dir], { input: archive });
	const code = await import(pathToFileURL(join(dir, 'src/lib/authoring/conflict.ts')).href);
	const open = join(dir, 'src/lib/authoring/open-merge.ts');
	return existsSync(open)
		? { ...code, OpenMerge: (await import(pathToFileURL(open).href)).OpenMerge }
		: code;
}

/** Base, Ann's draft (one event renamed, the rest shared) and Bob's revision (another renamed). */
function drafts(n: number) {
	const base: Timeline = {
		article: 'long',
		title: `A long story in ${n} events`,
		published: '2020-01-01',
		events: syntheticEvents(n, 'long') as Timeline['events']
	};
	const mine = setEventTitle(base, 'long-1', 'Renamed by Ann');
	const theirs = JSON.parse(
		JSON.stringify(setEventTitle(base, `long-${n - 1}`, 'Renamed by Bob'))
	) as Timeline;
	return { n, base, mine, theirs };
}

function time(run: () => unknown): number {
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		run();
		times.push(performance.now() - start);
	}
	return median(times);
}

/** The three steps of a refused save's merge, timed with one version of the code. */
function steps(code: MergeCode, d: ReturnType<typeof drafts>) {
	const found = code.findConflicts(d.mine, d.theirs, d.base);
	if (code.hasConflicts(found)) throw new Error('the bench drafts conflict: nothing both changed');
	return {
		'holds mine? (two-way)': time(() => code.findConflicts(d.mine, d.theirs)),
		'finding conflicts': time(() => code.findConflicts(d.mine, d.theirs, d.base)),
		resolving: time(() => code.resolveConflicts(d.mine, d.theirs, {}, 'mine', d.base)),
		'typing on, open panel': typingOn(code, d)
	};
}

/**
 * One keystroke typed beside an open merge panel, asking about the event both renamed: the
 * panel's conflicts with the draft after it, as that version of the code finds them.
 */
function typingOn(code: MergeCode, d: ReturnType<typeof drafts>): number {
	const asked = setEventTitle(d.mine, `long-${d.n - 1}`, 'Renamed by Ann too');
	const keystrokes = ['Renamed by Ann too!', 'Renamed by Ann too'].map((title) =>
		setEventTitle(asked, `long-${d.n - 1}`, title)
	);
	let k = 0;
	const next = () => keystrokes[k++ % keystrokes.length]!;
	if (!code.OpenMerge) return time(() => code.findConflicts(next(), d.theirs, d.base));
	const open = new code.OpenMerge(asked, d.theirs, d.base);
	const answer = open.update(keystrokes[1]!);
	if (answer.events.length !== 1) throw new Error('the bench panel asks one question');
	return time(() => open.update(next()));
}

const before = await mergeCodeAt(BEFORE);
const after: MergeCode = {
	...(await import('../src/lib/authoring/conflict')),
	OpenMerge: (await import('../src/lib/authoring/open-merge')).OpenMerge
};
console.log(
	`Merging a refused save: ${BEFORE} → working tree, median of ${RUNS} (ms), on ${process.version}`
);
console.log('| events | step | before | after |');
console.log('| -----: | ---- | -----: | ----: |');
for (const n of SIZES) {
	const d = drafts(n);
	// The merged drafts must be the same with either code: a faster merge that merges otherwise
	// is no faster merge.
	const a = JSON.stringify(before.resolveConflicts(d.mine, d.theirs, {}, 'mine', d.base));
	const b = JSON.stringify(after.resolveConflicts(d.mine, d.theirs, {}, 'mine', d.base));
	if (a !== b) throw new Error(`${n} events: the two versions merge differently`);
	const [was, now] = [steps(before, d), steps(after, d)];
	for (const step of Object.keys(was) as (keyof typeof was)[])
		console.log(`| ${n.toLocaleString('en')} | ${step} | ${ms(was[step])} | ${ms(now[step])} |`);
}
