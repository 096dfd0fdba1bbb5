import type { Article, Problem, Timeline } from '../timeline';
import type { DraftChanges } from './draft-changes';
import type { RevisionChange } from './revision-changes';

/**
 * The editor's side of the store's JSON API (src/routes/api, documented in
 * src/lib/server/db/index.ts). Every error is an ApiError carrying the server's message, which
 * names what and where; a refused stale save is a ConflictError carrying the revision that won.
 */
/** One saved state of a timeline, as history and conflicts show it. */
export interface RevisionInfo {
	number: number;
	parent: number | null;
	/** The editor's email; null for what the system made (import, extraction). */
	editor: string | null;
	note: string | null;
	savedAt: string;
	publishedAt: string | null;
	/** When an editor last took this revision off the site (unpublished), and who; else null. */
	unpublishedAt?: string | null;
	unpublishedBy?: string | null;
	events: number;
	/** What it changed from the revision it was made from (in History's list). */
	changes?: RevisionChange[];
}
export interface Revision extends RevisionInfo {
	document: Timeline;
}
export interface Draft {
	slug: string;
	/** The newest revision: what the next save must name as its base. 0 before extraction. */
	revision: number;
	/** The revision readers see, or null before the first publish. */
	published: number | null;
	/**
	 * Whether the newest revision says what the published one says: it is that revision, or
	 * every edit since was undone (newer revisions, the same timeline).
	 */
	asPublished: boolean;
	/** Null while the first extraction job is still running. */
	document: Timeline | null;
	savedAt: string | null;
	savedBy: string | null;
	articles: Article[];
	/** Extraction jobs not finished yet: the draft will gain a revision when each is done. */
	pending: { job: number; state: string }[];
}
/** A timeline with work readers do not see yet, as the home page lists it for editors. */
export interface DraftSummary {
	slug: string;
	title: string;
	/** The newest revision (0 while the first extraction runs). */
	revision: number;
	/** The revision readers see; null when the timeline is not published. */
	published: number | null;
	/** Who saved the newest revision; null when Dateline made it (import, extraction). */
	editor: string | null;
	savedAt: string;
}
/** A deleted timeline an editor can still restore, as the home page lists it. */
export interface DeletedSummary {
	slug: string;
	title: string;
	/** The revision readers saw before it was deleted: restoring it publishes that again. */
	published: number | null;
	deletedBy: string | null;
	deletedAt: string;
	restorableUntil: string;
}
export interface History {
	head: number;
	published: number | null;
	revisions: RevisionInfo[];
}
/**
 * An article read for an editor to check before it is used (POST /api/ingest): each field
 * prefilled from what the source says. `publishedFrom` says where the date came from; "guess"
 * means the extractor inferred it from the text, and the editor must confirm it.
 */
export interface ArticleDraft {
	title: string;
	source: string;
	url?: string;
	published?: string;
	publishedFrom: 'meta' | 'json-ld' | 'time' | 'front-matter' | 'guess' | null;
	text: string;
	warnings: string[];
	/** Timelines that already hold this article (same text or same address): /new links them. */
	sameAs?: { slug: string; title: string }[];
}
/** What the editor gives to read an article: pasted text, a file's name and content, or a URL. */
export type IngestInput =
	| { kind: 'text'; text: string }
	| { kind: 'file'; name: string; content: string }
	| { kind: 'url'; url: string };

export interface ArticleFields {
	title: string;
	text: string;
	source?: string;
	published?: string;
	url?: string;
}

export class ApiError extends Error {
	readonly status: number;
	readonly problems: Problem[];
	constructor(status: number, message: string, problems: Problem[] = []) {
		super(message);
		this.name = 'ApiError';
		this.status = status;
		this.problems = problems;
	}
}

/** Another editor saved first: `current` is their revision, to merge with. */
export class ConflictError extends ApiError {
	readonly current: Revision;
	constructor(message: string, current: Revision) {
		super(409, message);
		this.name = 'ConflictError';
		this.current = current;
	}
}

/** The network itself failed (offline, server down): the draft stays in the browser. */
export class OfflineError extends Error {
	constructor(cause: unknown) {
		super(
			`The server cannot be reached (${(cause as Error)?.message ?? cause}); your work is kept in this browser.`
		);
		this.name = 'OfflineError';
	}
}

type Fetch = typeof fetch;
/** Under the 64 KiB browsers allow requests kept alive, with room for a multi-byte title. */
const KEEPALIVE_BYTES = 20_000;

/**
 * What a save sends: the changes made since its base revision (a few hundred bytes for an edit
 * at any size), or the whole timeline when the browser has no base to compare with.
 */
export type DraftSave = { changes: DraftChanges } | { document: Timeline };

export function authoringApi(fetcher: Fetch = (...a) => fetch(...a)) {
	async function call<T>(
		method: string,
		path: string,
		body?: unknown,
		options: { keepalive?: boolean } = {}
	): Promise<T> {
		let response: Response;
		try {
			const text = body === undefined ? undefined : JSON.stringify(body);
			response = await fetcher(path, {
				method,
				headers: text === undefined ? {} : { 'content-type': 'application/json' },
				...(text === undefined ? {} : { body: text }),
				// A request kept alive outlives its page (a save sent as the page goes); browsers
				// keep at most 64 KiB of such bodies in flight.
				...(options.keepalive && (text?.length ?? 0) < KEEPALIVE_BYTES && { keepalive: true })
			});
		} catch (e) {
			throw new OfflineError(e);
		}
		const text = await response.text();
		let json: Record<string, unknown> = {};
		try {
			json = text ? JSON.parse(text) : {};
		} catch {
			if (!response.ok)
				throw new ApiError(
					response.status,
					`${method} ${path}: ${response.status} ${text.slice(0, 200)}`
				);
		}
		if (response.status === 409 && json.current)
			throw new ConflictError(
				String(json.error ?? 'Another editor saved first'),
				json.current as Revision
			);
		if (!response.ok) {
			if (response.status >= 500 && !json.error) throw new OfflineError(`${response.status}`);
			throw new ApiError(
				response.status,
				String(json.error ?? `${method} ${path} failed (${response.status})`),
				Array.isArray(json.problems) ? (json.problems as Problem[]) : []
			);
		}
		return json as T;
	}
	const at = (slug: string) => `/api/timelines/${encodeURIComponent(slug)}`;
	return {
		readDraft: (slug: string) => call<Draft>('GET', `${at(slug)}/draft`),
		saveDraft: (slug: string, base: number, save: DraftSave, options: { leaving?: boolean } = {}) =>
			call<{ revision: number; savedAt: string }>(
				'PUT',
				`${at(slug)}/draft`,
				{ base, ...save },
				{ keepalive: options.leaving }
			),
		publish: (slug: string, revision: number) =>
			call<{ published: number; head: number }>('POST', `${at(slug)}/publish`, { revision }),
		unpublish: (slug: string) =>
			call<{ published: null; head: number }>('POST', `${at(slug)}/unpublish`, {}),
		countRevisions: (slug: string) =>
			call<{ slug: string; head: number; revisions: number }>('GET', at(slug)),
		deleteTimeline: (slug: string) =>
			call<{ slug: string; deletedAt: string; restorableUntil: string }>('DELETE', at(slug)),
		undelete: (slug: string) =>
			call<{ slug: string; published: number | null }>('POST', `${at(slug)}/undelete`, {}),
		history: (slug: string) => call<History>('GET', `${at(slug)}/revisions`),
		revision: (slug: string, n: number) => call<Revision>('GET', `${at(slug)}/revisions/${n}`),
		restore: (slug: string, n: number, base: number) =>
			call<{ revision: number }>('POST', `${at(slug)}/revisions/${n}/restore`, { base }),
		create: (article: ArticleFields, slug?: string) =>
			call<{ slug: string; job: number }>('POST', '/api/timelines', {
				article,
				...(slug ? { slug } : {})
			}),
		addArticle: (slug: string, article: ArticleFields) =>
			call<{ article: string; job: number }>('POST', `${at(slug)}/articles`, { article }),
		ingest: (input: IngestInput) => call<ArticleDraft>('POST', '/api/ingest', input),
		importFile: (name: string, content: string) =>
			call<{ slug: string; format: string; events: number }>('POST', '/api/imports', {
				name,
				content
			}),
		job: (id: number) =>
			call<{ state: string; error?: string | null; result?: unknown }>('GET', `/api/jobs/${id}`)
	};
}

export type AuthoringApi = ReturnType<typeof authoringApi>;
