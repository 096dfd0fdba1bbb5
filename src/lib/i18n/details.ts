import type { Lang } from './lang';

/**
 * The words of the card's part for editors (EventCardDetails.svelte), in every language: only
 * the reader page draws that part, so the embed's script (which has a byte budget) carries none
 * of them.
 */
export const DETAILS_WORDS: Record<
	Lang,
	{ forEditors: string; bounds: string; precision: string; confidence: string }
> = {
	en: {
		forEditors: 'For editors',
		bounds: 'Bounds',
		precision: 'Precision',
		confidence: 'Confidence'
	},
	fr: {
		forEditors: 'Pour la rédaction',
		bounds: 'Bornes',
		precision: 'Précision',
		confidence: 'Confiance'
	},
	de: {
		forEditors: 'Für die Redaktion',
		bounds: 'Grenzen',
		precision: 'Genauigkeit',
		confidence: 'Sicherheit'
	},
	es: {
		forEditors: 'Para la redacción',
		bounds: 'Límites',
		precision: 'Precisión',
		confidence: 'Confianza'
	}
};
