import type { ListWords } from './en';

/** Counts with the language's digit grouping (10,000 · 10 000 · 10.000). */
const count = new Intl.NumberFormat('fr').format;

export const fr: ListWords = {
	listSummary: (n) => `Les ${count(n)} événements : liste et recherche`,
	findEvent: 'Chercher un événement',
	findHint: 'Des mots ou une année',
	listShowing: (a, b, n) => `Événements ${count(a)} à ${count(b)} sur ${count(n)}`,
	listMatches: (n, query) =>
		n === 0
			? `Aucun événement ne correspond à « ${query} »`
			: `${count(n)} ${n <= 1 ? 'événement correspond' : 'événements correspondent'} à « ${query} »`,
	listLoading: 'Chargement…',
	firstPage: 'Première page',
	previousPage: 'Page précédente',
	nextPage: 'Page suivante',
	lastPage: 'Dernière page',
	pageOf: (p, n) => `Page ${p} sur ${n}`
};
