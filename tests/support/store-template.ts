import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/lib/server/db/connect';

/**
 * The browser project's global set-up: one empty store, made and migrated once, that every
 * suite's data folder starts from (tests/support/server.ts copies it). A PGlite store's first
 * open builds its database from scratch, seconds on a loaded machine, once per suite and once
 * more per `editor:add` before the server; a copy of a closed store opens as a new one would.
 * It holds the schema only: no editor, no timeline, and data/ not yet imported, so each suite's
 * server still imports its own folder on its first start.
 */
export default async function makeStoreTemplate(): Promise<() => void> {
	const dir = mkdtempSync(join(tmpdir(), 'dateline-store-template-'));
	const db = await openStore({ dir: join(dir, 'db') });
	await db.destroy();
	// Read by freshDataDir() and emptyDataDir() in the suites' workers, which inherit it.
	process.env.DATELINE_TEST_STORE_TEMPLATE = dir;
	return () => rmSync(dir, { recursive: true, force: true });
}
