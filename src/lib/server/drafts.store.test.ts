import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDataDir } from './data-files';
import type { Store } from './db/connect';
import { listDrafts } from './drafts';
import { addEditor } from './editors';
import { importUpload } from './imports';
import { listRevisions, publish, readDraft, saveDraft } from './revisions';
import { StoreError } from './store-error';
import { storesUnderTest } from './testing/stores';
import { listPublished, readPublished } from './timelines';
import { unpublish } from './unpublish';

/** The error a store call refuses with, for assertions on status and message. */
async function refusal(promise: Promise<unknown>): Promise<StoreError> {
	try {
		await promise;
	} catch (e) {
		if (e instanceof StoreError) return e;
		throw e;
	}
	throw new Error('expected the store to refuse');
}

const SHEET = [
	'Year,Month,Day,Headline,Text',
	'2018,3,12,Judge ruled the contract void,The judge ruled the contract void.',
	'2019,5,2,Council appealed the ruling,The council appealed.'
].join('\n');

for (const store of storesUnderTest()) {
	describe.skipIf(store.skip)(`drafts on ${store.name}`, () => {
		let db: Store;
		let close: () => Promise<void>;
		let ann: number;
		let bob: number;

		beforeAll(async () => {
			({ db, close } = await store.open());
			ann = (await addEditor(db, 'ann@example.org', 'correct horse battery')).editor.id;
			bob = (await addEditor(db, 'bob@example.org', 'staple battery horse')).editor.id;
		}, 300_000);

		afterAll(async () => close?.());

		/** A timeline of its own, imported from the sheet: revision 1, unpublished. */
		const imported = async (name: string) =>
			(await importUpload(db, { name, content: SHEET, editorId: ann })).slug;

		/** Saves the draft again under a new title: a newer revision than the last. */
		async function retitle(slug: string, title: string) {
			const draft = await readDraft(db, slug);
			return saveDraft(db, slug, {
				base: draft.revision,
				document: { ...draft.document!, title },
				editorId: ann
			});
		}

		it('lists an unpublished timeline and a published one with newer revisions, not one published as it stands', async () => {
			const never = await imported('never-published.csv');
			const current = await imported('published-as-is.csv');
			await publish(db, current, { revision: 1, editorId: ann });
			const changed = await imported('changed-since.csv');
			await publish(db, changed, { revision: 1, editorId: ann });
			await retitle(changed, 'Changed since it was published');

			const drafts = await listDrafts(db);
			const slugs = drafts.map((d) => d.slug);
			expect(slugs).toContain(never);
			expect(slugs).toContain(changed);
			expect(slugs).not.toContain(current);
			// Newest edit first, with who saved it and when.
			expect(drafts[0]).toMatchObject({
				slug: changed,
				title: 'Changed since it was published',
				revision: 2,
				published: 1,
				editor: 'ann@example.org'
			});
			expect(drafts[0]!.savedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
			expect(drafts.find((d) => d.slug === never)).toMatchObject({
				revision: 1,
				published: null,
				editor: 'ann@example.org'
			});
		});

		it('leaves a timeline out once its newest revision is published', async () => {
			const slug = await imported('published-later.csv');
			expect((await listDrafts(db)).map((d) => d.slug)).toContain(slug);
			await publish(db, slug, { revision: 1, editorId: ann });
			expect((await listDrafts(db)).map((d) => d.slug)).not.toContain(slug);
		});

		it('takes a published timeline off the site, keeping its draft and recording who and when in History', async () => {
			const slug = await imported('taken-off.csv');
			await publish(db, slug, { revision: 1, editorId: ann });
			expect(await readPublished(db, slug)).not.toBeNull();

			expect(await unpublish(db, slug, { editorId: bob })).toEqual({
				published: null,
				head: 1,
				unpublished: 1
			});
			// Readers (page, embed, oEmbed, events, preview image) read the published revision: none.
			expect(await readPublished(db, slug)).toBeNull();
			expect((await listPublished(db)).map((t) => t.slug)).not.toContain(slug);
			const out = mkdtempSync(join(tmpdir(), 'dateline-export-'));
			try {
				expect((await exportDataDir(db, out)).timelines).not.toContain(slug);
				expect(readdirSync(join(out, 'timelines'))).not.toContain(`${slug}.json`);
			} finally {
				rmSync(out, { recursive: true, force: true });
			}
			// The draft stays, listed among the drafts, and an editor's open draft saves on.
			expect((await readDraft(db, slug)).document?.events).toHaveLength(2);
			expect((await listDrafts(db)).find((d) => d.slug === slug)?.published).toBeNull();
			expect((await retitle(slug, 'Saved after it was taken off')).revision).toBe(2);
			const history = await listRevisions(db, slug);
			expect(history.published).toBeNull();
			const first = history.revisions.find((r) => r.number === 1)!;
			expect(first.unpublishedBy).toBe('bob@example.org');
			expect(first.unpublishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);

			// Publish puts it back; History still says it was taken off once.
			await publish(db, slug, { revision: 2, editorId: ann });
			expect(await readPublished(db, slug)).toMatchObject({ slug, revision: 2 });
			const again = await listRevisions(db, slug);
			expect(again.revisions.find((r) => r.number === 1)?.unpublishedBy).toBe('bob@example.org');
			expect(again.revisions.find((r) => r.number === 2)?.unpublishedAt).toBeNull();
		});

		it('refuses to unpublish a timeline that is not published, or does not exist, saying so', async () => {
			const slug = await imported('never-out.csv');
			const notOut = await refusal(unpublish(db, slug, { editorId: ann }));
			expect(notOut.status).toBe(409);
			expect(notOut.message).toContain(`"${slug}" is not published`);
			const missing = await refusal(unpublish(db, 'no-such-timeline', { editorId: ann }));
			expect(missing.status).toBe(404);
			expect(missing.message).toBe('No timeline called "no-such-timeline"');
		});
	});
}
