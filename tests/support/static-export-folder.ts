import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The browser project's global set-up: an empty folder for the one static export of the run,
 * built there by the first suite that reads it (tests/support/static-export.ts).
 */
export default function staticExportFolder(): () => void {
	const dir = mkdtempSync(join(tmpdir(), 'dateline-static-export-'));
	// Read by staticExport() in the suites' workers, which inherit it.
	process.env.DATELINE_TEST_STATIC_EXPORT = dir;
	return () => rmSync(dir, { recursive: true, force: true });
}
