import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from './db/connect';
import { listDrafts } from './drafts';
import { addEditor } from './editors';
import { importUpload } from './imports';
import { publish, readDraft, saveDraft } from './revisions';
import { storesUnderTest } from './testing/stores';

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

		beforeAll(async () => {
			({ db, close } = await store.open());
			ann = (await addEditor(db, 'ann@example.org', 'correct horse battery')).editor.id;
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
	});
}
