import type { DialogWords } from './en';
import { SHOWN } from './shown';

/** Counts with the language's digit grouping (10,000 · 10 000 · 10.000). */
const count = new Intl.NumberFormat('de').format;

export const de: DialogWords = {
	embed: 'Einbetten',
	embedTitle: 'Diese Zeitleiste einbetten',
	close: 'Schließen',
	theme: 'Farbschema',
	themeLight: 'Hell',
	themeDark: 'Dunkel',
	themeAuto: 'Einstellung des Lesers',
	language: 'Sprache',
	startEvent: 'Öffnen bei Ereignis',
	noStartEvent: 'Keinem (die ganze Zeitleiste)',
	height: 'Höhe',
	fitHeight: 'An die Zeitleiste anpassen',
	fixedHeight: 'Feste Höhe in Pixeln',
	showArticle: 'Den Artikeltext zeigen',
	copySnippet: 'Code kopieren',
	copied: 'In die Zwischenablage kopiert.',
	pressToCopy: 'Drücken Sie Strg+C (⌘C auf dem Mac), um den markierten Code zu kopieren.',
	embedHint:
		'Fügen Sie dies dort ein, wo die Zeitleiste erscheinen soll. Es funktioniert auf jeder Seite, die iframes erlaubt; das Skript daneben passt den Rahmen an die Zeitleiste an.',
	fixed: 'Fest:',
	snippet: 'Code',
	langAuto: 'Sprache des Lesers',
	previewTitle: (title) => `Vorschau: Zeitleiste: ${title}`,
	preview: 'Vorschau',
	startEventHint: 'Wörter seines Titels oder ein Jahr',
	startEventMatches: (n, query) =>
		n === 0
			? `Kein Ereignis passt zu „${query}“`
			: `${count(n)} ${n === 1 ? 'Ereignis passt' : 'Ereignisse passen'} zu „${query}“${n > SHOWN ? `: die ersten ${SHOWN} werden gezeigt` : ''}`,
	searching: 'Suche…',
	opensOn: (title) => `Öffnet bei: ${title}`,
	clearStartEvent: 'Bei der ganzen Zeitleiste öffnen'
};
