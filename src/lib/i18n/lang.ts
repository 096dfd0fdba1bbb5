/**
 * The languages the reader and the embed speak, and how one is chosen for a request.
 * Extraction stays English: only dates and interface text follow the reader's language.
 */
export const LANGS = ['en', 'fr', 'de', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The language of a tag such as "fr", "fr-CA" or "DE-at" when we speak it, else null.
 * Only the primary subtag matters: our catalogue has one French, one German, one Spanish.
 */
export function langOfTag(tag: string | null | undefined): Lang | null {
	const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
	return isLang(primary) ? primary : null;
}

/**
 * The best language for an Accept-Language header (RFC 9110 §12.5.4): the spoken language
 * with the highest weight, the earlier one on a tie; "q=0" refuses. English when none fits.
 */
export function negotiateLang(header: string | null | undefined): Lang {
	let best: Lang | null = null;
	let bestQ = 0;
	for (const part of (header ?? '').split(',')) {
		const [tag, ...params] = part.split(';');
		const q = params
			.map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(p)?.[1])
			.find((v) => v !== undefined);
		const weight = q === undefined ? 1 : Number(q);
		const lang = langOfTag(tag);
		if (lang && weight > bestQ) {
			best = lang;
			bestQ = weight;
		}
	}
	return best ?? DEFAULT_LANG;
}

/** The cookie keeping the language a reader picked on the page, for the pages they open next. */
export const LANG_COOKIE = 'dateline-lang';

/**
 * The language of a request: an explicit `?lang=` wins, then the language the reader picked
 * earlier (its cookie), then the Accept-Language header. An unknown `lang` is ignored rather
 * than refused, like every other reader option.
 */
export function langOfRequest(
	url: URL,
	acceptLanguage: string | null,
	picked: string | null = null
): Lang {
	return (
		langOfTag(url.searchParams.get('lang')) ?? langOfTag(picked) ?? negotiateLang(acceptLanguage)
	);
}
