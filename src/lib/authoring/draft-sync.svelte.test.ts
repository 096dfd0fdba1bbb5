import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fuzzyDate } from '../timeline/fuzzy-date';
import type { Timeline } from '../timeline/types';
import {
	ConflictError,
	OfflineError,
	type AuthoringApi,
	type DraftSave,
	type Revision
} from './api';
import { applyChanges } from './draft-changes';
import { DraftSync, readLocalDraft, reopenDraft, type DraftStorage } from './draft-sync.svelte';
import { setEventTitle } from './edits';

// A 100,000-event case runs in about 2 s alone and past the 5 s default on a loaded machine:
// this is how long it may hang, not how fast it must be.
const HEAVY = 60_000;

const doc = (title: string): Timeline => ({
	article: 's',
	title,
	published: '2020-06-26',
	events: []
});
const memory = (): DraftStorage & { data: Map<string, string> } => {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, v),
		removeItem: (k) => void data.delete(k)
	};
};

/**
 * A server of one timeline's revisions: saves send their changes since their base (or the
 * whole draft), and `behaviour` answers each with the timeline it makes.
 */
function fakeApi(
	behaviour: (base: number, d: Timeline) => Promise<{ revision: number; savedAt: string }>,
	revisions: Map<number, Timeline> = new Map()
) {
	const calls: { base: number; title: string }[] = [];
	const sent: DraftSave[] = [];
	const api = {
		saveDraft: vi.fn(async (_slug: string, base: number, save: DraftSave) => {
			sent.push(save);
			const d =
				'document' in save
					? save.document
					: applyChanges(revisions.get(base) ?? doc('?'), JSON.parse(JSON.stringify(save.changes)));
			calls.push({ base, title: d.title });
			const saved = await behaviour(base, d);
			revisions.set(saved.revision, d);
			return saved;
		})
	} as unknown as AuthoringApi;
	return { api, calls, sent, revisions };
}

describe('DraftSync', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('keeps every edit in the browser at once and saves once, after typing stops', async () => {
		let head = 3;
		const { api, calls } = fakeApi(async () => ({ revision: ++head, savedAt: 'now' }));
		const storage = memory();
		const sync = new DraftSync({
			slug: 's',
			revision: 3,
			base: doc('old'),
			api,
			storage,
			delayMs: 1000
		});
		sync.edited(doc('a'));
		expect(readLocalDraft(storage, 's')).toMatchObject({
			base: 3,
			changes: { fields: { title: 'a' } }
		});
		await vi.advanceTimersByTimeAsync(500);
		sync.edited(doc('ab'));
		await vi.advanceTimersByTimeAsync(999);
		expect(calls).toEqual([]);
		await vi.advanceTimersByTimeAsync(1);
		expect(calls).toEqual([{ base: 3, title: 'ab' }]);
		expect(sync.status).toBe('saved');
		expect(sync.revision).toBe(4);
		expect(readLocalDraft(storage, 's')).toBeNull();
		sync.edited(doc('abc'));
		await sync.flush();
		expect(calls.at(-1)).toEqual({ base: 4, title: 'abc' });
	});

	it('keeps the browser copy of a save sent on leaving the page, for a reload read before it landed', async () => {
		let head = 3;
		const { api, calls } = fakeApi(async () => ({ revision: ++head, savedAt: 'now' }));
		const storage = memory();
		const sync = new DraftSync({
			slug: 's',
			revision: 3,
			base: doc('old'),
			api,
			storage,
			delayMs: 1000
		});
		sync.edited(doc('typed, then reloaded'));
		await sync.flush({ leaving: true });
		expect(calls).toEqual([{ base: 3, title: 'typed, then reloaded' }]);
		expect(sync.status).toBe('saved');
		// The reload may show revision 3 (read before the save landed): the copy continues it.
		expect(
			reopenDraft(readLocalDraft(storage, 's'), { revision: 3, document: doc('old') })
		).toEqual({
			kind: 'continue',
			document: doc('typed, then reloaded'),
			// What went as the page was left: the reloaded page knows it as its own if it lands.
			sent: [expect.objectContaining({ fields: { title: 'typed, then reloaded' } })]
		});
		// Or revision 4, which says the same: nothing to restore, and the copy goes.
		expect(
			reopenDraft(readLocalDraft(storage, 's'), {
				revision: 4,
				document: doc('typed, then reloaded')
			})
		).toEqual({ kind: 'server' });
		sync.discardLocal();
		expect(readLocalDraft(storage, 's')).toBeNull();
		// Still open after all (a page restored from the back-forward cache): saves clean up again.
		sync.edited(doc('more'));
		await vi.advanceTimersByTimeAsync(1000);
		expect(readLocalDraft(storage, 's')).toBeNull();
	});

	it('keeps the draft while offline and sends it when the network returns', async () => {
		let online = false;
		const { api, calls } = fakeApi(async () => {
			if (!online) throw new OfflineError(new TypeError('Failed to fetch'));
			return { revision: 8, savedAt: 'now' };
		});
		const storage = memory();
		const sync = new DraftSync({
			slug: 's',
			revision: 7,
			base: doc('old'),
			api,
			storage,
			delayMs: 100
		});
		sync.edited(doc('offline edit'));
		await vi.advanceTimersByTimeAsync(100);
		expect(sync.status).toBe('offline');
		expect(readLocalDraft(storage, 's')?.changes?.fields.title).toBe('offline edit');
		online = true;
		sync.retry();
		await vi.advanceTimersByTimeAsync(0);
		expect(sync.status).toBe('saved');
		expect(calls.map((c) => c.base)).toEqual([7, 7]);
	});

	it('stops on a stale save with their revision, and saves the merge on top of it', async () => {
		const theirs: Revision = {
			number: 9,
			parent: 7,
			editor: 'b@example.org',
			note: null,
			savedAt: 'then',
			publishedAt: null,
			events: 0,
			document: doc('theirs')
		};
		const { api, calls } = fakeApi(async (base) => {
			if (base === 7) throw new ConflictError('Revision 9 was saved by b@example.org', theirs);
			return { revision: 10, savedAt: 'now' };
		});
		const sync = new DraftSync({
			slug: 's',
			revision: 7,
			base: doc('old'),
			api,
			storage: memory(),
			delayMs: 10
		});
		sync.edited(doc('mine'));
		await vi.advanceTimersByTimeAsync(10);
		expect(sync.status).toBe('conflict');
		expect(sync.conflict?.current.number).toBe(9);
		// Both retitled it: asked, compared with the revision the refused save was made from.
		expect(sync.conflict?.base?.title).toBe('old');
		// Edits during a conflict wait for the merge instead of overwriting theirs, and are in
		// the merge: the editor types on beside the panel.
		sync.edited(doc('mine, more'));
		await vi.advanceTimersByTimeAsync(100);
		expect(calls).toHaveLength(1);
		expect(sync.conflict?.mine.title).toBe('mine, more');
		sync.resolved(doc('merged'));
		await vi.advanceTimersByTimeAsync(10);
		expect(calls.at(-1)).toEqual({ base: 9, title: 'merged' });
		expect(sync.status).toBe('saved');
	});

	it('merges a refused save by itself when nothing was changed by both, and saves it on their revision', async () => {
		const start = fuzzyDate('2001', '2001')!;
		const event = (id: string) => ({
			id,
			title: `Title ${id}`,
			summary: '',
			start,
			source: { article: 's', start: 0, end: 1 }
		});
		const base: Timeline = { ...doc('Story'), events: [event('a'), event('b')] };
		const theirs: Revision = {
			number: 9,
			parent: 7,
			editor: 'bob@example.org',
			note: null,
			savedAt: 'then',
			publishedAt: null,
			events: 2,
			document: JSON.parse(JSON.stringify(setEventTitle(base, 'a', 'Bob’s A')))
		};
		const { api, calls, revisions } = fakeApi(async (at) => {
			if (at === 7) throw new ConflictError('Revision 9 was saved by bob@example.org', theirs);
			return { revision: 10, savedAt: 'now' };
		});
		revisions.set(7, base);
		revisions.set(9, theirs.document);
		const merges: [Timeline, Revision][] = [];
		const sync = new DraftSync({
			slug: 's',
			revision: 7,
			base,
			api,
			storage: memory(),
			delayMs: 10,
			onmerged: (merged, current) => merges.push([merged, current])
		});
		sync.edited(setEventTitle(base, 'b', 'Ann’s B'));
		await vi.advanceTimersByTimeAsync(50);
		expect(sync.conflict).toBeNull();
		expect(merges).toHaveLength(1);
		expect(merges[0]![1].number).toBe(9);
		expect(merges[0]![0].events.map((e) => e.title)).toEqual(['Bob’s A', 'Ann’s B']);
		expect(calls.map((c) => c.base)).toEqual([7, 9]);
		expect(sync.status).toBe('saved');
		expect(sync.revision).toBe(10);
		expect(revisions.get(10)?.events.map((e) => e.title)).toEqual(['Bob’s A', 'Ann’s B']);
	});

	it('takes a newer revision that already holds its changes (its own save sent as the page was left)', async () => {
		const same: Revision = {
			number: 6,
			parent: 5,
			editor: 'a@example.org',
			note: null,
			savedAt: 'then',
			publishedAt: null,
			events: 0,
			document: doc('typed before the reload')
		};
		const { api, calls } = fakeApi(async (base) => {
			if (base === 5) throw new ConflictError('Revision 6 was saved by a@example.org', same);
			return { revision: base + 1, savedAt: 'now' };
		});
		const storage = memory();
		const sync = new DraftSync({
			slug: 's',
			revision: 5,
			base: doc('old'),
			api,
			storage,
			delayMs: 10
		});
		sync.edited(doc('typed before the reload'));
		await vi.advanceTimersByTimeAsync(10);
		expect(sync.status).toBe('saved');
		expect(sync.conflict).toBeNull();
		expect(sync.revision).toBe(6);
		expect(readLocalDraft(storage, 's')).toBeNull();
		sync.edited(doc('and then more'));
		await vi.advanceTimersByTimeAsync(10);
		expect(calls.at(-1)).toEqual({ base: 6, title: 'and then more' });
	});
	it('sends the changes made since its base revision, not the whole draft', async () => {
		const start = fuzzyDate('2001', '2001')!;
		const base: Timeline = {
			...doc('long'),
			events: Array.from({ length: 10_000 }, (_, i) => ({
				id: `e${i}`,
				title: `Event ${i}`,
				summary: `The sentence of event ${i}.`,
				start,
				source: { article: 's', start: i, end: i + 1 }
			}))
		};
		const { api, sent } = fakeApi(
			async () => ({ revision: 3, savedAt: 'now' }),
			new Map([[2, base]])
		);
		const sync = new DraftSync({ slug: 's', revision: 2, base, api, storage: memory() });
		sync.edited(setEventTitle(base, 'e5000', 'Corrected'));
		await sync.flush();
		expect(sent).toHaveLength(1);
		expect('document' in sent[0]!).toBe(false);
		expect(JSON.stringify(sent[0]).length).toBeLessThan(500);
		expect(JSON.stringify(base).length).toBeGreaterThan(1_000_000);
	});

	it('knows its own save sent as the page was left when it lands after the reload read the draft: the edits since go on top, no conflict', async () => {
		const storage = memory();
		const server = new Map([[3, doc('old')]]);
		// The page that is left: its save goes out and its answer never comes back.
		const leaving = fakeApi(() => new Promise(() => {}), server);
		const left = new DraftSync({
			slug: 's',
			revision: 3,
			base: doc('old'),
			api: leaving.api,
			storage
		});
		left.edited(doc('typed, then reloaded'));
		void left.flush({ leaving: true });
		await vi.advanceTimersByTimeAsync(0);
		expect(leaving.calls).toEqual([{ base: 3, title: 'typed, then reloaded' }]);

		// The reload read revision 3 first, continues the browser copy, and is edited further;
		// meanwhile the left page's save lands as revision 4.
		const reopened = reopenDraft(readLocalDraft(storage, 's'), {
			revision: 3,
			document: doc('old')
		});
		expect(reopened.kind).toBe('continue');
		server.set(4, doc('typed, then reloaded'));
		const mine: Revision = {
			number: 4,
			parent: 3,
			editor: 'a@example.org',
			note: null,
			savedAt: 'then',
			publishedAt: null,
			events: 0,
			document: doc('typed, then reloaded')
		};
		const reloaded = fakeApi(async (base) => {
			if (base === 3) throw new ConflictError('Revision 4 was saved by a@example.org', mine);
			return { revision: base + 1, savedAt: 'now' };
		}, server);
		const sync = new DraftSync({
			slug: 's',
			revision: 3,
			base: doc('old'),
			api: reloaded.api,
			storage,
			delayMs: 10
		});
		if (reopened.kind === 'continue' && reopened.sent) sync.sentBefore(reopened.sent);
		sync.edited(doc('typed, then reloaded, and more'));
		await vi.advanceTimersByTimeAsync(10);
		await vi.advanceTimersByTimeAsync(10);
		expect(sync.conflict).toBeNull();
		expect(sync.status).toBe('saved');
		expect(reloaded.calls).toEqual([
			{ base: 3, title: 'typed, then reloaded, and more' },
			{ base: 4, title: 'typed, then reloaded, and more' }
		]);
		expect(sync.revision).toBe(5);
		expect(readLocalDraft(storage, 's')).toBeNull();
	});

	it('continues from its own unanswered save when the reload read it, with the edits made after it', async () => {
		const storage = memory();
		const server = new Map([[3, doc('old')]]);
		const leaving = fakeApi(() => new Promise(() => {}), server);
		const left = new DraftSync({
			slug: 's',
			revision: 3,
			base: doc('old'),
			api: leaving.api,
			storage,
			delayMs: 10
		});
		left.edited(doc('saved'));
		await vi.advanceTimersByTimeAsync(10);
		// Typed while that save was on its way; then the page is left before it is answered.
		left.edited(doc('saved, then more'));
		void left.flush({ leaving: true });
		// The save landed before the reload read the draft: revision 4 is this browser's own.
		expect(
			reopenDraft(readLocalDraft(storage, 's'), { revision: 4, document: doc('saved') })
		).toEqual({ kind: 'continue', document: doc('saved, then more') });
		// Someone else's revision 4 is still theirs to merge with.
		expect(
			reopenDraft(readLocalDraft(storage, 's'), { revision: 4, document: doc('someone else') })
		).toMatchObject({ kind: 'merge' });
	});

	it(
		'keeps a 100,000-event draft in the browser as its changes, where the whole would not fit',
		async () => {
			// Chromium's localStorage holds 5,242,880 characters an origin.
			const storage = memory();
			const quota: DraftStorage = {
				...storage,
				setItem: (k, v) => {
					if (v.length > 5_242_880) throw new DOMException('quota', 'QuotaExceededError');
					storage.setItem(k, v);
				}
			};
			const start = fuzzyDate('2001', '2001')!;
			const big: Timeline = {
				...doc('long'),
				events: Array.from({ length: 100_000 }, (_, i) => ({
					id: `e${i}`,
					title: `Event ${i}`,
					summary: `The sentence of event ${i}, as long as a sentence is.`,
					start,
					source: { article: 's', start: i * 60, end: i * 60 + 50 }
				}))
			};
			expect(JSON.stringify(big).length).toBeGreaterThan(5_242_880);
			const { api } = fakeApi(async () => {
				throw new OfflineError(new TypeError('Failed to fetch'));
			});
			const sync = new DraftSync({ slug: 's', revision: 2, base: big, api, storage: quota });
			const edited = setEventTitle(big, 'e77777', 'Corrected');
			sync.edited(edited);
			// The tab crashes before the server has it: the reopened page continues the edit.
			const reopened = reopenDraft(readLocalDraft(storage, 's'), { revision: 2, document: big });
			expect(reopened.kind).toBe('continue');
			if (reopened.kind === 'continue')
				expect(reopened.document.events[77777]!.title).toBe('Corrected');
		},
		HEAVY
	);
});

describe('reopenDraft', () => {
	const server = { revision: 5, document: doc('server') };
	it('continues a browser draft made on the current revision, and merges one made on an older', () => {
		expect(reopenDraft(null, server)).toEqual({ kind: 'server' });
		expect(reopenDraft({ base: 5, document: doc('server'), at: '' }, server)).toEqual({
			kind: 'server'
		});
		expect(reopenDraft({ base: 5, document: doc('local'), at: '' }, server)).toMatchObject({
			kind: 'continue'
		});
		expect(reopenDraft({ base: 4, document: doc('local'), at: '' }, server)).toMatchObject({
			kind: 'merge'
		});
	});

	it('puts changes made on an older revision on the current one, to merge', () => {
		const changes = { fields: { title: 'local' }, dropped: [], events: [], removed: [] };
		expect(reopenDraft({ base: 5, changes, at: '' }, server)).toEqual({
			kind: 'continue',
			document: doc('local')
		});
		expect(reopenDraft({ base: 4, changes, at: '' }, server)).toEqual({
			kind: 'merge',
			mine: doc('local')
		});
		expect(
			reopenDraft({ base: 4, changes, at: '' }, { revision: 5, document: doc('local') })
		).toEqual({ kind: 'server' });
	});
});
