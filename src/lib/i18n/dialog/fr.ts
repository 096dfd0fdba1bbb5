import type { DialogWords } from './en';
import { SHOWN } from './shown';

/** Counts with the language's digit grouping (10,000 · 10 000 · 10.000). */
const count = new Intl.NumberFormat('fr').format;

export const fr: DialogWords = {
	embed: 'Intégrer',
	embedTitle: 'Intégrer cette chronologie',
	close: 'Fermer',
	theme: 'Thème',
	themeLight: 'Clair',
	themeDark: 'Sombre',
	themeAuto: 'Réglage du lecteur',
	language: 'Langue',
	startEvent: 'Ouvrir sur l’événement',
	noStartEvent: 'Aucun (toute la chronologie)',
	height: 'Hauteur',
	fitHeight: 'Ajuster à la chronologie',
	fixedHeight: 'Hauteur fixe en pixels',
	showArticle: 'Afficher le texte de l’article',
	copySnippet: 'Copier le code',
	copied: 'Copié dans le presse-papiers.',
	pressToCopy: 'Appuyez sur Ctrl+C (⌘C sur Mac) pour copier le code sélectionné.',
	embedHint:
		'Collez ce code là où la chronologie doit apparaître. Il fonctionne dans toute page qui accepte les iframes ; le script qui l’accompagne ajuste le cadre à la chronologie.',
	fixed: 'Fixe :',
	snippet: 'Code',
	langAuto: 'Langue du lecteur',
	previewTitle: (title) => `Aperçu : chronologie : ${title}`,
	preview: 'Aperçu',
	startEventHint: 'Des mots de son titre, ou une année',
	startEventMatches: (n, query) =>
		n === 0
			? `Aucun événement ne correspond à « ${query} »`
			: `${count(n)} ${n === 1 ? 'événement correspond' : 'événements correspondent'} à « ${query} »${n > SHOWN ? ` : les ${SHOWN} premiers sont affichés` : ''}`,
	searching: 'Recherche…',
	opensOn: (title) => `S’ouvre sur : ${title}`,
	clearStartEvent: 'Ouvrir sur toute la chronologie'
};
