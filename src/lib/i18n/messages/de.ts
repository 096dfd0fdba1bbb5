import type { Messages } from './en';

/** Made once, as in en.ts. */
const count = new Intl.NumberFormat('de');

const MONTH =
	'(?=Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)';
/** Days as German writes them, with their points: "9.–15. März 2026", "28. Februar – 5. März". */
const days = (span: string) =>
	`${span}`
		.replace(new RegExp(`\\b(\\d{1,2})–(\\d{1,2}) ${MONTH}`, 'g'), '$1.–$2. ')
		.replace(new RegExp(`\\b(\\d{1,2}) ${MONTH}`, 'g'), '$1. ');

/**
 * A date's words after "irgendwann", with the preposition and case German gives them: "im
 * Frühling 2020", "im März 2020", "in der Woche vom …", "in den 1970er Jahren", "im 19.
 * Jahrhundert", "im ersten Halbjahr 2020"; a year stands alone ("irgendwann 2016").
 */
const within = (when: string) =>
	` ${when}`
		.replace(/^ die Woche /, ' in der Woche ')
		.replace(/^ die (\d+er Jahre)/, ' in den $1n')
		.replace(/^ das /, ' im ')
		.replace(/^ (erst|zweit)es /, ' im $1en ')
		.replace(/^ (?=\p{Lu})/u, ' im ')
		.slice(1);

export const de: Messages = {
	zoom: 'Zoom',
	timelineOf: (title) => `Zeitleiste: ${title}`,
	keys: '+ und − zoomen, Pfeiltasten verschieben, Pos1 und Ende springen an die Enden; Tab erreicht die Ereignisse',
	inView: (percent) => `Zoom ${percent} %, angezeigt:`,
	zoomHint: (key: string) => `Mit ${key} + Mausrad zoomen`,
	// The key's name on a German keyboard.
	ctrlKey: 'Strg',
	zoomIn: 'Vergrößern',
	zoomOut: 'Verkleinern',
	fit: 'Alles',
	fitAll: 'Die ganze Zeitleiste zeigen',
	steps: 'Ereignisse',
	previousEvent: 'Vorheriges Ereignis',
	nextEvent: 'Nächstes Ereignis',
	eventsInOrder: 'Ereignisse nach Datum',
	afterDate: ':',
	printPart: (shown, total) =>
		`${count.format(shown)} von ${count.format(total)} Ereignissen: die sichtbaren. Zoomen oder verschieben Sie zu den anderen und drucken Sie erneut.`,
	eventCount: (n) => (n === 1 ? '1 Ereignis' : `${count.format(n)} Ereignisse`),
	clusterHint: (n, span) => `${n} Ereignisse, ${span}: vergrößern, um sie zu zeigen`,
	clusterList: (n, span) => `${n} Ereignisse, ${span}: als Liste zeigen`,
	closeList: 'Liste schließen',
	earlierEvents: (n) =>
		`${n} ${n === 1 ? 'früheres Ereignis' : 'frühere Ereignisse'}: das nächste zeigen`,
	laterEvents: (n) =>
		`${n} ${n === 1 ? 'späteres Ereignis' : 'spätere Ereignisse'}: das nächste zeigen`,
	more: 'Mehr von der Zeitleiste zeigen',
	less: 'Weniger von der Zeitleiste zeigen',
	nowReading: (title) => `Sie lesen gerade: ${title}`,
	barMeaningBrief: 'Balken: mögliche Zeit; Punkt: bekannter Tag',
	barMeaning:
		'Ein Balken umfasst die Zeit, die ein Datum meinen kann; ein Punkt einen bekannten Tag.',
	closeCard: 'Details zum Ereignis schließen',
	asWritten: 'Im Text',
	when: 'Wann',
	to: 'bis',
	showInArticle: 'Im Artikel zeigen',
	toldIn: 'Erzählt in',
	sentenceRef: (i, article) => `Satz ${i + 1}${article ? ` (${article})` : ''}`,
	dateInferred: 'Datum erschlossen',
	inferredFrom: 'der Satz nennt kein Datum; aus dem Zusammenhang:',
	status: 'Status',
	planned: 'geplant, noch nicht geschehen',
	sometimeIn: (when) => `irgendwann ${within(when)}`,
	around: (when, span) => `um ${when} (${span})`,
	shortlyBefore: (when, span) => `kurz vor ${when} (${span})`,
	shortlyAfter: (when, span) => `kurz nach ${when} (${span})`,
	daysBefore: (month) => `einige Tage vor ${month}`,
	weeksBefore: (month) => `einige Wochen vor ${month}`,
	monthsBefore: (month) => `einige Monate vor ${month}`,
	yearsBefore: (month) => `einige Jahre vor ${month}`,
	decadesBefore: (month) => `Jahrzehnte vor ${month}`,
	aboutAYearBefore: (month) => `etwa ein Jahr vor ${month}`,
	sometimeAfter: (month) => `irgendwann nach ${month}`,
	atTimeOfWriting: 'zum Zeitpunkt des Schreibens',
	boundsInWords: days,
	weekOf: (days) => `die Woche vom ${days}`,
	source: (name) => `Quelle: ${name}`,
	readOn: 'Auf Dateline lesen'
};
