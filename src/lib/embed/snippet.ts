import { embedQuery, type EmbedOptions } from './options';

/** The frame's height before the embed reports its own (and the fixed height without embed.js). */
export const DEFAULT_EMBED_HEIGHT = 480;

/** Escapes text for an HTML attribute value or text node. */
export function escapeHtml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);
}

/** The absolute address of an embed: `<origin>/embed/<slug>?<options>`. */
export function embedUrl(
	origin: string,
	slug: string,
	options: Partial<EmbedOptions> = {}
): string {
	return `${origin}/embed/${encodeURIComponent(slug)}${embedQuery(options)}`;
}

export interface SnippetInput {
	/** Where Dateline is served from, e.g. `https://timelines.example.org` (no trailing slash). */
	origin: string;
	slug: string;
	/** The timeline's title, for the frame's accessible name. */
	title: string;
	options?: Partial<EmbedOptions>;
	/** A cap on the frame's width in pixels (oEmbed's maxwidth); default: the column's width. */
	maxWidth?: number;
}

/** The frame's height as first drawn: the fixed height, or a guess that embed.js corrects. */
export function snippetHeight(options: Partial<EmbedOptions> = {}): number {
	return typeof options.height === 'number' ? options.height : DEFAULT_EMBED_HEIGHT;
}

/**
 * The HTML a publisher pastes: a lazy iframe that works alone at a fixed height, and embed.js,
 * which resizes it to its content when the embed reports its height. Everything interpolated
 * is escaped, so a title with quotes or markup cannot break out of its attribute.
 */
export function embedSnippet({
	origin,
	slug,
	title,
	options = {},
	maxWidth
}: SnippetInput): string {
	const src = embedUrl(origin, slug, options);
	const style = ['width:100%', maxWidth ? `max-width:${maxWidth}px` : '', 'border:0']
		.filter(Boolean)
		.join(';');
	const attributes = [
		`src="${escapeHtml(src)}"`,
		`title="${escapeHtml(`Timeline: ${title}`)}"`,
		'width="100%"',
		`height="${snippetHeight(options)}"`,
		`style="${style}"`,
		'loading="lazy"',
		'data-dateline-embed'
	];
	return (
		`<iframe ${attributes.join(' ')}></iframe>\n` +
		`<script src="${escapeHtml(`${origin}/embed.js`)}" async></script>`
	);
}
