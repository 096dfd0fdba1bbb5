import { isSafeUrl, safeHtml, withoutMarkup } from './safe-html';
import type { Timeline } from '../timeline/types';
import type { TjsDocument, TjsEvent } from './timelinejs';

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

const WEB = new Set(['http', 'https']);
// A background colour goes into a style: nothing that ends the declaration or loads a URL.
const STYLE_BREAKOUT = /[;{}<>"'\\]|(url|expression|image-set)\s*\(/i;

/** A URL field (not HTML): kept as written when a browser would open it as a web address. */
const webUrl = (url: string) => !/[<>"`]/.test(url) && isSafeUrl(url, WEB);

/**
 * A TimelineJS slide (event, era or title) as TimelineJS may render it anywhere: the HTML
 * fields (`text.headline`, `text.text`, `media.caption`, `media.credit`) through the allow-list,
 * URLs only of the web, words fields without markup. Keys TimelineJS does not render are kept
 * as they are.
 */
export function safeSlide<T>(slide: T): T {
	if (!isObject(slide)) return slide;
	const out: TjsEvent = { ...slide };
	if (isObject(out.text)) {
		const text = { ...out.text };
		for (const key of ['headline', 'text'] as const)
			if (typeof text[key] === 'string') text[key] = safeHtml(text[key]);
		out.text = text;
	}
	if (isObject(out.media)) {
		const media: Record<string, unknown> = { ...out.media };
		for (const key of ['caption', 'credit'])
			if (typeof media[key] === 'string') media[key] = safeHtml(media[key]);
		// TimelineJS also takes an embed's markup as the media's URL (an <iframe>, a <blockquote>).
		if (typeof media.url === 'string' && media.url.trim().startsWith('<'))
			media.url = safeHtml(media.url, { embeds: true });
		else if (typeof media.url === 'string' && !webUrl(media.url)) delete media.url;
		for (const key of ['thumbnail', 'link'])
			if (typeof media[key] === 'string' && !webUrl(media[key])) delete media[key];
		out.media = media;
	}
	if (isObject(out.background)) {
		const background: Record<string, unknown> = { ...out.background };
		if (typeof background.url === 'string' && !webUrl(background.url)) delete background.url;
		if (typeof background.color === 'string' && STYLE_BREAKOUT.test(background.color))
			delete background.color;
		out.background = background;
	}
	for (const key of ['display_date', 'group'] as const)
		if (typeof out[key] === 'string') out[key] = withoutMarkup(out[key]);
	for (const key of ['start_date', 'end_date'] as const) {
		const date = out[key];
		if (isObject(date) && typeof date.display_date === 'string')
			out[key] = { ...date, display_date: withoutMarkup(date.display_date) };
	}
	return out as T;
}

/** Every slide of a document made safe: the title slide, the events, the eras. */
export function safeDocument(doc: TjsDocument): TjsDocument {
	const out: TjsDocument = { ...doc, events: doc.events.map(safeSlide) };
	if (doc.title !== undefined) out.title = safeSlide(doc.title);
	if (Array.isArray(doc.eras)) out.eras = doc.eras.map(safeSlide);
	return out;
}

/**
 * A Dateline timeline with the TimelineJS slides it keeps (`extra.timelinejs`: an imported
 * file's own title slide, eras and events, raw HTML included) made safe as a TimelineJS export
 * makes them, for a Dateline JSON export: whoever feeds that file to TimelineJS later renders
 * that HTML too. What Dateline reads from the file is unchanged.
 */
export function withSafeKeptSlides(timeline: Timeline): Timeline {
	const kept = timeline.extra?.timelinejs;
	const out: Timeline = {
		...timeline,
		events: timeline.events.map((e) =>
			e.extra?.timelinejs === undefined
				? e
				: { ...e, extra: { ...e.extra, timelinejs: safeSlide(e.extra.timelinejs) } }
		)
	};
	if (isObject(kept)) {
		const rest: Record<string, unknown> = { ...kept };
		if (rest.title !== undefined) rest.title = safeSlide(rest.title);
		if (Array.isArray(rest.eras)) rest.eras = rest.eras.map(safeSlide);
		out.extra = { ...timeline.extra, timelinejs: rest };
	}
	return out;
}
