import { rmSync } from 'node:fs';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { startServer } from './server';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The address of the run's one server of the repository's data/ (below). */
		seedServer: string;
	}
}

/**
 * The browser project's global set-up: one server of the repository's articles and timelines
 * (the seed) for the whole run, which the suites that only read the seed share, as they share
 * Chromium. Each of them started the same server on a copy of the same folder, seconds on a
 * loaded machine, and none of them writes (no sign-in, no POST, no file): a suite that writes,
 * or reads timelines made for its cases, keeps a server and data folder of its own.
 */
export default async function seedServer(project: TestProject): Promise<() => Promise<void>> {
	const server = await startServer();
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
