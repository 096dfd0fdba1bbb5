import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { steadyPort } from './static-export';
import { serveStatic } from './static-host';

/**
 * The browser project's global set-up: an empty folder for the one static export of the run,
 * built there by the first suite that reads it (tests/support/static-export.ts), and one host
 * serving it at the origin its links are written for, for every suite that reads it at once.
 */
export default async function staticExportFolder(): Promise<() => Promise<void>> {
	const dir = mkdtempSync(join(tmpdir(), 'dateline-static-export-'));
	const port = await steadyPort();
	// Serves what is there when asked: the site appears once the export is built.
	const host = await serveStatic(join(dir, 'site'), port);
	// Read by staticExport() in the suites' workers, which inherit them.
	process.env.DATELINE_TEST_STATIC_EXPORT = dir;
	process.env.DATELINE_TEST_STATIC_ORIGIN = `http://127.0.0.1:${port}`;
	return async () => {
		await new Promise((done) => host.close(done));
		rmSync(dir, { recursive: true, force: true });
	};
}
