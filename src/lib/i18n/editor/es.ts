import type { EditorWords } from './en';

const count = new Intl.NumberFormat('es').format;
const q = (s: string) => `«${s}»`;
const events = (n: number) => `${count(n)} ${n === 1 ? 'acontecimiento' : 'acontecimientos'}`;

export const es: EditorWords = {
	status: {
		saved: 'Cambios guardados',
		pending: 'Se guardará enseguida…',
		saving: 'Guardando…',
		offline: 'Sin conexión: cambios guardados en este navegador',
		error: 'No guardado'
	},
	undo: 'Deshacer',
	redo: 'Rehacer',
	history: 'Historial',
	publish: 'Publicar',
	undatedAsk: (n) =>
		`${n === 1 ? '1 acontecimiento no tiene' : `${count(n)} acontecimientos no tienen`} aún fecha propia («poner fecha»): los lectores tomarían el día del artículo por ${n === 1 ? 'su fecha' : 'sus fechas'}. ${n === 1 ? 'Póngala' : 'Póngalas'} primero, o publique de todos modos.`,
	publishAnyway: 'Publicar de todos modos',
	notYet: 'Todavía no',
	dismiss: 'Cerrar',
	mergedByYou:
		'Guardó en otra pestaña mientras tanto: combinado con sus cambios de aquí, sin conflictos.',
	mergedBy: (who) => `${who} guardó mientras tanto: combinado con sus cambios, sin conflictos.`,
	anotherEditor: 'Otra persona de la redacción',
	conflictYou: {
		status: 'Guardó esto en otra pestaña: combine abajo',
		heading: 'Guardó esta cronología en otra pestaña mientras la editaba aquí'
	},
	conflictStatus: 'Otra persona guardó: combine abajo',
	conflictHeading: (who) => `${who} guardó esta cronología mientras usted la editaba`,
	pageTitle: (title) => `Editar: ${title} · Dateline`,
	editing: (title) => (title === null ? 'Edición de una cronología' : `Edición de ${q(title)}`),
	reading: 'Leyendo el artículo y buscando sus fechas… Esta página se actualiza sola.',
	loadingDraft: (n) => `Cargando los ${count(n)} acontecimientos del borrador…`,
	draftNotLoaded: (why) =>
		`No se pudo cargar el borrador: ${why}. Recargue para intentarlo de nuevo.`,
	timelineTitle: 'Título de la cronología',
	notPublished: 'Sin publicar',
	readersSee: (n) => `Los lectores ven la revisión ${n}`,
	unpublish: 'Despublicar',
	unpublishLabel: (title) => `Despublicar: retirar ${q(title)} del sitio`,
	draftRevision: (n) => `revisión ${n} del borrador`,
	asPublished: 'el borrador es lo que ven los lectores',
	events,
	noStoryDate: (day) =>
		`sin fecha del artículo (las fechas relativas cuentan desde el ${day}, día de la importación)`,
	storyOf: (day) => `artículo del ${day}`,
	download: 'Descargar el borrador:',
	formats: {
		json: 'JSON de Dateline',
		timelinejs: 'JSON de TimelineJS',
		csv: 'Hoja de TimelineJS (.csv)',
		ics: 'Calendario (.ics)'
	},
	addArticle: 'Añadir otro artículo',
	addArticleHint:
		'Sus acontecimientos fechados se suman a esta cronología; un hecho que ya está aquí (misma fecha, casi las mismas palabras) sigue siendo un acontecimiento con ambas fuentes.',
	eventsHeading: 'Acontecimientos',
	leastCertainFirst: 'los menos seguros primero',
	mergeSelected: (n) => (n > 1 ? `Combinar los ${n} seleccionados` : 'Combinar la selección'),
	findEvent: 'Buscar un acontecimiento',
	findPlaceholder: 'Palabras o un año',
	pagesOfEvents: 'Páginas de acontecimientos',
	previous: (n) => `${n} anteriores`,
	next: (n) => `${n} siguientes`,
	shownEvents: (from, to, of, query) =>
		`Acontecimientos ${count(from)}–${count(to)} de ${count(of)}${query ? ` con ${q(query)}` : ''}`,
	noMatch: (query) => `Ningún acontecimiento contiene ${q(query)}`,
	clearSearch: 'Borrar la búsqueda',
	noEvents: 'No hay acontecimientos. Añada uno desde una frase del artículo.',
	preview: 'Vista previa de la cronología tal como la verán los lectores',
	restoredLocal: 'Se restauraron sus cambios sin guardar de este navegador.',
	articleAdded: (title, found, merged) =>
		`${q(title)} añadido: ${count(found)} acontecimientos fechados, ` +
		(merged
			? `${count(merged)} de ellos ya estaban, ahora con ambas fuentes.`
			: 'ninguno ya estaba.'),
	eventsMerged: (n, title) => `${n} acontecimientos combinados en ${q(title)}.`,
	saveFirst: 'Guarde primero el borrador (véase arriba) y luego publique.',
	published: (n) => `Revisión ${n} publicada. Los lectores y las inserciones ya la muestran.`,
	openReader: 'Abrir la página de lectura',
	openEmbed: 'Abrir la inserción',
	notPublishedBecause: (why) => `No publicada: ${why}`,
	unpublished:
		'Retirada del sitio: su página y sus inserciones responden ahora «no encontrada». El borrador y su historial se quedan; Publicar la devuelve.',
	notUnpublished: (why) => `No despublicada: ${why}`,
	historyNotLoaded: (why) => `No se pudo cargar el historial: ${why}`,
	restored: (n, as, readersSee) =>
		`Revisión ${n} restaurada como revisión ${as}.` +
		(readersSee === null || readersSee === n
			? ''
			: ` Los lectores siguen viendo la revisión ${readersSee}: publique para mostrarles esta.`),
	notRestored: (why) => `No restaurada: ${why}`,
	eventAdded: (title) => `${q(title)} añadido.`,
	mergeSaving: 'Combinado. Guardando su versión combinada…',
	selectToMerge: (title) => `Seleccionar ${q(title)} para combinar`,
	title: 'Título',
	untitled: 'Acontecimiento sin título',
	setADate: 'poner fecha',
	setADateWhy: 'Su frase no da fecha: el día del artículo ocupa su lugar',
	checkDate: 'revisar fecha',
	checkDateWhy: 'El extractor no estaba seguro de esta fecha',
	dateInferred: 'fecha deducida',
	inferredFrom: (text) => `No figura en su frase: tomada de ${q(text)}. Corríjala abajo, o`,
	keepDate: 'mantenga esta fecha',
	forEvent: (title) => ` para ${q(title)}`,
	start: 'Inicio',
	end: 'Fin',
	summary: 'Resumen',
	sources: (n) => (n === 1 ? 'Frase de origen' : `${n} frases de origen`),
	showInArticle: 'Mostrar en el artículo',
	split: 'Dividir',
	delete: 'Eliminar',
	noEnd: 'ninguno',
	datePlaceholder: 'p. ej. late March 2020',
	understoodAs: 'Entendido como',
	pressEnter: 'pulse Intro para usarlo',
	singleMoment: 'Sin fin: un solo momento.',
	article: 'Artículo',
	pickSentence:
		'Elija una frase para crear un acontecimiento a partir de ella. Las frases marcadas ya tienen uno.',
	addFromSentence: 'Añadir un acontecimiento desde esta frase',
	cancel: 'Cancelar',
	savedAt: (n, time) => `La revisión ${n} se guardó a las ${time} UTC.`,
	safeHere: 'Sus cambios están a salvo en este navegador.',
	settled: (theirs, mine) =>
		`${theirs} ${theirs === 1 ? 'cambio' : 'cambios'} del otro lado y ${mine} de los suyos combinados solos.`,
	bothChanged: (n) =>
		`Ambos cambiaron ${n} ${n === 1 ? 'cosa' : 'cosas'} abajo, cada uno a su manera: elija una versión de cada una y guarde la versión combinada.`,
	eachDifference:
		'En cada diferencia, mantenga la suya o tome la del otro lado y guarde la versión combinada.',
	keepMine: 'Mantener la mía',
	takeTheirs: 'Tomar la otra',
	deletedByYou: 'Eliminado por usted',
	deletedByThem: 'Eliminado por el otro lado',
	orNotThere: ', o no está',
	notInYours: 'No está en la suya',
	notInTheirs: 'No está en la otra',
	same: 'Su borrador y el otro son iguales.',
	left: (n, of) => `Elija la suya o la otra: quedan ${n} de ${of}.`,
	saveMerged: 'Guardar la versión combinada',
	deleteTimeline: 'Eliminar la cronología…',
	deleteQuestion: (title) => `¿Eliminar ${q(title)}?`,
	readersLose:
		'Los lectores la pierden enseguida: su página, sus inserciones, oEmbed y su imagen de vista previa responden «no encontrada», como si nunca hubiera existido.',
	notSeen: 'No está publicada, así que ningún lector la ve.',
	whatGoes: (n, revisions) =>
		`Su borrador, ${events(n)} y ${revisions === null ? 'su historial' : `su historial de ${count(revisions)} ${revisions === 1 ? 'revisión' : 'revisiones'}`} salen de las listas de la redacción.`,
	restorable: (days, published) =>
		`Durante ${days} días cualquier persona de la redacción puede restaurarla desde la página de inicio (Eliminadas recientemente)${published ? ', publicada como estaba' : ''}; después desaparece para siempre.`,
	keepIt: 'Conservarla',
	deleteIt: (title) => `Eliminar ${q(title)}`,
	notDeleted: (why) => `No eliminada: ${why}`,
	loading: 'Cargando…',
	revision: (n) => `Revisión ${n}`,
	publishedBadge: 'publicada',
	currentBadge: 'actual',
	takenOff: (who, when) => `retirada del sitio por ${who}, ${when}`,
	restoreRevision: (n) => `Restaurar la revisión ${n}`,
	newTitle: 'Nueva cronología',
	newLede:
		'Dé el artículo: péguelo, suelte una página guardada o un archivo, o dé su dirección. Dateline encuentra sus acontecimientos fechados; usted los revisa después.',
	importNote:
		'Un archivo de TimelineJS (su JSON, o su plantilla de Google Sheets guardada como .csv) o una cronología de Dateline (.json) se convierte en cronología tal cual, sin volver a leer las fechas.',
	checkDetails: 'Revisar los datos del artículo',
	findingDates: 'Buscando fechas…',
	datedEvents: (n) => `${count(n)} acontecimientos fechados`,
	correctNext: 'encontrados. Podrá corregirlos después.',
	andMore: (n) => `y ${count(n)} más`,
	giveTheDay:
		'No hay fecha de publicación, ni en el texto: indique arriba el día en que se publicó; sus fechas cuentan desde él.',
	checkDayFirst: 'Compruebe primero arriba el día de publicación: sus fechas cuentan desde él.',
	create: 'Crear la cronología',
	startOver: 'Empezar de nuevo',
	theArticle: 'El artículo',
	pasteLabel: 'Pegue el artículo (texto o HTML de una página)',
	pastePlaceholder: (kinds) => `Pegue aquí, o suelte un archivo ${kinds}`,
	readPasted: 'Leer el artículo pegado',
	chooseFile: 'O elegir un archivo…',
	chooseFileOf: (kinds) => `O elegir un archivo ${kinds}`,
	webAddress: 'O su dirección web',
	fetch: 'Obtener',
	readingFile: 'Leyendo el archivo o el artículo…',
	fileKinds: (kinds) => `${kinds.slice(0, -1).join(', ')} o ${kinds.at(-1)}`,
	notAFile: (name, kinds) => `${name}: Dateline no lee este archivo; dé un archivo ${kinds}.`,
	tooLarge: (name) => `${name}: más de 5 MB; pegue el texto del artículo en su lugar.`,
	fieldTitle: 'Título',
	fieldSource: 'Fuente',
	fieldAddress: 'Dirección',
	fieldPublished: 'Publicado',
	noPublicationDate: 'La página no da fecha de publicación: indique el día en que se publicó.',
	isRight: (day) => `${day} es correcto`,
	articleText: 'Texto del artículo',
	addToTimeline: 'Añadir a esta cronología',
	merging: 'Leyendo sus fechas y combinando…',
	notAdded: (why) => `No añadido: ${why}`,
	notRead: 'No se pudieron leer acontecimientos en el artículo.'
};
