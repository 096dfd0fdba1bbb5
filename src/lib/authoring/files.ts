import type { ArticleDraft } from './api';

/** Files read as an article (POST /api/ingest), and files that are a timeline (POST /api/imports). */
export const ARTICLE_FILE = /\.(html?|md|markdown|txt)$/i;
export const TIMELINE_FILE = /\.(json|csv)$/i;
/** As much as the server reads of a file or a fetched page. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * A date the page did not state (the extractor guessed it, or found none) must be confirmed
 * or corrected by the editor before the article is used: every relative date counts from it.
 */
export const needsDateCheck = (draft: ArticleDraft | null, confirmed: boolean) =>
	!!draft && (draft.publishedFrom === 'guess' || !draft.published) && !confirmed;

/** The article fields the store takes from a checked draft. */
export const articleFields = (draft: ArticleDraft) => ({
	title: draft.title.trim(),
	text: draft.text,
	source: draft.source.trim() || undefined,
	published: draft.published || undefined,
	url: draft.url || undefined
});
