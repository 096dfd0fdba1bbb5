import type { Messages } from './en';

/** Made once, as in en.ts. */
const count = new Intl.NumberFormat('fr');

/**
 * "de" before a date's words, joined as French joins it: "du printemps 2020", "de l’hiver
 * 2027", "d’avril 2020", "des années 1970", "du XIXe siècle", "de 2016".
 */
const of = (when: string) =>
	`de ${when}`
		.replace(/^de les /, 'des ')
		.replace(/^de le /, 'du ')
		.replace(/^de (?=printemps|premier|second|T\d)/, 'du ')
		.replace(/^de (?=été|automne|hiver)/, 'de l’')
		.replace(/^de (?=[aeiouéh])/i, 'd’');

export const fr: Messages = {
	zoom: 'Zoom',
	timelineOf: (title) => `Chronologie : ${title}`,
	keys: '+ et − pour zoomer, flèches pour se déplacer, Début et Fin pour aller aux extrémités ; Tab pour atteindre les événements',
	inView: (percent) => `Zoom ${percent} %, affichage :`,
	zoomHint: (key: string) => `Utilisez ${key} + molette pour zoomer`,
	ctrlKey: 'Ctrl',
	zoomIn: 'Zoom avant',
	zoomOut: 'Zoom arrière',
	fit: 'Tout',
	fitAll: 'Afficher toute la chronologie',
	steps: 'Événements',
	previousEvent: 'Événement précédent',
	nextEvent: 'Événement suivant',
	eventsInOrder: 'Événements par date',
	afterDate: ' :',
	printPart: (shown, total) =>
		`${count.format(shown)} événements sur ${count.format(total)} : ceux de la vue. Zoomez ou déplacez-vous vers les autres et imprimez à nouveau.`,
	eventCount: (n) => (n <= 1 ? `${n} événement` : `${count.format(n)} événements`),
	clusterHint: (n, span) => `${n} événements, ${span} : zoomez pour les voir`,
	clusterList: (n, span) => `${n} événements, ${span} : les lister`,
	closeList: 'Fermer la liste',
	earlierEvents: (n) =>
		`${n} ${n <= 1 ? 'événement antérieur' : 'événements antérieurs'} : voir le plus proche`,
	laterEvents: (n) =>
		`${n} ${n <= 1 ? 'événement postérieur' : 'événements postérieurs'} : voir le plus proche`,
	more: 'Agrandir la chronologie',
	less: 'Réduire la chronologie',
	nowReading: (title) => `En cours de lecture : ${title}`,
	barMeaningBrief: 'Barre : période possible ; point : jour connu',
	barMeaning: 'Une barre couvre la période que peut désigner une date ; un point, un jour connu.',
	closeCard: 'Fermer le détail de l’événement',
	asWritten: 'Tel qu’écrit',
	when: 'Quand',
	to: 'au',
	showInArticle: 'Voir dans l’article',
	toldIn: 'Raconté dans',
	sentenceRef: (i, article) => `phrase ${i + 1}${article ? ` (${article})` : ''}`,
	dateInferred: 'Date déduite',
	inferredFrom: 'la phrase ne donne pas de date ; tirée de son contexte :',
	status: 'Statut',
	planned: 'prévu, pas encore arrivé',
	sometimeIn: (when) => `dans le courant ${of(when)}`,
	around: (when, span) => `vers ${when} (${span})`,
	shortlyBefore: (when, span) => `peu avant ${when} (${span})`,
	shortlyAfter: (when, span) => `peu après ${when} (${span})`,
	daysBefore: (month) => `quelques jours avant ${month}`,
	weeksBefore: (month) => `quelques semaines avant ${month}`,
	monthsBefore: (month) => `quelques mois avant ${month}`,
	yearsBefore: (month) => `quelques années avant ${month}`,
	decadesBefore: (month) => `des décennies avant ${month}`,
	aboutAYearBefore: (month) => `environ un an avant ${month}`,
	sometimeAfter: (month) => `après ${month}`,
	atTimeOfWriting: 'au moment de la rédaction',
	weekOf: (days) => `la semaine du ${days}`,
	boundsInWords: (span) => `${span}`,
	source: (name) => `Source : ${name}`,
	readOn: 'Lire sur Dateline'
};
