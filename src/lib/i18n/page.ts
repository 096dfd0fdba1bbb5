import type { Lang } from './lang';

/**
 * The words of a timeline's page around the reader (its header), in every language: only that
 * page shows them, so the embed's script (which has a byte budget) carries none of them.
 */
export const PAGE_WORDS: Record<Lang, { languages: string; edit: string }> = {
	en: { languages: 'Language', edit: 'Edit' },
	fr: { languages: 'Langue', edit: 'Modifier' },
	de: { languages: 'Sprache', edit: 'Bearbeiten' },
	es: { languages: 'Idioma', edit: 'Editar' }
};
