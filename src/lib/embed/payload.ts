import type { DateLocale } from '$lib/i18n/dates';
import type { Lang } from '$lib/i18n/lang';

/** The element that carries an embed's data from the server's render to its bundle. */
export const PAYLOAD_ID = 'dateline-embed-data';

/**
 * What the embed bundle needs to draw what the server drew: the page's data, its language,
 * and the reader page's address as the server resolved it (relative in a static export).
 * Plain JSON: the timeline's wire format has no dates or other objects in it.
 */
export interface EmbedPayload<Data> {
	data: Data;
	lang: Lang;
	/** The locale of its dates: British English where the reader's or article's is. */
	locale?: DateLocale;
	readerPath: string;
}

/**
 * The payload as an inert `<script type="application/json">` element. Every `<` is escaped, so
 * no text of an article can close the element or open a comment: it stays data, never markup.
 */
export function payloadElement(payload: EmbedPayload<unknown>): string {
	const json = JSON.stringify(payload)
		.replaceAll('<', '\\u003c')
		.replaceAll('\u2028', '\\u2028')
		.replaceAll('\u2029', '\\u2029');
	return `<script type="application/json" id="${PAYLOAD_ID}">${json}</` + 'script>';
}

/** The payload a page carries, or null when it carries none or a broken one. */
export function readPayload<Data>(doc: Document): EmbedPayload<Data> | null {
	const text = doc.getElementById(PAYLOAD_ID)?.textContent;
	if (!text) return null;
	try {
		return JSON.parse(text) as EmbedPayload<Data>;
	} catch (e) {
		console.warn(`Dateline embed: unreadable page data (${(e as Error).message})`);
		return null;
	}
}
