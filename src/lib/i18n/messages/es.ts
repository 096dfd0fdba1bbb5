import type { Messages } from './en';

/** Made once, as in en.ts. */
const count = new Intl.NumberFormat('es');

const MONTHS =
	'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
/** Days and months as Spanish writes them: "9–15 de marzo de 2026", "diciembre de 2027". */
const days = (span: string) =>
	`${span}`
		.replace(new RegExp(`\\b(\\d{1,2}) (?=${MONTHS})`, 'g'), '$1 de ')
		.replace(new RegExp(`(${MONTHS}) (?=\\d)`, 'g'), '$1 de ');

/**
 * "de" before a date's words, with the article Spanish gives them: "de la primavera de 2020",
 * "del invierno de 2027", "del siglo XIX", "de los años 1970", "de la semana del …".
 */
const of = (when: string) =>
	`de ${when}`
		.replace(/^de (?=primavera|semana)/, 'de la ')
		.replace(/^de (?=verano|otoño|invierno|primer|segundo|T\d)/, 'del ')
		.replace(/^de el /, 'del ');

export const es: Messages = {
	zoom: 'Zoom',
	timelineOf: (title) => `Cronología: ${title}`,
	keys: '+ y − para acercar o alejar, flechas para desplazarse, Inicio y Fin para ir a los extremos; Tab para llegar a los eventos',
	inView: (percent) => `Zoom ${percent} %, mostrando`,
	zoomHint: (key: string) => `Usa ${key} + rueda para hacer zoom`,
	ctrlKey: 'Ctrl',
	zoomIn: 'Acercar',
	zoomOut: 'Alejar',
	fit: 'Todo',
	fitAll: 'Ver toda la cronología',
	steps: 'Acontecimientos',
	previousEvent: 'Acontecimiento anterior',
	nextEvent: 'Acontecimiento siguiente',
	eventsInOrder: 'Acontecimientos por fecha',
	afterDate: ':',
	printPart: (shown, total) =>
		`${count.format(shown)} de ${count.format(total)} acontecimientos: los visibles. Acerque o desplácese a los demás e imprima de nuevo.`,
	eventCount: (n) => (n === 1 ? '1 acontecimiento' : `${count.format(n)} acontecimientos`),
	clusterHint: (n, span) => `${n} acontecimientos, ${span}: acerque para verlos`,
	clusterList: (n, span) => `${n} acontecimientos, ${span}: verlos en una lista`,
	closeList: 'Cerrar la lista',
	earlierEvents: (n) =>
		`${n} ${n === 1 ? 'acontecimiento anterior' : 'acontecimientos anteriores'}: ver el más cercano`,
	laterEvents: (n) =>
		`${n} ${n === 1 ? 'acontecimiento posterior' : 'acontecimientos posteriores'}: ver el más cercano`,
	more: 'Ver más de la cronología',
	less: 'Ver menos de la cronología',
	nowReading: (title) => `Leyendo ahora: ${title}`,
	barMeaningBrief: 'Barra: tiempo posible; punto: día conocido',
	barMeaning:
		'Una barra abarca el tiempo que puede significar una fecha; un punto, un día conocido.',
	closeCard: 'Cerrar los detalles del acontecimiento',
	asWritten: 'Tal como se escribió',
	when: 'Cuándo',
	to: 'a',
	showInArticle: 'Ver en el artículo',
	toldIn: 'Contado en',
	sentenceRef: (i, article) => `frase ${i + 1}${article ? ` (${article})` : ''}`,
	dateInferred: 'Fecha deducida',
	inferredFrom: 'la frase no da fecha; tomada de su contexto:',
	status: 'Estado',
	planned: 'previsto, aún no ocurrido',
	sometimeIn: (when) => `en algún momento ${of(when)}`,
	around: (when, span) => `hacia ${when} (${span})`,
	shortlyBefore: (when, span) => `poco antes de ${when} (${span})`,
	shortlyAfter: (when, span) => `poco después de ${when} (${span})`,
	daysBefore: (month) => `unos días antes de ${days(month)}`,
	weeksBefore: (month) => `unas semanas antes de ${days(month)}`,
	monthsBefore: (month) => `unos meses antes de ${days(month)}`,
	yearsBefore: (month) => `unos años antes de ${days(month)}`,
	decadesBefore: (month) => `décadas antes de ${days(month)}`,
	aboutAYearBefore: (month) => `alrededor de un año antes de ${days(month)}`,
	sometimeAfter: (month) => `después de ${days(month)}`,
	atTimeOfWriting: 'en el momento de escribir',
	boundsInWords: days,
	weekOf: (days) => `semana del ${days}`,
	source: (name) => `Fuente: ${name}`,
	readOn: 'Leer en Dateline'
};
