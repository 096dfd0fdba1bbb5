import type { DialogWords } from './en';
import { SHOWN } from './shown';

/** Counts with the language's digit grouping (10,000 · 10 000 · 10.000). */
const count = new Intl.NumberFormat('es').format;

export const es: DialogWords = {
	embed: 'Insertar',
	embedTitle: 'Insertar esta cronología',
	close: 'Cerrar',
	theme: 'Tema',
	themeLight: 'Claro',
	themeDark: 'Oscuro',
	themeAuto: 'Ajuste del lector',
	language: 'Idioma',
	startEvent: 'Abrir en el acontecimiento',
	noStartEvent: 'Ninguno (toda la cronología)',
	height: 'Altura',
	fitHeight: 'Ajustar a la cronología',
	fixedHeight: 'Altura fija en píxeles',
	showArticle: 'Mostrar el texto del artículo',
	copySnippet: 'Copiar código',
	copied: 'Copiado al portapapeles.',
	pressToCopy: 'Pulse Ctrl+C (⌘C en un Mac) para copiar el código seleccionado.',
	embedHint:
		'Pegue esto donde deba aparecer la cronología. Funciona en cualquier página que admita iframes; el script que lo acompaña ajusta el marco a la cronología.',
	fixed: 'Fija:',
	snippet: 'Código',
	langAuto: 'Idioma del lector',
	previewTitle: (title) => `Vista previa: cronología: ${title}`,
	preview: 'Vista previa',
	startEventHint: 'Palabras de su título, o un año',
	startEventMatches: (n, query) =>
		n === 0
			? `Ningún acontecimiento coincide con «${query}»`
			: `${count(n)} ${n === 1 ? 'acontecimiento coincide' : 'acontecimientos coinciden'} con «${query}»${n > SHOWN ? `: se muestran los ${SHOWN} primeros` : ''}`,
	searching: 'Buscando…',
	opensOn: (title) => `Se abre en: ${title}`,
	clearStartEvent: 'Abrir en toda la cronología'
};
