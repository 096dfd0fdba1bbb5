import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticTimeline } from '../../../scripts/synthetic';
import { importDataDir } from './data-files';
import type { Store } from './db/connect';
import { isPrepared, prepareLongTimelines } from './ranges';
import { storesUnderTest } from './testing/stores';
import { findTimeline } from './timelines';

for (const [n, store] of storesUnderTest().entries()) {
	describe.skipIf(store.skip)(`preparing long timelines on ${store.name}`, () => {
		// Slugs of their own per store: the cut cache is the process's, and both stores' first
		// revisions are number 1.
		const LONG = `prepared-long-${n}`;
		const SHORT = `prepared-short-${n}`;
		let db: Store;
		let close: () => Promise<void>;
		const dir = mkdtempSync(join(tmpdir(), 'dateline-prepared-'));

		beforeAll(async () => {
			({ db, close } = await store.open());
			writeSyntheticTimeline(dir, LONG, 1_500);
			writeSyntheticTimeline(dir, SHORT, 40);
			await importDataDir(db, dir);
		}, 300_000);

		afterAll(async () => {
			await close();
			rmSync(dir, { recursive: true, force: true });
		});

		const revisionOf = async (slug: string) => {
			const row = await findTimeline(db, slug);
			if (!row || 'redirect' in row || row.published_revision === null) throw new Error(slug);
			return row.published_revision;
		};

		it('cuts a published long timeline before anyone asks for it, and no short one', async () => {
			const long = await revisionOf(LONG);
			const short = await revisionOf(SHORT);
			// Nothing here was cut by an earlier request.
			expect(isPrepared(LONG, long)).toBe(false);
			await prepareLongTimelines(db, LONG);
			expect(isPrepared(LONG, long)).toBe(true);
			await prepareLongTimelines(db);
			expect(isPrepared(SHORT, short)).toBe(false);
		});
	});
}
