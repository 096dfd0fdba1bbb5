/**
 * How big an article or a timeline may be. Beyond these, the file is refused with a message
 * that says so, instead of a server busy for seconds and a page of many megabytes. A long
 * feature is about 50 KB of text and a few hundred events, so both leave ample room.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const MAX_EVENTS = 100_000;
/**
 * The largest draft an editor's save may send: a timeline of MAX_EVENTS events with their
 * summaries and sources is some 30 to 50 MB of JSON. scripts/node-server.js raises
 * adapter-node's own limit (BODY_SIZE_LIMIT, 512 KB unless set) to this, or a draft of a
 * couple of thousand events could never be saved.
 */
export const MAX_DRAFT_BYTES = 64 * 1024 * 1024;

/** "2.0 MB", "512 KB": a size as a person reads it. */
export function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
	if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${bytes} bytes`;
}
