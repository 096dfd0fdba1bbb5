import { isLang, LANGS, type Lang } from '$lib/i18n/lang';
import { intervalOfValue } from '$lib/timeline/fuzzy-date';

/**
 * The options an embed reads from its query string. Every option has a default, so a bare
 * `/embed/<slug>` is a complete embed; anything unknown or malformed falls back to the default
 * with a warning, never a broken page.
 */
export type EmbedTheme = 'light' | 'dark' | 'auto';
export const EMBED_THEMES: readonly EmbedTheme[] = ['light', 'dark', 'auto'];

/** `auto`: the embed reports its height to the parent page; a number: a fixed frame, scrolled. */
export type EmbedHeight = 'auto' | number;

export interface EmbedOptions {
	/** `auto` follows the reader's system setting (prefers-color-scheme). Default `light`. */
	theme: EmbedTheme;
	/** The event to open on, by id. Default: none. */
	event: string | null;
	/** Start of the span of time shown first: YYYY, YYYY-MM or YYYY-MM-DD. Default: the start. */
	from: string | null;
	/** End of that span, included (`to=2020` shows all of 2020). Default: the end. */
	to: string | null;
	/** Whether the article text is shown beside the timeline. Default false. */
	article: boolean;
	height: EmbedHeight;
	/** Names this embed in its messages, so a page with two embeds can tell them apart. */
	id: string | null;
	/** The language of dates and interface text. Default: the reader's (Accept-Language). */
	lang: Lang | null;
}

export const DEFAULT_EMBED_OPTIONS: Readonly<EmbedOptions> = {
	theme: 'light',
	event: null,
	from: null,
	to: null,
	article: false,
	height: 'auto',
	id: null,
	lang: null
};

/** The fixed heights accepted, in CSS pixels (an oEmbed consumer may ask for a small one). */
export const MIN_FIXED_HEIGHT = 1;
export const MAX_FIXED_HEIGHT = 10000;

const EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$/;
const INSTANCE_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const BOOLEAN: Record<string, boolean> = { '1': true, true: true, '0': false, false: false };

/** The half-open UTC interval a calendar value names (YYYY, YYYY-MM, YYYY-MM-DD), or null. */
export function calendarInterval(value: string): [Date, Date] | null {
	if (!CALENDAR.test(value)) return null;
	const interval = intervalOfValue(value);
	// 2020-02-31 would roll over into March; a date that does not round-trip is not a date.
	if (!interval || interval.from.toISOString().slice(0, value.length) !== value) return null;
	return [interval.from, interval.to];
}

export interface ParsedEmbedOptions {
	options: EmbedOptions;
	/** One sentence per ignored option, saying what was wrong and what is accepted. */
	warnings: string[];
}

/** Reads embed options from a query string; never throws. */
export function parseEmbedOptions(params: URLSearchParams): ParsedEmbedOptions {
	const options: EmbedOptions = { ...DEFAULT_EMBED_OPTIONS };
	const warnings: string[] = [];
	const ignore = (key: string, value: string, accepted: string) =>
		warnings.push(`Dateline embed: ignoring ${key}=${JSON.stringify(value)} (${accepted}).`);

	for (const [key, value] of params) {
		switch (key) {
			case 'theme':
				if ((EMBED_THEMES as readonly string[]).includes(value))
					options.theme = value as EmbedTheme;
				else ignore(key, value, 'use light, dark or auto');
				break;
			case 'event':
				if (EVENT_ID.test(value)) options.event = value;
				else ignore(key, value, 'use the id of an event, as in a reader link’s #hash');
				break;
			case 'from':
			case 'to':
				if (calendarInterval(value)) options[key] = value;
				else ignore(key, value, 'use a date as YYYY, YYYY-MM or YYYY-MM-DD');
				break;
			case 'article':
				if (value in BOOLEAN) options.article = BOOLEAN[value]!;
				else ignore(key, value, 'use 1 or 0');
				break;
			case 'height': {
				const px = /^\d+$/.test(value) ? Number(value) : NaN;
				if (value === 'auto') options.height = 'auto';
				else if (px >= MIN_FIXED_HEIGHT && px <= MAX_FIXED_HEIGHT) options.height = px;
				else
					ignore(key, value, `use auto or pixels from ${MIN_FIXED_HEIGHT} to ${MAX_FIXED_HEIGHT}`);
				break;
			}
			case 'id':
				if (INSTANCE_ID.test(value)) options.id = value;
				else ignore(key, value, 'use up to 64 letters, digits, - _ . or :');
				break;
			case 'lang':
				if (isLang(value)) options.lang = value;
				else ignore(key, value, `use ${LANGS.join(', ')}`);
				break;
			default:
				warnings.push(`Dateline embed: ignoring unknown option ${JSON.stringify(key)}.`);
		}
	}
	const span = openingSpan(options);
	if (options.from && options.to && span && span[0] >= span[1]) {
		warnings.push(
			`Dateline embed: ignoring from=${options.from} and to=${options.to} (from must come first).`
		);
		options.from = options.to = null;
	}
	return { options, warnings };
}

/**
 * The span of time to open on, given a timeline's own extent for a side left open; null when
 * neither side is set (the reader shows the whole timeline).
 */
export function openingSpan(
	options: Pick<EmbedOptions, 'from' | 'to'>,
	extent?: [Date, Date]
): [Date, Date] | null {
	if (!options.from && !options.to) return null;
	const from = options.from ? calendarInterval(options.from)?.[0] : extent?.[0];
	const to = options.to ? calendarInterval(options.to)?.[1] : extent?.[1];
	return from && to ? [from, to] : null;
}

/** The query string for options, leaving defaults out so snippets stay short. */
export function embedQuery(options: Partial<EmbedOptions>): string {
	const params = new URLSearchParams();
	const o = { ...DEFAULT_EMBED_OPTIONS, ...options };
	if (o.theme !== DEFAULT_EMBED_OPTIONS.theme) params.set('theme', o.theme);
	if (o.event) params.set('event', o.event);
	if (o.from) params.set('from', o.from);
	if (o.to) params.set('to', o.to);
	if (o.article) params.set('article', '1');
	if (o.height !== 'auto') params.set('height', String(o.height));
	if (o.lang) params.set('lang', o.lang);
	if (o.id) params.set('id', o.id);
	const query = params.toString();
	return query ? `?${query}` : '';
}
