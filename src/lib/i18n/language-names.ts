import type { Lang } from './lang';

/**
 * Each language by its own name, and the name of the list of them in each language: what the
 * reader page's language links show. Not in the message catalogues, which the embed loads.
 */
export const LANGUAGE_NAMES: Record<Lang, string> = {
	en: 'English',
	fr: 'Français',
	de: 'Deutsch',
	es: 'Español'
};

export const LANGUAGES_LABEL: Record<Lang, string> = {
	en: 'Language',
	fr: 'Langue',
	de: 'Sprache',
	es: 'Idioma'
};
