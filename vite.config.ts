import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { embedBundle } from './scripts/embed-bundle.js';
import { pureD3Time } from './scripts/pure-d3-time.js';
import { readerChunks } from './scripts/reader-chunks.js';

/**
 * A hash of the extractor's source: cached extractions (src/lib/server/extraction.ts) are keyed
 * by it, so a changed rule never serves a timeline the old rules made.
 */
function extractorVersion(): string {
	const hash = createHash('sha256');
	for (const folder of ['src/lib/extract', 'src/lib/temporal', 'src/lib/timeline']) {
		const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
			.sort();
		for (const f of files) hash.update(f).update(readFileSync(join(folder, f)));
	}
	return hash.digest('hex').slice(0, 16);
}

export default defineConfig({
	plugins: [embedBundle(), pureD3Time(), sveltekit(), readerChunks()],
	define: { __DATELINE_EXTRACTOR__: JSON.stringify(extractorVersion()) },
	test: {
		// A row's time limit catches a hang, not slowness: a unit row that takes 3 s alone took
		// over 5 s (the default) on a loaded 2-core machine. Speed is measured in `npm run bench:*`.
		testTimeout: 30_000,
		// Vitest keeps a core for its own process (cores - 1 workers): on CI's 2 cores, one worker,
		// while the other core idles once the files are loaded. The suites that must run one file
		// at a time (store, browser) say so themselves.
		maxWorkers: Math.max(2, availableParallelism() - 1),
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					// A worker runs its files in one module graph instead of a new process per file:
					// the unit files import the same extractor, which took more of the run to load
					// than to test (CI's unit step about halves). No unit file mocks a module, and
					// those that stub globals, timers or env restore them after their rows.
					isolate: false,
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
					exclude: ['src/**/*.store.test.ts']
				}
			},
			{
				extends: true,
				test: {
					// The same suite under a zone far from UTC, so a local-time date bug cannot hide.
					name: 'unit-far-zone',
					environment: 'node',
					isolate: false,
					// Rows that measure cost rather than dates leave it to the UTC run (they read this).
					env: { DATELINE_FAR_ZONE: '1' },
					include: ['src/**/*.test.ts'],
					exclude: ['src/**/*.store.test.ts']
				}
			},
			{
				extends: true,
				test: {
					// The store on PGlite, and on the PostgreSQL server DATABASE_URL names.
					name: 'store',
					environment: 'node',
					include: ['src/**/*.store.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 300_000,
					// One store at a time: each PGlite is a whole PostgreSQL in memory.
					fileParallelism: false
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					environment: 'node',
					// The suites run one after another in one worker, as the unit files do, instead of
					// a new process per suite that loaded Vitest and Playwright again (about 1 s a suite
					// on an idle machine, several on a loaded one). Each suite still has its own browser
					// contexts, and a server and data folder of its own unless it only reads; no suite
					// mocks a module or changes process.env; what a suite's rows hold is in its own
					// file, which runs anew.
					isolate: false,
					include: ['tests/**/*.test.ts'],
					// One empty store made once, copied into each suite's data folder; a folder for the
					// one static export the suites that test it share; one server of the seed and the
					// readers' suites' timelines for the suites that only read; one Chromium the suites
					// connect to, each in contexts of its own. They are set up in this order, one after
					// another: the export's build (in the background, at a lower priority) begins
					// before the seed server's start, which imports and extracts the seed and the
					// fixtures, so it takes the CPU that start leaves and is done sooner for the
					// suites that wait for it.
					globalSetup: [
						'tests/support/store-template.ts',
						'tests/support/static-export-folder.ts',
						'tests/support/seed-server.ts',
						'tests/support/chromium-server.ts'
					],
					// A page hydrates in well under a second on an idle machine, in several on a
					// loaded CI one: polls wait for the state, however long it takes to come.
					expect: { poll: { timeout: 15_000 } },
					// A row's limit catches a hang, not slowness: with two suites side by side on a
					// loaded 2-core machine, rows of 20 s alone took over 60 s.
					testTimeout: 180_000,
					hookTimeout: 120_000,
					// One suite at a time: two side by side on CI's 2 cores took longer (916 s against
					// about 660 s for the suite) and broke rows that time a gesture (a double tap's two
					// taps fell further apart than a double tap's window). Each suite still has its own
					// contexts, and the seed server only answers reads, so nothing else needs them in turn.
					fileParallelism: false
				}
			}
		]
	}
});
