import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fuzzyDate } from '../timeline/fuzzy-date';
import type { Timeline } from '../timeline/types';
import { ConflictError, OfflineError, type AuthoringApi, type Revision } from './api';
import { DraftSync, readLocalDraft, reopenDraft, type DraftStorage } from './draft-sync.svelte';
import { setEventTitle } from './edits';

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

function fakeApi(
	behaviour: (base: number, d: Timeline) => Promise<{ revision: number; savedAt: string }>
) {
	const calls: { base: number; title: string }[] = [];
	const api = {
		saveDraft: vi.fn(async (_slug: string, base: number, d: Timeline) => {
			calls.push({ base, title: d.title });
			return behaviour(base, d);
		})
	} as unknown as AuthoringApi;
	return { api, calls };
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
		).toEqual({ kind: 'continue', document: doc('typed, then reloaded') });
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
		// Edits during a conflict wait for the merge instead of overwriting theirs.
		sync.edited(doc('mine, more'));
		await vi.advanceTimersByTimeAsync(100);
		expect(calls).toHaveLength(1);
		expect(sync.conflict?.mine.title).toBe('mine');
		sync.resolved(doc('merged'));
		await vi.advanceTimersByTimeAsync(10);
		expect(calls.at(-1)).toEqual({ base: 9, title: 'merged' });
		expect(sync.status).toBe('saved');
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
	it('keeps a 100,000-event draft in the browser as its changes, where the whole would not fit', async () => {
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
	});
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
