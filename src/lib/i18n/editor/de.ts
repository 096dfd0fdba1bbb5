import type { EditorWords } from './en';

const count = new Intl.NumberFormat('de').format;
const q = (s: string) => `„${s}“`;
const events = (n: number) => `${count(n)} ${n === 1 ? 'Ereignis' : 'Ereignisse'}`;

export const de: EditorWords = {
	status: {
		saved: 'Alle Änderungen gespeichert',
		pending: 'Gleich wird gespeichert…',
		saving: 'Wird gespeichert…',
		offline: 'Offline: Änderungen in diesem Browser behalten',
		error: 'Nicht gespeichert'
	},
	undo: 'Rückgängig',
	redo: 'Wiederholen',
	history: 'Verlauf',
	publish: 'Veröffentlichen',
	undatedAsk: (n) =>
		`${n === 1 ? '1 Ereignis hat' : `${count(n)} Ereignisse haben`} noch kein eigenes Datum („Datum setzen“): Leser hielten den Tag des Artikels für ${n === 1 ? 'sein Datum' : 'ihr Datum'}. Setzen Sie ${n === 1 ? 'es' : 'sie'} zuerst, oder veröffentlichen Sie trotzdem.`,
	publishAnyway: 'Trotzdem veröffentlichen',
	notYet: 'Noch nicht',
	dismiss: 'Schließen',
	mergedByYou:
		'Sie haben inzwischen in einem anderen Tab gespeichert: mit Ihren Änderungen hier zusammengeführt, ohne Konflikt.',
	mergedBy: (who) =>
		`${who} hat inzwischen gespeichert: mit Ihren Änderungen zusammengeführt, ohne Konflikt.`,
	anotherEditor: 'Eine andere Redakteurin oder ein anderer Redakteur',
	conflictYou: {
		status: 'In einem anderen Tab von Ihnen gespeichert: unten zusammenführen',
		heading:
			'Sie haben diese Zeitleiste in einem anderen Tab gespeichert, während Sie hier bearbeiteten'
	},
	conflictStatus: 'Jemand anderes hat gespeichert: unten zusammenführen',
	conflictHeading: (who) => `${who} hat diese Zeitleiste gespeichert, während Sie bearbeiteten`,
	pageTitle: (title) => `Bearbeiten: ${title} · Dateline`,
	editing: (title) => (title === null ? 'Eine Zeitleiste bearbeiten' : `${q(title)} bearbeiten`),
	reading:
		'Der Artikel wird gelesen und seine Daten gesucht… Diese Seite aktualisiert sich selbst.',
	loadingDraft: (n) => `Die ${count(n)} Ereignisse des Entwurfs werden geladen…`,
	draftNotLoaded: (why) =>
		`Der Entwurf konnte nicht geladen werden: ${why}. Laden Sie die Seite neu, um es noch einmal zu versuchen.`,
	timelineTitle: 'Titel der Zeitleiste',
	notPublished: 'Nicht veröffentlicht',
	readersSee: (n) => `Leser sehen Revision ${n}`,
	unpublish: 'Zurückziehen',
	unpublishLabel: (title) => `Zurückziehen: ${q(title)} von der Website nehmen`,
	draftRevision: (n) => `Entwurfsrevision ${n}`,
	asPublished: 'der Entwurf ist, was Leser sehen',
	events,
	noStoryDate: (day) =>
		`kein Artikeldatum (relative Angaben zählen ab ${day}, dem Tag des Imports)`,
	storyOf: (day) => `Artikel vom ${day}`,
	download: 'Entwurf herunterladen:',
	formats: {
		json: 'Dateline-JSON',
		timelinejs: 'TimelineJS-JSON',
		csv: 'TimelineJS-Tabelle (.csv)',
		ics: 'Kalender (.ics)'
	},
	addArticle: 'Weiteren Artikel hinzufügen',
	addArticleHint:
		'Seine datierten Ereignisse kommen in diese Zeitleiste; ein Geschehen, das schon hier steht (gleiches Datum, fast dieselben Worte), bleibt ein Ereignis mit beiden Quellen.',
	eventsHeading: 'Ereignisse',
	leastCertainFirst: 'die unsichersten zuerst',
	mergeSelected: (n) => (n > 1 ? `${n} ausgewählte zusammenführen` : 'Auswahl zusammenführen'),
	findEvent: 'Ereignis suchen',
	findPlaceholder: 'Wörter oder ein Jahr',
	pagesOfEvents: 'Seiten der Ereignisse',
	previous: (n) => `Vorige ${n}`,
	next: (n) => `Nächste ${n}`,
	shownEvents: (from, to, of, query) =>
		`Ereignisse ${count(from)}–${count(to)} von ${count(of)}${query ? ` mit ${q(query)}` : ''}`,
	noMatch: (query) => `Kein Ereignis enthält ${q(query)}`,
	clearSearch: 'Suche leeren',
	noEvents: 'Keine Ereignisse. Fügen Sie eines aus einem Satz des Artikels hinzu.',
	preview: 'Vorschau der Zeitleiste, wie Leser sie sehen werden',
	restoredLocal: 'Ihre nicht gespeicherten Änderungen aus diesem Browser wurden wiederhergestellt.',
	articleAdded: (title, found, merged) =>
		`${q(title)} hinzugefügt: ${count(found)} datierte Ereignisse, ` +
		(merged
			? `${count(merged)} davon schon hier, jetzt mit beiden Quellen.`
			: 'keines davon schon hier.'),
	eventsMerged: (n, title) => `${n} Ereignisse zu ${q(title)} zusammengeführt.`,
	saveFirst: 'Speichern Sie zuerst den Entwurf (siehe oben), dann veröffentlichen Sie.',
	published: (n) => `Revision ${n} veröffentlicht. Leser und Einbettungen zeigen sie jetzt.`,
	openReader: 'Leseseite öffnen',
	openEmbed: 'Einbettung öffnen',
	notPublishedBecause: (why) => `Nicht veröffentlicht: ${why}`,
	unpublished:
		'Von der Website genommen: Seite und Einbettungen antworten jetzt „nicht gefunden“. Entwurf und Verlauf bleiben; Veröffentlichen stellt sie wieder online.',
	notUnpublished: (why) => `Nicht zurückgezogen: ${why}`,
	historyNotLoaded: (why) => `Der Verlauf konnte nicht geladen werden: ${why}`,
	restored: (n, as, readersSee) =>
		`Revision ${n} als Revision ${as} wiederhergestellt.` +
		(readersSee === null || readersSee === n
			? ''
			: ` Leser sehen weiter Revision ${readersSee}: Veröffentlichen zeigt ihnen diese.`),
	notRestored: (why) => `Nicht wiederhergestellt: ${why}`,
	eventAdded: (title) => `${q(title)} hinzugefügt.`,
	mergeSaving: 'Zusammengeführt. Ihre zusammengeführte Fassung wird gespeichert…',
	selectToMerge: (title) => `${q(title)} zum Zusammenführen auswählen`,
	title: 'Titel',
	untitled: 'Ereignis ohne Titel',
	setADate: 'Datum setzen',
	setADateWhy: 'Sein Satz nennt kein Datum: der Tag des Artikels hält den Platz',
	checkDate: 'Datum prüfen',
	checkDateWhy: 'Der Extraktor war bei diesem Datum nicht sicher',
	dateInferred: 'Datum erschlossen',
	inferredFrom: (text) =>
		`Nicht in seinem Satz: übernommen aus ${q(text)}. Korrigieren Sie es unten, oder`,
	keepDate: 'dieses Datum behalten',
	forEvent: (title) => ` für ${q(title)}`,
	start: 'Beginn',
	end: 'Ende',
	summary: 'Zusammenfassung',
	sources: (n) => (n === 1 ? 'Quellsatz' : `${n} Quellsätze`),
	showInArticle: 'Im Artikel zeigen',
	split: 'Teilen',
	delete: 'Löschen',
	noEnd: 'keins',
	datePlaceholder: 'z. B. late March 2020',
	understoodAs: 'Verstanden als',
	pressEnter: 'mit Enter übernehmen',
	singleMoment: 'Kein Ende: ein einzelner Zeitpunkt.',
	article: 'Artikel',
	pickSentence:
		'Wählen Sie einen Satz, um daraus ein Ereignis zu machen. Markierte Sätze haben schon eines.',
	addFromSentence: 'Ereignis aus diesem Satz hinzufügen',
	cancel: 'Abbrechen',
	savedAt: (n, time) => `Revision ${n} wurde um ${time} UTC gespeichert.`,
	safeHere: 'Ihre Änderungen sind in diesem Browser sicher.',
	settled: (theirs, mine) =>
		`${theirs} ${theirs === 1 ? 'Änderung' : 'Änderungen'} der anderen Seite und ${mine} von Ihnen von selbst zusammengeführt.`,
	bothChanged: (n) =>
		`Sie beide haben unten ${n} ${n === 1 ? 'Sache' : 'Sachen'} geändert, jeder auf seine Weise: Wählen Sie je eine Fassung und speichern Sie dann die zusammengeführte Fassung.`,
	eachDifference:
		'Behalten Sie bei jedem Unterschied Ihre Fassung oder übernehmen Sie die andere, dann speichern Sie die zusammengeführte Fassung.',
	keepMine: 'Meine behalten',
	takeTheirs: 'Die andere übernehmen',
	deletedByYou: 'Von Ihnen gelöscht',
	deletedByThem: 'Von der anderen Seite gelöscht',
	orNotThere: ' oder nicht vorhanden',
	notInYours: 'Nicht in Ihrer Fassung',
	notInTheirs: 'Nicht in der anderen Fassung',
	same: 'Ihr Entwurf und der andere sind gleich.',
	left: (n, of) => `Wählen Sie Ihre oder die andere Fassung: noch ${n} von ${of}.`,
	saveMerged: 'Zusammengeführte Fassung speichern',
	deleteTimeline: 'Zeitleiste löschen…',
	deleteQuestion: (title) => `${q(title)} löschen?`,
	readersLose:
		'Leser verlieren sie sofort: Seite, Einbettungen, oEmbed und Vorschaubild antworten „nicht gefunden“, als hätte es sie nie gegeben.',
	notSeen: 'Sie ist nicht veröffentlicht, kein Leser sieht sie.',
	whatGoes: (n, revisions) =>
		`Ihr Entwurf, ${events(n)} und ${revisions === null ? 'ihr Verlauf' : `ihr Verlauf aus ${count(revisions)} ${revisions === 1 ? 'Revision' : 'Revisionen'}`} verschwinden aus den Listen der Redaktion.`,
	restorable: (days, published) =>
		`${days} Tage lang kann sie jede Redakteurin und jeder Redakteur auf der Startseite wiederherstellen (Kürzlich gelöscht)${published ? ', veröffentlicht wie zuvor' : ''}; danach ist sie endgültig weg.`,
	keepIt: 'Behalten',
	deleteIt: (title) => `${q(title)} löschen`,
	notDeleted: (why) => `Nicht gelöscht: ${why}`,
	loading: 'Wird geladen…',
	revision: (n) => `Revision ${n}`,
	publishedBadge: 'veröffentlicht',
	currentBadge: 'aktuell',
	takenOff: (who, when) => `von ${who} von der Website genommen, ${when}`,
	restoreRevision: (n) => `Revision ${n} wiederherstellen`,
	newTitle: 'Neue Zeitleiste',
	newLede:
		'Geben Sie den Artikel an: einfügen, eine gespeicherte Seite oder Datei ablegen oder seine Adresse angeben. Dateline findet seine datierten Ereignisse; Sie prüfen sie danach.',
	importNote:
		'Eine TimelineJS-Datei (ihr JSON oder ihre als .csv gespeicherte Google-Sheets-Vorlage) oder eine Dateline-Zeitleiste (.json) wird so, wie sie ist, zur Zeitleiste, ohne Daten neu zu lesen.',
	checkDetails: 'Angaben zum Artikel prüfen',
	findingDates: 'Daten werden gesucht…',
	datedEvents: (n) => `${count(n)} datierte Ereignisse`,
	correctNext: 'gefunden. Sie können sie danach korrigieren.',
	andMore: (n) => `und ${count(n)} weitere`,
	giveTheDay:
		'Kein Erscheinungsdatum, auch nicht im Text: Geben Sie oben den Tag an, an dem er erschien; seine Daten zählen ab ihm.',
	checkDayFirst: 'Prüfen Sie zuerst oben den Tag der Veröffentlichung: die Daten zählen von ihm.',
	create: 'Zeitleiste anlegen',
	startOver: 'Neu beginnen',
	theArticle: 'Der Artikel',
	pasteLabel: 'Artikel einfügen (Text oder HTML einer Seite)',
	pastePlaceholder: (kinds) => `Hier einfügen oder eine ${kinds}-Datei ablegen`,
	readPasted: 'Eingefügten Artikel lesen',
	chooseFile: 'Oder eine Datei wählen…',
	chooseFileOf: (kinds) => `Oder eine ${kinds}-Datei wählen`,
	webAddress: 'Oder seine Webadresse',
	fetch: 'Abrufen',
	readingFile: 'Datei oder Artikel wird gelesen…',
	fileKinds: (kinds) => `${kinds.slice(0, -1).join(', ')} oder ${kinds.at(-1)}`,
	notAFile: (name, kinds) =>
		`${name}: keine Datei, die Dateline liest; geben Sie eine ${kinds}-Datei an.`,
	tooLarge: (name) => `${name}: größer als 5 MB; fügen Sie stattdessen den Text des Artikels ein.`,
	fieldTitle: 'Titel',
	fieldSource: 'Quelle',
	fieldAddress: 'Adresse',
	fieldPublished: 'Erschienen',
	noPublicationDate:
		'Die Seite nennt kein Erscheinungsdatum: Geben Sie den Tag an, an dem er erschien.',
	isRight: (day) => `${day} stimmt`,
	articleText: 'Text des Artikels',
	addToTimeline: 'Zu dieser Zeitleiste hinzufügen',
	merging: 'Seine Daten werden gelesen und zusammengeführt…',
	notAdded: (why) => `Nicht hinzugefügt: ${why}`,
	notRead: 'Aus dem Artikel konnten keine Ereignisse gelesen werden.'
};
