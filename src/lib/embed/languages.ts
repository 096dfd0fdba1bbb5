import { MESSAGES, type Lang } from '$lib/i18n';

/**
 * The interface words of each language but English, loaded on demand. In the embed bundle the
 * catalogue starts with empty objects for these (scripts/embed-bundle.ts) and an embed in
 * another language loads its words before it is drawn; everywhere else the catalogue already
 * holds them and loading changes nothing.
 */
const LATER: Partial<Record<Lang, () => Promise<Record<string, unknown>>>> = {
	fr: () => import('$lib/i18n/messages/fr'),
	de: () => import('$lib/i18n/messages/de'),
	es: () => import('$lib/i18n/messages/es')
};

export async function loadLanguage(lang: Lang): Promise<void> {
	const load = LATER[lang];
	if (!load) return;
	const words = (await load())[lang];
	if (words && words !== MESSAGES[lang]) Object.assign(MESSAGES[lang], words);
}
