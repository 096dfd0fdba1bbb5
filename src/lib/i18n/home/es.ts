import type { HomeWords } from './en';

const q = (s: string) => `«${s}»`;

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
	noMatch: 'Ese correo y esa contraseña no corresponden a ninguna cuenta de la redacción.'
};
