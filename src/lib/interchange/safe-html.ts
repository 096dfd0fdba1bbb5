import { decodeEntities, textToHtml } from './html-text';

/**
 * HTML that an exported file carries into another program (TimelineJS puts headlines, texts,
 * captions and credits into the page as HTML; TimelineJS before 3.8 did so unsanitised, and
 * so may anything else that reads the file). Text from an article or an editor is never
 * executed there either, so the export writes only an allow-list: the tags TimelineJS
 * templates use for words, each re-written by us with its allowed attributes re-escaped, and
 * URLs only of the schemes below. Every other tag goes, its words stay.
 *
 * Tags are cut where `htmlToText` cuts them (`<` to the next `>`), so what Dateline reads back
 * from an exported file is exactly what it read from the original. Without a DOM, so it runs
 * wherever the exporters run.
 */

/** Tags for words, with the attributes each may keep besides the global ones. */
const TAGS: Record<string, readonly string[]> = {
	a: ['href', 'target', 'rel'],
	abbr: [],
	b: [],
	blockquote: [],
	br: [],
	cite: [],
	code: [],
	dd: [],
	del: [],
	div: [],
	dl: [],
	dt: [],
	em: [],
	h1: [],
	h2: [],
	h3: [],
	h4: [],
	h5: [],
	h6: [],
	hr: [],
	i: [],
	img: ['src', 'alt', 'width', 'height'],
	ins: [],
	li: [],
	mark: [],
	ol: [],
	p: [],
	pre: [],
	q: [],
	s: [],
	small: [],
	span: [],
	strong: [],
	sub: [],
	sup: [],
	table: [],
	tbody: [],
	td: ['colspan', 'rowspan'],
	th: ['colspan', 'rowspan'],
	thead: [],
	tr: [],
	u: [],
	ul: []
};
/** A media "URL" may be an embed's own markup (TimelineJS's iframe media type). */
const EMBED_TAGS: Record<string, readonly string[]> = {
	...TAGS,
	iframe: ['src', 'width', 'height', 'frameborder', 'allowfullscreen', 'title']
};
const GLOBAL_ATTRIBUTES = ['class', 'title', 'lang', 'dir'];
const VOID = new Set(['br', 'hr', 'img']);
const URL_ATTRIBUTES = new Set(['href', 'src']);

/** Schemes a link may use; an image or an embed only the web's. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);
const SOURCE_SCHEMES = new Set(['http', 'https']);

/**
 * Whether a browser would open the URL as a web address (or a relative one). Checked as the
 * browser reads it: entities decoded, then tabs, newlines and controls anywhere taken out
 * (`jav&#x09;ascript:` is `javascript:` to a browser).
 */
export function isSafeUrl(raw: string, schemes: ReadonlySet<string> = LINK_SCHEMES): boolean {
	// eslint-disable-next-line no-control-regex
	const bare = decodeEntities(raw).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(bare)?.[1]?.toLowerCase();
	return scheme === undefined || schemes.has(scheme);
}

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]+)))?/g;

/** One tag re-written from what is allowed of it, or '' when nothing is. */
function safeTag(inner: string, tags: Record<string, readonly string[]>): string {
	const m = /^(\/?)([a-z][a-z0-9]*)(?=[\s/]|$)([\s\S]*)$/i.exec(inner);
	if (!m) return '';
	const [, closing, rawName, rest] = m;
	const name = rawName!.toLowerCase();
	const allowed = tags[name];
	if (!allowed) return '';
	if (closing) return VOID.has(name) ? '' : `</${name}>`;
	let out = `<${name}`;
	const seen = new Set<string>();
	for (const a of rest!.matchAll(ATTRIBUTE)) {
		const attribute = a[1]!.toLowerCase();
		if (seen.has(attribute)) continue;
		seen.add(attribute);
		if (!allowed.includes(attribute) && !GLOBAL_ATTRIBUTES.includes(attribute)) continue;
		const raw = a[2] ?? a[3] ?? a[4];
		if (raw === undefined) {
			out += ` ${attribute}`;
			continue;
		}
		if (
			URL_ATTRIBUTES.has(attribute) &&
			!isSafeUrl(raw, attribute === 'src' ? SOURCE_SCHEMES : LINK_SCHEMES)
		)
			continue;
		out += ` ${attribute}="${textToHtml(decodeEntities(raw).trim())}"`;
	}
	return `${out}>`;
}

/**
 * An HTML fragment with only allowed markup: scripts and styles out with their content, other
 * tags out with their words kept, a `<` that opens no tag written `&lt;`.
 */
export function safeHtml(html: string, options: { embeds?: boolean } = {}): string {
	if (!html.includes('<')) return html;
	const tags = options.embeds ? EMBED_TAGS : TAGS;
	return html
		.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
		.replace(/<([^>]*)>|</g, (whole, inner: string | undefined) =>
			inner === undefined ? '&lt;' : safeTag(inner, tags)
		);
}

/**
 * Words outside HTML (a display date, a group): TimelineJS strips markup there; so do we. A
 * `<` that closes no tag opens none either.
 */
export function withoutMarkup(text: string): string {
	return text.replace(/<[^>]*>/g, '');
}
