import { MESSAGES, type Lang } from '$lib/i18n';
import { DATE_WORDS } from '$lib/i18n/dates';

/**
 * The words of each language but English, loaded on demand. In the embed bundle the tables
 * start with empty objects for these (scripts/embed-bundle.js) and an embed in another
 * language loads its words before it is drawn; everywhere else the tables already hold them
 * and loading changes nothing.
 */
const LATER: Partial<
	Record<Lang, () => Promise<[Record<string, unknown>, Record<string, unknown>]>>
> = {
	fr: () => Promise.all([import('$lib/i18n/messages/fr'), import('$lib/i18n/dates/fr')]),
	de: () => Promise.all([import('$lib/i18n/messages/de'), import('$lib/i18n/dates/de')]),
	es: () => Promise.all([import('$lib/i18n/messages/es'), import('$lib/i18n/dates/es')])
};

export async function loadLanguage(lang: Lang): Promise<void> {
	const load = LATER[lang];
	if (!load) return;
	const [messages, dates] = await load();
	for (const [table, words] of [
		[MESSAGES[lang], messages[lang]],
		[DATE_WORDS[lang], dates[lang]]
	]) {
		if (words && words !== table) Object.assign(table as object, words);
	}
}
