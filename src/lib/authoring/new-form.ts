import type { ArticleDraft } from './api';
import type { DraftStorage } from './draft-sync.svelte';

/**
 * What an editor has given on the New timeline page (/new) and not yet made a timeline of:
 * the pasted text and the address while the article is being given, then the article as read,
 * with the fields the editor corrected. Kept in the browser, so a reload or a crashed tab does
 * not lose a long paste; forgotten once the timeline is created.
 */
export interface NewForm {
	pasted: string;
	url: string;
	/** The article as read (POST /api/ingest) and corrected, once read. */
	draft: ArticleDraft | null;
	/** The editor confirmed a publication date the page did not state. */
	confirmed: boolean;
}

export const emptyNewForm = (): NewForm => ({ pasted: '', url: '', draft: null, confirmed: false });

// Per editor: two people sharing a browser never find each other's article.
const key = (editor: string) => `dateline:new:${editor}`;

const isDraft = (v: unknown): v is ArticleDraft => {
	const d = v as Record<string, unknown> | null;
	return (
		typeof d === 'object' &&
		d !== null &&
		['title', 'source', 'text'].every((k) => typeof d[k] === 'string') &&
		Array.isArray(d.warnings)
	);
};

/** The form this browser kept for `editor`, or null (nothing kept, or not a form). */
export function readNewForm(storage: DraftStorage, editor: string): NewForm | null {
	try {
		const raw = storage.getItem(key(editor));
		const form = raw ? (JSON.parse(raw) as Partial<NewForm>) : null;
		if (!form || typeof form !== 'object') return null;
		const draft = isDraft(form.draft) ? form.draft : null;
		const pasted = typeof form.pasted === 'string' ? form.pasted : '';
		const url = typeof form.url === 'string' ? form.url : '';
		if (!draft && !pasted && !url) return null;
		return { pasted, url, draft, confirmed: form.confirmed === true && draft !== null };
	} catch {
		return null;
	}
}

/** Keeps the form; an empty one is forgotten. A full or disabled storage keeps nothing. */
export function keepNewForm(storage: DraftStorage, editor: string, form: NewForm): void {
	try {
		if (!form.draft && !form.pasted.trim() && !form.url.trim()) storage.removeItem(key(editor));
		else storage.setItem(key(editor), JSON.stringify(form));
	} catch {
		// Nothing kept: the page works as before, it only cannot survive a reload.
	}
}

export function forgetNewForm(storage: DraftStorage, editor: string): void {
	try {
		storage.removeItem(key(editor));
	} catch {
		// A disabled storage kept nothing to forget.
	}
}
