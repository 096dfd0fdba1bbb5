/**
 * What an embed tells the page around it, by `window.parent.postMessage(message, '*')`.
 *
 * Every message names the embed (`id`: its `id` option, or the timeline's slug) so a page with
 * two embeds can tell them apart. The target origin is `*` because an embed cannot know who
 * frames it (any site may); that is safe only because every message carries public facts: a
 * height, an event id and a span of time that anyone can read off the published timeline.
 * Nothing private or editorial ever goes into a message. Listeners must check `event.source`
 * and `event.origin` themselves (embed.js does), since any frame can post anything.
 */
export type EmbedMessage =
	/** The embed's content height in CSS pixels, whenever it changes (only with height=auto). */
	| { type: 'dateline:height'; id: string; height: number }
	/** The selected event's id, or null when the selection is cleared. */
	| { type: 'dateline:select'; id: string; event: string | null }
	/** The span of time in view, as ISO 8601 instants, after a zoom or pan settles a frame. */
	| { type: 'dateline:view'; id: string; from: string; to: string }
	/**
	 * After the reader selects an event: the part of the frame that shows its card and its
	 * sentence, in CSS px from the top of the frame's visible area, which the page should scroll
	 * into its window (embed.js does). Not sent for an event the embed opens on.
	 */
	| { type: 'dateline:scroll'; id: string; top: number; height: number };

/**
 * Sent by a parent page (embed.js) to ask for the current height again, e.g. after a late load.
 * `viewportHeight`, the page's window height in CSS px, lets an embed with the article fit the
 * window instead of growing as tall as the article.
 */
export interface EmbedPing {
	type: 'dateline:ping';
	viewportHeight?: number;
}

export type EmbedMessageType = EmbedMessage['type'];

const isString = (v: unknown): v is string => typeof v === 'string';
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The message if `data` is a well-formed embed message, otherwise null (never throws). */
export function readEmbedMessage(data: unknown): EmbedMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as Record<string, unknown>;
	if (!isString(m.id)) return null;
	switch (m.type) {
		case 'dateline:height':
			return typeof m.height === 'number' && Number.isFinite(m.height) && m.height >= 0
				? { type: m.type, id: m.id, height: m.height }
				: null;
		case 'dateline:select':
			return m.event === null || isString(m.event)
				? { type: m.type, id: m.id, event: m.event }
				: null;
		case 'dateline:view':
			return isString(m.from) && isString(m.to)
				? { type: m.type, id: m.id, from: m.from, to: m.to }
				: null;
		case 'dateline:scroll':
			return isFiniteNumber(m.top) && isFiniteNumber(m.height) && m.height >= 0
				? { type: m.type, id: m.id, top: m.top, height: m.height }
				: null;
		default:
			return null;
	}
}

export function isEmbedPing(data: unknown): data is EmbedPing {
	return typeof data === 'object' && data !== null && (data as EmbedPing).type === 'dateline:ping';
}

/** The parent's window height a ping carries, if it is a sensible one. */
export function pingViewportHeight(ping: EmbedPing): number | null {
	const h = ping.viewportHeight;
	return isFiniteNumber(h) && h >= 200 && h <= 10000 ? h : null;
}
