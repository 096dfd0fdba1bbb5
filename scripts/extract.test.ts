import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCommand } from './extract-command';

const seed = 'data/articles/russian-bounties-taliban.md';
// The command as a function: a Node process with tsx for each case took seconds on a busy machine.
const run = (...args: string[]) => extractCommand(args);

describe('npm run extract: the extractor without the app', () => {
	// One process holds the command itself: its output on stdout, its code as the exit status.
	it('prints on stdout what the command makes of its arguments, and exits with its code', () => {
		const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', seed], {
			encoding: 'utf8'
		});
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(r.stdout).toBe(run(seed).out);
	}, 120_000);

	it('prints the seed timeline as JSON, dated by its front matter', () => {
		const { code, out, err } = run(seed);
		expect(err).toBe('');
		expect(code).toBe(0);
		const timeline = JSON.parse(out);
		expect(timeline.published).toBe('2020-06-26');
		expect(timeline.events.map((e: { start: { value: string } }) => e.start.value)).toContain(
			'2020-03'
		);
	});

	it('lets --published override the front matter', () => {
		const timeline = JSON.parse(run(seed, '--published', '2021-06-26').out);
		expect(
			timeline.events.find((e: { start: { text: string } }) => e.start.text === 'last year').start
				.value
		).toBe('2020');
	});

	it('reads a plain text file with --published, and prints timexes with offsets into it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dateline-'));
		const file = join(dir, 'note.txt');
		const text = 'The plant closed in 2019. It reopened last month.';
		writeFileSync(file, text);
		const { code, out } = run(file, '--published', '2020-06-26', '--format', 'timex');
		expect(code).toBe(0);
		const timexes = JSON.parse(out) as {
			start: number;
			end: number;
			text: string;
			value: string;
		}[];
		expect(timexes.map((t) => t.value)).toEqual(['2019', '2020-05']);
		for (const t of timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
		const timeml = run(file, '--published', '2020-06-26', '--format', 'timeml').out;
		expect(timeml).toMatch(/<TIMEX3 [^>]*value="2019"[^>]*>2019<\/TIMEX3>/);
	});

	it('counts timex offsets in characters, so an emoji before a date counts one', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dateline-'));
		const file = join(dir, 'emoji.txt');
		const text = 'Fans 🎉🎉 cheered in 2019.';
		writeFileSync(file, text);
		const [t] = JSON.parse(run(file, '--published', '2020-06-26', '--format', 'timex').out) as {
			start: number;
			end: number;
		}[];
		expect([...text].slice(t!.start, t!.end).join('')).toBe('2019');
	});

	it('fails with a message on stderr and a non-zero exit for bad input', () => {
		const missing = run('no/such/file.md');
		expect(missing.code).not.toBe(0);
		expect(missing.err).toMatch(/cannot read no\/such\/file\.md: ENOENT/);
		expect(missing.out).toBe('');
		const badDate = run(seed, '--published', '26/06/2020');
		expect(badDate.code).not.toBe(0);
		expect(badDate.err).toMatch(/--published "26\/06\/2020" is not a calendar date/);
		expect(run(seed, '--format', 'xml').err).toMatch(
			/--format "xml" is not one of json, timex, timeml/
		);
		expect(run().err).toMatch(/no article file given/);
	});
});
