import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildInBackground, steadyPort } from './static-export';
import { serveStatic } from './static-host';

/**
 * The browser project's global set-up: a folder for the one static export of the run, which it
 * starts building there at once in a process of its own (tests/support/static-export.ts), and
 * one host serving it at the origin its links are written for, for every suite that reads it.
 * A suite that read it first built it under its own rows, 25 s on CI; now those suites wait only
 * for what is left of a build that began with the run.
 */
export default async function staticExportFolder(): Promise<() => Promise<void>> {
	const dir = mkdtempSync(join(tmpdir(), 'dateline-static-export-'));
	const port = await steadyPort();
	const origin = `http://127.0.0.1:${port}`;
	// Serves what is there when asked: the site appears once the export is built.
	const host = await serveStatic(join(dir, 'site'), port);
	const build = buildInBackground(dir, origin);
	// Read by staticExport() in the suites' workers, which inherit them.
	process.env.DATELINE_TEST_STATIC_EXPORT = dir;
	process.env.DATELINE_TEST_STATIC_ORIGIN = origin;
	return async () => {
		await build.stop();
		await new Promise((done) => host.close(done));
		rmSync(dir, { recursive: true, force: true });
	};
}
