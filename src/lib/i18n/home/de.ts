import type { HomeWords } from './en';

const q = (s: string) => `„${s}“`;

export const de: HomeWords = {
	pageTitle: 'Dateline: Zeitleisten aus den Nachrichten',
	lede: 'Zeitleisten aus Nachrichtenartikeln: jedes datierte Ereignis auf einer Zeitleiste, die sich zoomen lässt.',
	timelines: 'Zeitleisten',
	noTimelines: 'Noch keine Zeitleisten. Legen Sie einen Artikel ab in',
	editors: 'Redaktion',
	signedInAs: (email) => `Angemeldet als ${email}`,
	newTimeline: 'Neue Zeitleiste',
	signOut: 'Abmelden',
	signIn: 'Anmelden',
	signInWhy: 'um Zeitleisten zu erstellen und zu korrigieren',
	drafts: 'Entwürfe',
	notPublished: 'Nicht veröffentlicht',
	changedSince: 'Veröffentlicht, seither geändert',
	lastEdited: (who, when) => `zuletzt bearbeitet von ${who ?? 'Dateline'}, ${when}`,
	noDrafts: 'Keine Entwürfe: Jede Zeitleiste ist so veröffentlicht, wie sie ist.',
	recentlyDeleted: 'Kürzlich gelöscht',
	deletedBy: (who, when, until) =>
		`Gelöscht von ${who ?? 'Dateline'}, ${when} · wiederherstellbar bis ${until}`,
	restore: 'Wiederherstellen',
	restoreLabel: (title) => `${q(title)} wiederherstellen`,
	deleted: (title, until) =>
		`${q(title)} gelöscht. Jedes Redaktionsmitglied kann sie unten bis ${until} wiederherstellen.`,
	restored: (title, published) =>
		`${q(title)} wiederhergestellt${published ? ', veröffentlicht wie zuvor' : ' als Entwurf'}.`,
	notRestored: (why) => `Nicht wiederhergestellt: ${why}`,
	openEditor: 'Im Editor öffnen',
	signInTitle: 'Anmelden · Dateline',
	signInLede:
		'Die Redaktion meldet sich an, um Zeitleisten zu erstellen und zu korrigieren. Lesen braucht kein Konto.',
	email: 'E-Mail-Adresse',
	password: 'Passwort',
	noAccount: 'Kein Konto? Eine Administratorin oder ein Administrator legt eines an mit',
	enterBoth: 'Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.',
	tooMany: (minutes) =>
		`Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'} erneut.`,
	noMatch: 'Diese E-Mail-Adresse und dieses Passwort gehören zu keinem Redaktionskonto.'
};
