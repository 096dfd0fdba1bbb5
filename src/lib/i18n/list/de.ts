import type { ListWords } from './en';

/** Counts with the language's digit grouping (10,000 · 10 000 · 10.000). */
const count = new Intl.NumberFormat('de').format;

export const de: ListWords = {
	listSummary: (n) => `Alle ${count(n)} Ereignisse: Liste und Suche`,
	findEvent: 'Ereignis suchen',
	findHint: 'Wörter oder ein Jahr',
	listShowing: (a, b, n) => `Ereignisse ${count(a)}–${count(b)} von ${count(n)}`,
	listMatches: (n, query) =>
		n === 0
			? `Kein Ereignis passt zu „${query}“`
			: `${count(n)} ${n === 1 ? 'Ereignis passt' : 'Ereignisse passen'} zu „${query}“`,
	listLoading: 'Wird geladen…',
	firstPage: 'Erste Seite',
	previousPage: 'Vorige Seite',
	nextPage: 'Nächste Seite',
	lastPage: 'Letzte Seite',
	pageOf: (p, n) => `Seite ${p} von ${n}`
};
