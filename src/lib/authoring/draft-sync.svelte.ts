import type { Timeline } from '../timeline/types';
import { findConflicts, hasConflicts, rebaseOnMerge, resolveConflicts } from './conflict';
import {
	applyChanges,
	changesBetween,
	holdsChanges,
	noChanges,
	type DraftChanges
} from './draft-changes';
import {
	ApiError,
	ConflictError,
	OfflineError,
	type AuthoringApi,
	type DraftSave,
	type Revision
} from './api';

/** Where a draft waits while it is not on the server: localStorage in the browser. */
export interface DraftStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/**
 * A draft kept in the browser: the revision it was made from, and what the editor changed since
 * (a browser copy written before the changes were kept holds the whole timeline instead).
 */
export interface LocalDraft {
	base: number;
	changes?: DraftChanges;
	document?: Timeline;
	/**
	 * Saves sent from `base` whose answer never came (the page went, the network failed): any
	 * may have landed, and a newer revision holding one is this browser's own, not a conflict.
	 */
	sent?: DraftChanges[];
	at: string;
}

export type SyncStatus = 'saved' | 'pending' | 'saving' | 'offline' | 'conflict' | 'error';

const key = (slug: string) => `dateline:draft:${slug}`;
/** Unanswered saves remembered from one revision: a few retries while offline. */
const MAX_SENT = 5;

/** The draft this browser kept for a timeline, if any (a crash, a closed tab, no network). */
export function readLocalDraft(storage: DraftStorage, slug: string): LocalDraft | null {
	try {
		const raw = storage.getItem(key(slug));
		const draft = raw ? (JSON.parse(raw) as LocalDraft) : null;
		const kept = Array.isArray(draft?.changes?.events) || Array.isArray(draft?.document?.events);
		return draft && typeof draft.base === 'number' && kept ? draft : null;
	} catch {
		return null;
	}
}

/**
 * Keeps a draft on the server without the editor thinking about it: every edit is written to
 * the browser at once (so a crash loses nothing) and sent to the server a moment after typing
 * stops. Each save names the revision it was made from; when another editor saved first the
 * server refuses, and the sync stops in `conflict` with their revision until the editor has
 * merged. Offline, it keeps the draft in the browser and tries again when the network returns.
 */
export class DraftSync {
	status = $state<SyncStatus>('saved');
	/** The server revision this browser's draft builds on. */
	revision = $state(0);
	savedAt = $state<string | null>(null);
	message = $state('');
	/**
	 * Their revision, while a save is refused as stale and both changed something differently;
	 * `base` is the revision the refused save was made from, which the merge compares both with
	 * (null when unknown: every difference is then asked about).
	 */
	conflict = $state.raw<{ current: Revision; mine: Timeline; base: Timeline | null } | null>(null);

	readonly #slug: string;
	readonly #api: AuthoringApi;
	readonly #storage: DraftStorage;
	readonly #delay: number;
	readonly #onmerged: (
		merged: Timeline,
		current: Revision,
		rebase: (older: Timeline) => Timeline
	) => void;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#pending: Timeline | null = null;
	/** The timeline of `revision`, which the browser copy records the changes from. */
	#base: Timeline | null;
	#inFlight: Promise<void> | null = null;
	/** The page is going away: saved edits stay in the browser too (see `flush`). */
	#leaving = false;
	/** Changes sent from `revision` with no answer yet (see LocalDraft.sent). */
	#sent: DraftChanges[] = [];

	constructor(options: {
		slug: string;
		revision: number;
		/** The timeline of `revision`. */
		base: Timeline | null;
		api: AuthoringApi;
		storage: DraftStorage;
		/** How long after the last edit the save goes out. */
		delayMs?: number;
		/**
		 * A refused save merged with the newer revision by itself (nothing both changed): the
		 * editor shows `merged`, which goes out as the next save; `rebase` takes the newer
		 * revision into an older version of the draft (see TimelineEditor.mergedWith).
		 */
		onmerged?: (merged: Timeline, current: Revision, rebase: (older: Timeline) => Timeline) => void;
	}) {
		this.#slug = options.slug;
		this.revision = options.revision;
		this.#base = options.base;
		this.#api = options.api;
		this.#storage = options.storage;
		this.#delay = options.delayMs ?? 1500;
		this.#onmerged = options.onmerged ?? (() => {});
	}

	/** The timeline of `revision` as this browser knows it: what a Publish of it shows readers. */
	get savedDocument(): Timeline | null {
		return this.#base;
	}

	/** Records an edit: into the browser now, to the server soon. */
	edited(document: Timeline): void {
		this.#leaving = false;
		// The merge shows the editor's draft as it stands: typing on beside the panel is kept in
		// it (a merge of a browser copy found on opening, a draft of its own, is left as it is).
		if (this.conflict && this.conflict.mine === this.#pending)
			this.conflict = { ...this.conflict, mine: document };
		this.#pending = document;
		this.#keepLocally(document);
		if (this.status === 'conflict') return;
		this.status = 'pending';
		this.#schedule(this.#delay);
	}

	/**
	 * Sends what is pending now (before publishing, on leaving the page). Leaving, the browser
	 * copy stays even once the save lands: a reload's page may have been read from the server
	 * before this save reached it, and without the copy it would open the older revision.
	 */
	async flush(options: { leaving?: boolean } = {}): Promise<void> {
		if (options.leaving) this.#leaving = true;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		if (this.#inFlight) await this.#inFlight;
		if (this.#pending && this.status !== 'conflict') await this.#save();
	}

	/** Retries a draft kept while offline (the browser's `online` event). */
	retry(): void {
		if (this.#pending && (this.status === 'offline' || this.status === 'error')) this.#schedule(0);
	}

	/** After a conflict: the merged timeline, built on their revision, goes out as the next save. */
	resolved(merged: Timeline): void {
		if (!this.conflict) return;
		this.#mergedOnto(this.conflict.current, merged);
	}

	/** A merge built on their revision `current`: later saves build on it, this one first. */
	#mergedOnto(current: Revision, merged: Timeline) {
		this.revision = current.number;
		this.#base = current.document;
		this.#sent = [];
		this.conflict = null;
		this.message = '';
		this.status = 'pending';
		this.edited(merged);
	}

	/** The server moved on by our own hand (an added article, a restore): later saves build on it. */
	moved(revision: number, document: Timeline): void {
		this.revision = revision;
		this.#base = document;
		this.#sent = [];
	}

	/**
	 * Saves the browser copy says were sent from this revision and never answered (the page
	 * was left as they went): if one lands after this page read the draft, the refusal of the
	 * next save names it, and it is recognised as this browser's own.
	 */
	sentBefore(sent: DraftChanges[]): void {
		this.#sent = [...sent, ...this.#sent];
	}

	#schedule(ms: number) {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#timer = null;
			void this.#save();
		}, ms);
	}

	/** The changes of ours `current` holds, when it is the revision right after our base. */
	#ownSave(current: Revision): DraftChanges | undefined {
		if (current.number !== this.revision + 1) return undefined;
		return this.#sent.find((sent) => holdsChanges(current.document, sent));
	}

	#holdsMine(theirs: Timeline, mine: Timeline): boolean {
		const differences = findConflicts(mine, theirs);
		return !differences.title && differences.events.length === 0;
	}

	/** `document` is on the server as `revision`: done, or what was edited since goes next. */
	#landed(revision: number, document: Timeline) {
		this.revision = revision;
		this.#base = document;
		this.#sent = [];
		this.message = '';
		if (this.#pending === document) {
			this.#pending = null;
			this.status = 'saved';
			this.#forgetLocal();
		} else {
			// Edited while saving: the browser copy builds on the new revision now.
			this.#keepLocally(this.#pending!);
			this.status = 'pending';
			this.#schedule(this.#delay);
		}
	}

	/** The server already holds what the browser kept (found so on opening the page). */
	discardLocal(): void {
		this.#storage.removeItem(key(this.#slug));
	}

	/** A saved draft needs no browser copy, unless the page is being left (see `flush`). */
	#forgetLocal() {
		if (!this.#leaving) this.#storage.removeItem(key(this.#slug));
	}

	#keepLocally(document: Timeline) {
		try {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp written out, not state
			const at = new Date().toISOString();
			const draft: LocalDraft = this.#base
				? { base: this.revision, changes: changesBetween(this.#base, document), at }
				: { base: this.revision, document, at };
			if (this.#sent.length) draft.sent = this.#sent;
			this.#storage.setItem(key(this.#slug), JSON.stringify(draft));
		} catch {
			// A full or disabled storage: the server save still runs.
		}
	}

	async #save(): Promise<void> {
		if (this.#inFlight) {
			await this.#inFlight;
			if (this.#pending) this.#schedule(0);
			return;
		}
		const document = this.#pending;
		if (!document) return;
		this.status = 'saving';
		const base = this.#base;
		// The changes since the base revision, not the whole: a few hundred bytes for an edit
		// of a 100,000-event draft, where the whole is some 31 MB.
		const save: DraftSave = base ? { changes: changesBetween(base, document) } : { document };
		if ('changes' in save) {
			// Kept until answered, in this page and in the browser copy: see LocalDraft.sent.
			this.#sent = [...this.#sent, save.changes].slice(-MAX_SENT);
			this.#keepLocally(document);
		}
		const run = (async () => {
			try {
				const saved = await this.#api.saveDraft(this.#slug, this.revision, save, {
					leaving: this.#leaving
				});
				this.savedAt = saved.savedAt;
				this.#landed(saved.revision, document);
			} catch (e) {
				const own = e instanceof ConflictError && base ? this.#ownSave(e.current) : undefined;
				if (own && e instanceof ConflictError && base) {
					// The newer revision is a save of ours whose answer never came (sent as the
					// page was left, before this page read the draft): build on it, and send
					// what was edited since. Its base shares the unchanged events, so the next
					// save's changes stay small.
					const theirs = applyChanges(base, own);
					const latest = this.#pending ?? document;
					if (noChanges(changesBetween(theirs, latest))) {
						this.#landed(e.current.number, latest);
					} else {
						this.revision = e.current.number;
						this.#base = theirs;
						this.#sent = [];
						this.#pending = latest;
						this.#keepLocally(latest);
						this.status = 'pending';
						this.#schedule(0);
					}
				} else if (e instanceof ConflictError && this.#holdsMine(e.current.document, document)) {
					// The newer revision already says what this save says: most often this very
					// browser's save sent as the page was left, landing after the reload read the
					// draft. Nothing to merge; later saves build on it.
					this.#landed(e.current.number, document);
				} else if (e instanceof ConflictError) {
					const mine = this.#pending ?? document;
					const theirs = e.current.document;
					if (base && !hasConflicts(findConflicts(mine, theirs, base))) {
						// Nothing both changed: theirs with mine on top, saved with no question.
						const merged = resolveConflicts(mine, theirs, {}, 'mine', base);
						this.#onmerged(merged, e.current, rebaseOnMerge(mine, theirs, base));
						this.#mergedOnto(e.current, merged);
						return;
					}
					this.conflict = { current: e.current, mine, base };
					this.status = 'conflict';
					this.message = e.message;
				} else if (e instanceof OfflineError) {
					this.status = 'offline';
					this.message = e.message;
					this.#schedule(10_000);
				} else {
					this.status = 'error';
					this.message = e instanceof ApiError ? e.message : String(e);
				}
			}
		})();
		this.#inFlight = run;
		await run;
		this.#inFlight = null;
	}
}

/**
 * What to open when an editor comes back: the browser's draft when it holds edits the server
 * never got. On the same revision it simply continues; on an older one, someone saved since,
 * and the two must be merged.
 */
export function reopenDraft(
	local: LocalDraft | null,
	server: { revision: number; document: Timeline }
):
	| { kind: 'server' }
	| { kind: 'continue'; document: Timeline; sent?: DraftChanges[] }
	| { kind: 'merge'; mine: Timeline } {
	if (!local) return { kind: 'server' };
	// Changes made on an older revision land on this one: theirs with mine on top, to merge.
	const mine = local.document ?? applyChanges(server.document, local.changes!);
	const differences = findConflicts(mine, server.document);
	if (!differences.title && !differences.events.length) return { kind: 'server' };
	if (local.base === server.revision)
		return { kind: 'continue', document: mine, ...(local.sent?.length && { sent: local.sent }) };
	// The revision after the copy's is this browser's own save, sent as the page was left:
	// the edits made since go on from it, with nobody else's to merge.
	if (
		server.revision === local.base + 1 &&
		local.sent?.some((sent) => holdsChanges(server.document, sent))
	)
		return { kind: 'continue', document: mine };
	return { kind: 'merge', mine };
}
