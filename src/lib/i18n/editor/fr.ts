import type { EditorWords } from './en';

const count = new Intl.NumberFormat('fr').format;
const q = (s: string) => `« ${s} »`;
const events = (n: number) => `${count(n)} ${n === 1 ? 'événement' : 'événements'}`;

export const fr: EditorWords = {
	status: {
		saved: 'Modifications enregistrées',
		pending: 'Enregistrement imminent…',
		saving: 'Enregistrement…',
		offline: 'Hors ligne : modifications gardées dans ce navigateur',
		error: 'Non enregistré'
	},
	undo: 'Annuler',
	redo: 'Rétablir',
	history: 'Historique',
	publish: 'Publier',
	undatedAsk: (n) =>
		`${n === 1 ? '1 événement n’a' : `${count(n)} événements n’ont`} pas encore de date propre (« à dater ») : les lecteurs prendraient le jour de l’article pour ${n === 1 ? 'sa date' : 'leur date'}. Datez-${n === 1 ? 'le' : 'les'} d’abord, ou publiez quand même.`,
	publishAnyway: 'Publier quand même',
	notYet: 'Pas encore',
	dismiss: 'Fermer',
	mergedByYou:
		'Vous avez enregistré dans un autre onglet entre-temps : fusionné avec vos modifications ici, sans conflit.',
	mergedBy: (who) =>
		`${who} a enregistré entre-temps : fusionné avec vos modifications, sans conflit.`,
	anotherEditor: 'Un autre rédacteur',
	conflictYou: {
		status: 'Enregistré par vous dans un autre onglet : fusion ci-dessous',
		heading:
			'Vous avez enregistré cette chronologie dans un autre onglet pendant que vous la modifiiez ici'
	},
	conflictStatus: 'Un autre rédacteur a enregistré : fusion ci-dessous',
	conflictHeading: (who) => `${who} a enregistré cette chronologie pendant que vous la modifiiez`,
	pageTitle: (title) => `Modifier : ${title} · Dateline`,
	editing: (title) =>
		title === null ? 'Modification d’une chronologie' : `Modification de ${q(title)}`,
	reading: 'Lecture de l’article et recherche de ses dates… Cette page se met à jour d’elle-même.',
	loadingDraft: (n) => `Chargement des ${count(n)} événements du brouillon…`,
	draftNotLoaded: (why) =>
		`Le brouillon n’a pas pu être chargé : ${why}. Rechargez pour réessayer.`,
	timelineTitle: 'Titre de la chronologie',
	notPublished: 'Non publiée',
	readersSee: (n) => `Les lecteurs voient la révision ${n}`,
	unpublish: 'Dépublier',
	unpublishLabel: (title) => `Dépublier : retirer ${q(title)} du site`,
	draftRevision: (n) => `révision du brouillon ${n}`,
	asPublished: 'le brouillon est ce que voient les lecteurs',
	events,
	noStoryDate: (day) =>
		`pas de date d’article (les dates relatives comptent à partir du ${day}, jour de l’import)`,
	storyOf: (day) => `article du ${day}`,
	download: 'Télécharger le brouillon :',
	formats: {
		json: 'JSON Dateline',
		timelinejs: 'JSON TimelineJS',
		csv: 'Feuille TimelineJS (.csv)',
		ics: 'Calendrier (.ics)'
	},
	addArticle: 'Ajouter un autre article',
	addArticleHint:
		'Ses événements datés rejoignent cette chronologie ; un fait qu’il raconte et qui s’y trouve déjà (même date, à peu près les mêmes mots) reste un seul événement citant les deux sources.',
	eventsHeading: 'Événements',
	leastCertainFirst: 'les moins sûrs d’abord',
	mergeSelected: (n) => (n > 1 ? `Fusionner les ${n} sélectionnés` : 'Fusionner la sélection'),
	findEvent: 'Chercher un événement',
	findPlaceholder: 'Des mots ou une année',
	pagesOfEvents: 'Pages d’événements',
	previous: (n) => `${n} précédents`,
	next: (n) => `${n} suivants`,
	shownEvents: (from, to, of, query) =>
		`Événements ${count(from)} à ${count(to)} sur ${count(of)}${query ? ` contenant ${q(query)}` : ''}`,
	noMatch: (query) => `Aucun événement ne contient ${q(query)}`,
	clearSearch: 'Effacer la recherche',
	noEvents: 'Aucun événement. Ajoutez-en un depuis une phrase de l’article.',
	preview: 'Aperçu de la chronologie telle que les lecteurs la verront',
	restoredLocal: 'Vos modifications non enregistrées dans ce navigateur ont été restaurées.',
	articleAdded: (title, found, merged) =>
		`${q(title)} ajouté : ${count(found)} événements datés, ` +
		(merged
			? `dont ${count(merged)} déjà présents, qui citent maintenant les deux sources.`
			: 'aucun déjà présent.'),
	eventsMerged: (n, title) => `${n} événements fusionnés en ${q(title)}.`,
	saveFirst: 'Enregistrez d’abord le brouillon (voir plus haut), puis publiez.',
	published: (n) =>
		`Révision ${n} publiée. Les lecteurs et les intégrations la montrent désormais.`,
	openReader: 'Ouvrir la page de lecture',
	openEmbed: 'Ouvrir l’intégration',
	notPublishedBecause: (why) => `Non publiée : ${why}`,
	unpublished:
		'Retirée du site : sa page et ses intégrations répondent désormais « introuvable ». Le brouillon et son historique restent ; Publier la remet en ligne.',
	notUnpublished: (why) => `Non dépubliée : ${why}`,
	historyNotLoaded: (why) => `L’historique n’a pas pu être chargé : ${why}`,
	restored: (n, as, readersSee) =>
		`Révision ${n} restaurée comme révision ${as}.` +
		(readersSee === null || readersSee === n
			? ''
			: ` Les lecteurs voient toujours la révision ${readersSee} : publiez pour leur montrer celle-ci.`),
	notRestored: (why) => `Non restaurée : ${why}`,
	eventAdded: (title) => `${q(title)} ajouté.`,
	mergeSaving: 'Fusionné. Enregistrement de votre version fusionnée…',
	selectToMerge: (title) => `Sélectionner ${q(title)} pour fusionner`,
	title: 'Titre',
	untitled: 'Événement sans titre',
	setADate: 'à dater',
	setADateWhy: 'Sa phrase ne donne pas de date : le jour de l’article tient sa place',
	checkDate: 'date à vérifier',
	checkDateWhy: 'L’extracteur n’était pas sûr de cette date',
	dateInferred: 'date déduite',
	inferredFrom: (text) => `Absente de sa phrase : tirée de ${q(text)}. Corrigez-la ci-dessous, ou`,
	keepDate: 'gardez cette date',
	forEvent: (title) => ` pour ${q(title)}`,
	start: 'Début',
	end: 'Fin',
	summary: 'Résumé',
	sources: (n) => (n === 1 ? 'Phrase source' : `${n} phrases sources`),
	showInArticle: 'Montrer dans l’article',
	split: 'Scinder',
	delete: 'Supprimer',
	noEnd: 'aucune',
	datePlaceholder: 'p. ex. late March 2020',
	understoodAs: 'Compris comme',
	pressEnter: 'Entrée pour l’utiliser',
	singleMoment: 'Pas de fin : un seul moment.',
	article: 'L’article',
	pickSentence:
		'Choisissez une phrase pour en faire un événement. Les phrases marquées en ont déjà un.',
	addFromSentence: 'Ajouter un événement depuis cette phrase',
	cancel: 'Annuler',
	savedAt: (n, time) => `La révision ${n} a été enregistrée à ${time} UTC.`,
	safeHere: 'Vos modifications sont à l’abri dans ce navigateur.',
	settled: (theirs, mine) =>
		`${theirs} ${theirs === 1 ? 'modification' : 'modifications'} de l’autre côté et ${mine} des vôtres fusionnées d’elles-mêmes.`,
	bothChanged: (n) =>
		`Vous avez tous deux modifié ${n} ${n === 1 ? 'élément' : 'éléments'} ci-dessous, chacun à votre façon : choisissez une version de chacun, puis enregistrez la version fusionnée.`,
	eachDifference:
		'Pour chaque différence, gardez la vôtre ou prenez la leur, puis enregistrez la version fusionnée.',
	keepMine: 'Garder la mienne',
	takeTheirs: 'Prendre la leur',
	deletedByYou: 'Supprimé par vous',
	deletedByThem: 'Supprimé de leur côté',
	orNotThere: ', ou absent',
	notInYours: 'Absent de la vôtre',
	notInTheirs: 'Absent de la leur',
	same: 'Votre brouillon et le leur sont identiques.',
	left: (n, of) => `Choisissez la vôtre ou la leur : ${n} sur ${of} restant.`,
	saveMerged: 'Enregistrer la version fusionnée',
	deleteTimeline: 'Supprimer la chronologie…',
	deleteQuestion: (title) => `Supprimer ${q(title)} ?`,
	readersLose:
		'Les lecteurs la perdent aussitôt : sa page, ses intégrations, oEmbed et son image d’aperçu répondent « introuvable », comme si elle n’avait jamais existé.',
	notSeen: 'Elle n’est pas publiée : aucun lecteur ne la voit.',
	whatGoes: (n, revisions) =>
		`Son brouillon, ses ${events(n)} et ${revisions === null ? 'son historique' : `son historique de ${count(revisions)} ${revisions === 1 ? 'révision' : 'révisions'}`} quittent les listes des rédacteurs.`,
	restorable: (days, published) =>
		`Pendant ${days} jours, tout rédacteur peut la restaurer depuis la page d’accueil (Supprimées récemment)${published ? ', publiée comme avant' : ''} ; ensuite elle disparaît pour de bon.`,
	keepIt: 'La garder',
	deleteIt: (title) => `Supprimer ${q(title)}`,
	notDeleted: (why) => `Non supprimée : ${why}`,
	loading: 'Chargement…',
	revision: (n) => `Révision ${n}`,
	publishedBadge: 'publiée',
	currentBadge: 'actuelle',
	takenOff: (who, when) => `retirée du site par ${who}, ${when}`,
	restoreRevision: (n) => `Restaurer la révision ${n}`,
	newTitle: 'Nouvelle chronologie',
	newLede:
		'Donnez l’article : collez-le, déposez une page enregistrée ou un fichier, ou donnez son adresse. Dateline trouve ses événements datés ; vous les vérifiez ensuite.',
	importNote:
		'Un fichier TimelineJS (son JSON, ou son modèle Google Sheets enregistré en .csv) ou une chronologie Dateline (.json) devient une chronologie telle quelle, sans relire les dates.',
	checkDetails: 'Vérifier les informations de l’article',
	findingDates: 'Recherche des dates…',
	datedEvents: (n) => `${count(n)} événements datés`,
	correctNext: 'trouvés. Vous pourrez les corriger ensuite.',
	andMore: (n) => `et ${count(n)} de plus`,
	giveTheDay:
		'Pas de date de publication, ni dans le texte : indiquez ci-dessus le jour où il a paru ; ses dates comptent à partir de lui.',
	checkDayFirst: 'Vérifiez d’abord le jour de publication ci-dessus : ses dates en dépendent.',
	create: 'Créer la chronologie',
	startOver: 'Recommencer',
	theArticle: 'L’article',
	pasteLabel: 'Collez l’article (texte ou HTML d’une page)',
	pastePlaceholder: (kinds) => `Collez ici, ou déposez un fichier ${kinds}`,
	readPasted: 'Lire l’article collé',
	chooseFile: 'Ou choisir un fichier…',
	chooseFileOf: (kinds) => `Ou choisir un fichier ${kinds}`,
	webAddress: 'Ou son adresse web',
	fetch: 'Récupérer',
	readingFile: 'Lecture du fichier ou de l’article…',
	fileKinds: (kinds) => `${kinds.slice(0, -1).join(', ')} ou ${kinds.at(-1)}`,
	notAFile: (name, kinds) =>
		`${name} : Dateline ne lit pas ce fichier ; donnez un fichier ${kinds}.`,
	tooLarge: (name) => `${name} : plus de 5 Mo ; collez plutôt le texte de l’article.`,
	fieldTitle: 'Titre',
	fieldSource: 'Source',
	fieldAddress: 'Adresse',
	fieldPublished: 'Publié le',
	noPublicationDate: 'La page ne donne pas de date de publication : indiquez le jour où il a paru.',
	isRight: (day) => `${day} est juste`,
	articleText: 'Texte de l’article',
	addToTimeline: 'Ajouter à cette chronologie',
	merging: 'Lecture de ses dates et fusion…',
	notAdded: (why) => `Non ajouté : ${why}`,
	notRead: 'L’article n’a pas pu être lu en événements.'
};
