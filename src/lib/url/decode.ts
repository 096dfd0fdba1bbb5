/**
 * Decoding percent-escapes from outside (a URL's hash, a pasted URL): a malformed escape
 * ("#%", "%E0%A4%A") makes decodeURIComponent throw, and outside input must never throw.
 */

/** The decoded text, or null when its escapes are malformed. */
export function decodeComponent(text: string): string | null {
	try {
		return decodeURIComponent(text);
	} catch {
		return null;
	}
}

/**
 * The event id a URL's hash names ("" for none). A malformed hash names none: the reader opens
 * as without it (an embed's `event` option still applies), with a warning in the console.
 */
export function eventIdFromHash(hash: string): string {
	const raw = hash.replace(/^#/, '');
	const id = decodeComponent(raw);
	if (id === null) {
		console.warn(
			`Dateline: ignoring the link's #${raw}: it is not a valid percent-encoded event id`
		);
		return '';
	}
	return id;
}
