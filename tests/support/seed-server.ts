import { rmSync } from 'node:fs';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { writeReaderData } from './reader-data';
import { freshDataDir, startServer } from './server';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The address of the run's one server of the repository's data/ (below). */
		seedServer: string;
	}
}

/**
 * The browser project's global set-up: one server of the repository's articles and timelines
 * (the seed), and of the timelines made for the readers' suites' cases (tests/support/reader-data),
 * for the whole run, which the suites that only read share, as they share Chromium. Each of them
 * started a server on a folder of its own, seconds on a loaded machine, and none of them writes
 * (no sign-in, no POST, no file): a suite that writes keeps a server and data folder of its own.
 */
export default async function seedServer(project: TestProject): Promise<() => Promise<void>> {
	const dataDir = freshDataDir();
	await writeReaderData(dataDir);
	const server = await startServer({ DATELINE_DATA: dataDir });
	project.provide('seedServer', server.url);
	return async () => {
		await server.stop();
		rmSync(server.dataDir, { recursive: true, force: true });
	};
}

/** The seed server's address, in a suite of the browser project. */
export function seedServerUrl(): string {
	const url = inject('seedServer');
	if (!url)
		throw new Error(
			'no seed server: run the suite in the browser project (vitest --project browser)'
		);
	return url;
}
