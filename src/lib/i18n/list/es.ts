import type { ListWords } from './en';

/** Counts with the language's digit grouping (10,000 · 10 000 · 10.000). */
const count = new Intl.NumberFormat('es').format;

export const es: ListWords = {
	listSummary: (n) => `Los ${count(n)} acontecimientos: lista y búsqueda`,
	findEvent: 'Buscar un acontecimiento',
	findHint: 'Palabras o un año',
	listShowing: (a, b, n) => `Acontecimientos ${count(a)}–${count(b)} de ${count(n)}`,
	listMatches: (n, query) =>
		n === 0
			? `Ningún acontecimiento coincide con «${query}»`
			: `${count(n)} ${n === 1 ? 'acontecimiento coincide' : 'acontecimientos coinciden'} con «${query}»`,
	listLoading: 'Cargando…',
	firstPage: 'Primera página',
	previousPage: 'Página anterior',
	nextPage: 'Página siguiente',
	lastPage: 'Última página',
	pageOf: (p, n) => `Página ${p} de ${n}`
};
