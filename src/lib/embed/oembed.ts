import { decodeComponent } from '../url/decode';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, previewPath } from '../preview/svg';
import { parseEmbedOptions, type EmbedOptions } from './options';
import { embedSnippet, snippetHeight } from './snippet';

/**
 * oEmbed (https://oembed.com): a consumer that finds a timeline's URL (a CMS, a chat app) asks
 * the provider for the HTML to embed it. Dateline answers with a `rich` response whose `html`
 * is the same snippet the Embed dialog gives.
 */
export interface OembedResponse {
	version: '1.0';
	type: 'rich';
	title: string;
	/** The outlet, when the article names one (oEmbed leaves it out otherwise). */
	author_name?: string;
	provider_name: 'Dateline';
	provider_url: string;
	cache_age: number;
	html: string;
	width: number;
	height: number;
	/** The timeline's preview image (the same as its og:image). */
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

/** The width reported when the consumer sets no maxwidth; the frame itself fills its column. */
export const DEFAULT_EMBED_WIDTH = 640;

export interface OembedRequest {
	slug: string;
	/** Options carried by the URL itself (an /embed/ URL's query, a reader URL's #event). */
	options: Partial<EmbedOptions>;
	maxWidth?: number;
	maxHeight?: number;
}

export type OembedRequestResult =
	{ ok: true; request: OembedRequest } | { ok: false; status: 400 | 404 | 501; message: string };

const TIMELINE_PATH = /^\/(t|embed)\/([a-z0-9][a-z0-9-]{0,99})\/?$/;

/** A positive whole number of pixels, undefined when absent, NaN when malformed. */
function pixels(value: string | null): number | undefined {
	if (value === null || value === '') return undefined;
	return /^\d{1,5}$/.test(value) && Number(value) > 0 ? Number(value) : NaN;
}

/**
 * Reads `/oembed?url=…&format=…&maxwidth=…&maxheight=…` as the spec says: a missing or
 * malformed parameter is 400, a URL that is not one of our timelines is 404, and any format
 * but JSON is 501. Whether the slug exists is the caller's question (it reads data/).
 */
export function parseOembedRequest(params: URLSearchParams, origin: string): OembedRequestResult {
	const format = params.get('format') ?? 'json';
	if (format !== 'json') {
		return { ok: false, status: 501, message: `format=${format} is not offered; use json` };
	}
	const raw = params.get('url');
	if (!raw) return { ok: false, status: 400, message: 'the url parameter is required' };
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		return { ok: false, status: 400, message: `url=${raw} is not an absolute URL` };
	}
	const maxWidth = pixels(params.get('maxwidth'));
	const maxHeight = pixels(params.get('maxheight'));
	if (Number.isNaN(maxWidth) || Number.isNaN(maxHeight)) {
		return { ok: false, status: 400, message: 'maxwidth and maxheight must be positive integers' };
	}
	const match = TIMELINE_PATH.exec(url.pathname);
	if (url.origin !== origin || !match) {
		return { ok: false, status: 404, message: `${raw} is not a Dateline timeline` };
	}
	const [, kind, slug] = match;
	// An embed URL carries its options; a reader URL can name an event in its hash.
	const options: Partial<EmbedOptions> =
		kind === 'embed' ? parseEmbedOptions(url.searchParams).options : {};
	const hash = decodeComponent(url.hash.slice(1));
	if (hash === null) {
		return {
			ok: false,
			status: 400,
			message: `url=${raw} has a malformed #fragment; expected a percent-encoded event id`
		};
	}
	if (kind === 't' && hash) {
		const event = parseEmbedOptions(new URLSearchParams({ event: hash })).options.event;
		if (event) options.event = event;
	}
	return { ok: true, request: { slug: slug!, options, maxWidth, maxHeight } };
}

export interface OembedTimeline {
	slug: string;
	title: string;
	source: string;
}

/**
 * The rich response. maxheight caps the frame: the embed then keeps a fixed height (content
 * scrolls inside) rather than growing past what the consumer allowed; maxwidth caps its width.
 */
export function oembedResponse(
	origin: string,
	timeline: OembedTimeline,
	{ options = {}, maxWidth, maxHeight }: Partial<OembedRequest> = {}
): OembedResponse {
	const height = Math.min(snippetHeight(options), maxHeight ?? Infinity);
	const fixed = maxHeight !== undefined || typeof options.height === 'number';
	const withHeight: Partial<EmbedOptions> = { ...options, height: fixed ? height : 'auto' };
	return {
		version: '1.0',
		type: 'rich',
		title: timeline.title,
		...(timeline.source ? { author_name: timeline.source } : {}),
		provider_name: 'Dateline',
		provider_url: `${origin}/`,
		cache_age: 3600,
		html: embedSnippet({
			origin,
			slug: timeline.slug,
			title: timeline.title,
			options: withHeight,
			maxWidth
		}),
		width: Math.min(DEFAULT_EMBED_WIDTH, maxWidth ?? Infinity),
		height,
		thumbnail_url: `${origin}${previewPath(timeline.slug)}`,
		thumbnail_width: PREVIEW_WIDTH,
		thumbnail_height: PREVIEW_HEIGHT
	};
}

/**
 * Where a reader page's discovery link points: the endpoint on the Node server, which honours
 * maxwidth/maxheight; the timeline's own JSON file in the static export, which has no endpoint.
 */
export function oembedDiscoveryUrl(origin: string, slug: string, staticExport: boolean): string {
	if (staticExport) return `${origin}/oembed/${encodeURIComponent(slug)}.json`;
	const url = `${origin}/t/${encodeURIComponent(slug)}`;
	return `${origin}/oembed?url=${encodeURIComponent(url)}&format=json`;
}
