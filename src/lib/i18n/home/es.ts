import type { HomeWords } from './en';

const q = (s: string) => `«${s}»`;
const count = new Intl.NumberFormat('es').format;

export const es: HomeWords = {
	pageTitle: 'Dateline: cronologías a partir de las noticias',
	lede: 'Cronologías leídas en artículos de prensa: cada hecho fechado, en una línea de tiempo que se puede ampliar.',
	timelines: 'Cronologías',
	noTimelines: 'Todavía no hay cronologías. Añada un artículo a',
	editors: 'Redacción',
	signedInAs: (email) => `Sesión iniciada como ${email}`,
	newTimeline: 'Nueva cronología',
	signOut: 'Cerrar sesión',
	signIn: 'Iniciar sesión',
	signInWhy: 'para crear y corregir cronologías',
	drafts: 'Borradores',
	notPublished: 'No publicada',
	changedSince: 'Publicada, con cambios desde entonces',
	lastEdited: (who, when) => `última edición de ${who ?? 'Dateline'}, ${when}`,
	noDrafts: 'No hay borradores: cada cronología está publicada tal como está.',
	recentlyDeleted: 'Eliminadas recientemente',
	deletedBy: (who, when, until) =>
		`Eliminada por ${who ?? 'Dateline'}, ${when} · se puede restaurar hasta el ${until}`,
	restore: 'Restaurar',
	restoreLabel: (title) => `Restaurar ${q(title)}`,
	deleted: (title, until) =>
		`${q(title)} eliminada. Cualquier miembro de la redacción puede restaurarla abajo hasta el ${until}.`,
	restored: (title, published) =>
		`${q(title)} restaurada${published ? ', publicada como estaba' : ' como borrador'}.`,
	notRestored: (why) => `No restaurada: ${why}`,
	openEditor: 'Abrir su editor',
	signInTitle: 'Iniciar sesión · Dateline',
	signInLede:
		'La redacción inicia sesión para crear y corregir cronologías. Leer no requiere cuenta.',
	email: 'Correo electrónico',
	password: 'Contraseña',
	noAccount: '¿Sin cuenta? Un administrador la crea con',
	enterBoth: 'Escriba su correo electrónico y su contraseña.',
	tooMany: (minutes) =>
		`Demasiados intentos fallidos. Vuelva a intentarlo en ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}.`,
	noMatch: 'Ese correo y esa contraseña no corresponden a ninguna cuenta de la redacción.',
	problemsHeading: 'Problemas en data/',
	problemsHint:
		'Para la redacción: hay que corregir estos archivos. Las demás cronologías se sirven como siempre; la misma lista está en',
	problemLevels: { error: 'Roto', warning: 'Aviso' },
	servings: {
		'the last good version': 'se sirve la última versión buena',
		nothing: 'no se sirve nada',
		'the file without these fields': 'se sirve el archivo sin estos campos'
	},
	problemLine: (level, serving) => `${level}: ${serving}`,
	statusTitle: 'Estado · Dateline',
	statusHeading: 'Estado',
	statusCounts: (timelines, broken, warned) =>
		`${count(timelines)} ${timelines === 1 ? 'cronología servida' : 'cronologías servidas'} · ` +
		`${count(broken)} ${broken === 1 ? 'archivo roto' : 'archivos rotos'} · ` +
		`${count(warned)} ${warned === 1 ? 'archivo' : 'archivos'} con avisos.`,
	statusJson: 'El mismo informe en JSON:',
	allClean: 'Todos los archivos de data/ se leen sin problemas.'
};
