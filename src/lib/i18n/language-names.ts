import type { Lang } from './lang';

/**
 * Each language by its own name: what the reader page's language links show. Not in the message
 * catalogues, which the embed loads.
 */
export const LANGUAGE_NAMES: Record<Lang, string> = {
	en: 'English',
	fr: 'Français',
	de: 'Deutsch',
	es: 'Español'
};
