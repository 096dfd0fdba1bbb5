import { createContext } from 'svelte';
import type { DateLocale } from './dates';
import { DEFAULT_LANG, type Lang } from './lang';
import { de } from './messages/de';
import { en, type Messages } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';

export { DEFAULT_LANG, LANGS, isLang, langOfRequest, negotiateLang, type Lang } from './lang';
export type { Messages } from './messages/en';

export const MESSAGES: Record<Lang, Messages> = { en, fr, de, es };

/** The names of the languages, each in itself, for a language menu. */
export const LANG_NAMES: Record<Lang, string> = {
	en: 'English',
	fr: 'Français',
	de: 'Deutsch',
	es: 'Español'
};

/** A page's language and its messages, decided on the server and handed down the tree. */
export interface I18n {
	lang: Lang;
	t: Messages;
	/** The locale its dates are written in: British English where the page is (english.ts). */
	locale: DateLocale;
}

export const i18nFor = (lang: Lang, locale: DateLocale = lang): I18n => ({
	lang,
	t: MESSAGES[lang],
	locale
});

const [getContext, setContext] = createContext<I18n>();

/** Gives the components below a language (a route calls this once, from its data). */
export const setI18n = (i18n: I18n) => setContext(i18n);

/** The language of the page, English where no route set one (a component on its own). */
export function useI18n(): I18n {
	try {
		return getContext();
	} catch {
		return i18nFor(DEFAULT_LANG);
	}
}
