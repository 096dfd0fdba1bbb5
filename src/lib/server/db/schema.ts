import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Timeline } from '../../timeline/types';

/**
 * The store's tables as Kysely sees them. Timestamps come back as Date from both drivers
 * (pg and PGlite parse timestamptz); ids are int4 so neither driver hands back strings or
 * BigInts.
 */
export interface Database {
	editors: EditorsTable;
	sessions: SessionsTable;
	sign_in_failures: SignInFailuresTable;
	articles: ArticlesTable;
	timelines: TimelinesTable;
	timeline_articles: TimelineArticlesTable;
	revisions: RevisionsTable;
	slug_redirects: SlugRedirectsTable;
	jobs: JobsTable;
	import_problems: ImportProblemsTable;
	settings: SettingsTable;
}

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface EditorsTable {
	id: Generated<number>;
	/** Lower-cased, so "Ann@x.org" and "ann@x.org" are one account. */
	email: string;
	/** `scrypt$N$r$p$salt$hash`, base64 parts (see passwords.ts). */
	password_hash: string;
	created_at: CreatedAt;
}

export interface SessionsTable {
	/** SHA-256 (hex) of the cookie's token: a stolen table cannot be replayed as cookies. */
	id: string;
	editor_id: number;
	expires_at: Date;
	created_at: CreatedAt;
}

export interface SignInFailuresTable {
	id: Generated<number>;
	email: string;
	address: string;
	at: CreatedAt;
}

export interface ArticlesTable {
	id: Generated<number>;
	/** What events' `source.article` names; unique across the store and never changed. */
	slug: string;
	title: string;
	source: string;
	url: string | null;
	/** YYYY-MM-DD */
	published: string;
	published_is_guess: Generated<boolean>;
	/** The body exactly as given; event offsets point into it. */
	text: string;
	/** SHA-256 of the normalised text, written with it (migration 0005, server/article-digest.ts). */
	text_digest: string | null;
	created_by: number | null;
	created_at: CreatedAt;
}

export interface TimelinesTable {
	id: Generated<number>;
	slug: string;
	/** Number of the newest revision (0 while the first extraction is still running). */
	head: Generated<number>;
	/** Number of the revision readers see; null until first published. */
	published_revision: number | null;
	created_at: CreatedAt;
	updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
	/** Set while the timeline is deleted and restorable (migration 0004, server/deletion.ts). */
	deleted_at: Date | null;
	deleted_by: number | null;
}

export interface TimelineArticlesTable {
	timeline_id: number;
	article_id: number;
	/** Order the articles were added in; the first is the timeline's own article. */
	position: number;
}

export interface RevisionsTable {
	timeline_id: number;
	/** 1, 2, 3… per timeline; a save names the number it was made from. */
	number: number;
	parent: number | null;
	/** `json`, not `jsonb`: kept as written, key order included, so exports diff cleanly. */
	document: JSONColumnType<Timeline>;
	/**
	 * The document's `title` and `published` (the story's date), written with it, so a list of
	 * timelines reads them without parsing documents (migration 0002). Null where it has none.
	 */
	title: string | null;
	published: string | null;
	/** Null for revisions the system made (import, extraction). */
	editor_id: number | null;
	/** Why the system or an editor made it: "import", "extract", "restore 3", "add article x". */
	note: string | null;
	created_at: CreatedAt;
	published_at: Date | null;
	published_by: number | null;
	/** When and by whom this revision was taken off the site (migration 0003); kept if republished. */
	unpublished_at: Date | null;
	unpublished_by: number | null;
}

export interface SlugRedirectsTable {
	slug: string;
	timeline_id: number;
}

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface JobsTable {
	id: Generated<number>;
	kind: string;
	payload: JSONColumnType<Record<string, unknown>>;
	state: Generated<JobState>;
	result: JSONColumnType<Record<string, unknown>> | null;
	error: string | null;
	attempts: Generated<number>;
	created_by: number | null;
	created_at: CreatedAt;
	started_at: Date | null;
	finished_at: Date | null;
}

export interface ImportProblemsTable {
	/** The file as a person finds it: "data/timelines/x.json". */
	file: string;
	/** The timeline slug the file would have made, so its reader page can say what is wrong. */
	slug: string;
	message: string;
	at: ColumnType<Date, Date | undefined, Date>;
}

export interface SettingsTable {
	key: string;
	value: ColumnType<unknown, string, string>;
}
