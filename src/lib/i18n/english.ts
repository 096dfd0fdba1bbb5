/**
 * Which English a page's dates are written in: British English says "autumn" (dates.ts). A
 * page is British where its reader's English is (Accept-Language en-GB, en-IE, en-AU, …, or
 * `?lang=en-GB`), or where its article is written in British spelling. Server-side only: the
 * embed's script is handed the answer.
 */
import type { DateLocale } from './dates';
import type { Lang } from './lang';

/** Regions whose English writes "autumn" (Commonwealth and Irish usage). */
const AUTUMN_REGIONS = new Set(['GB', 'UK', 'IE', 'AU', 'NZ', 'ZA', 'IN', 'SG', 'HK', 'MT']);

/** Whether a language tag ("en-GB", "en_au") is an English that says autumn. */
export function britishTag(tag: string | null | undefined): boolean {
	const [primary, region] = (tag ?? '').trim().split(/[-_]/);
	return primary?.toLowerCase() === 'en' && AUTUMN_REGIONS.has(region?.toUpperCase() ?? '');
}

/**
 * The reader's English: a `?lang=` naming a region wins, then the English tag Accept-Language
 * weighs highest (RFC 9110 §12.5.4; the earlier one on a tie). A plain `?lang=en` (the page's
 * language links) keeps the reader's own English.
 */
export function britishReader(url: URL, acceptLanguage: string | null): boolean {
	const asked = url.searchParams.get('lang')?.trim();
	if (asked && /[-_]/.test(asked)) return britishTag(asked);
	let best = { british: false, q: 0 };
	for (const part of (acceptLanguage ?? '').split(',')) {
		const [tag, ...params] = part.split(';');
		if (!/^\s*en\b/i.test(tag ?? '')) continue;
		const q = Number(params.map((p) => /^\s*q\s*=\s*([\d.]+)/i.exec(p)?.[1]).find(Boolean) ?? 1);
		if (q > best.q) best = { british: britishTag(tag), q };
	}
	return best.british;
}

/**
 * Spellings that tell British from American English, each pair as a British and an American
 * pattern (word stems; a new pair is a new row). An article with more British than American
 * spellings is British.
 */
const SPELLINGS: [british: RegExp, american: RegExp][] = [
	[
		/\b(colour|favour|honour|labour|neighbour|behaviour|harbour|rumour|vigour)/gi,
		// A stem and its endings, so "Colorado", "laboratory" and "honorary" are none.
		/\b(color|favor|honor|labor|neighbor|behavior|harbor|rumor|vigor)(s|ed|ing|ite|ites|ful|ers?)?\b/gi
	],
	[/\b(centre|theatre|metre|litre|fibre)s?\b/gi, /\b(center|theater|liter|fiber)s?\b/gi],
	[
		/\b(organis|realis|recognis|apologis|criticis|emphasis|authoris|prioritis|mobilis|privatis|legalis|finalis)(e|es|ed|ing|ation|ations)\b/gi,
		/\b(organiz|realiz|recogniz|apologiz|criticiz|emphasiz|authoriz|prioritiz|mobiliz|privatiz|legaliz|finaliz)(e|es|ed|ing|ation|ations)\b/gi
	],
	[/\b(defence|offence)s?\b/gi, /\b(defense|offense)s?\b/gi],
	[
		/\b(travell|cancell|fuell|labell|signall|modell)(ed|ing)\b/gi,
		/\b(travel|cancel|fuel|label|signal|model)(ed|ing)\b/gi
	],
	[/\b(programme|catalogue|analogue)s?\b/gi, /\b(catalog|analog)s?\b/gi],
	// "autumn" itself: an article that writes it has its dates say it.
	[
		/\b(autumn|tyres?|kerbs?|aluminium|whilst|cheques?|jewellery|manoeuvres?)\b/gi,
		/\b(aluminum|jewelry|maneuvers?)\b/gi
	]
];

/** Whether an article's text is in British spelling. */
export function britishSpelling(text: string): boolean {
	let score = 0;
	for (const [british, american] of SPELLINGS)
		score += (text.match(british)?.length ?? 0) - (text.match(american)?.length ?? 0);
	return score > 0;
}

/**
 * The locale of a reader's page's dates: British English where the page is English and the
 * reader's English or the article's is British, else the page's language. A prerendered page
 * (the static export) has no reader to ask: its article decides.
 */
export function pageLocale(
	lang: Lang,
	paragraphs: readonly (readonly { text: string }[])[],
	url: URL | null,
	acceptLanguage: string | null
): DateLocale {
	if (lang !== 'en') return lang;
	if (url && britishReader(url, acceptLanguage)) return 'en-GB';
	const text = paragraphs.flat().map((sentence) => sentence.text);
	return britishSpelling(text.join(' ')) ? 'en-GB' : 'en';
}
