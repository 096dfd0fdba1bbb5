import type { HomeWords } from './en';

const q = (s: string) => `« ${s} »`;

export const fr: HomeWords = {
	pageTitle: 'Dateline : chronologies tirées de l’actualité',
	lede: 'Des chronologies lues dans des articles de presse : chaque événement daté, sur une frise que l’on peut agrandir.',
	timelines: 'Chronologies',
	noTimelines: 'Aucune chronologie pour l’instant. Ajoutez un article à',
	editors: 'Rédaction',
	signedInAs: (email) => `Connecté en tant que ${email}`,
	newTimeline: 'Nouvelle chronologie',
	signOut: 'Se déconnecter',
	signIn: 'Se connecter',
	signInWhy: 'pour créer et corriger des chronologies',
	drafts: 'Brouillons',
	notPublished: 'Non publiée',
	changedSince: 'Publiée, modifiée depuis',
	lastEdited: (who, when) => `dernière modification par ${who ?? 'Dateline'}, ${when}`,
	noDrafts: 'Aucun brouillon : chaque chronologie est publiée telle quelle.',
	recentlyDeleted: 'Supprimées récemment',
	deletedBy: (who, when, until) =>
		`Supprimée par ${who ?? 'Dateline'}, ${when} · restaurable jusqu’au ${until}`,
	restore: 'Restaurer',
	restoreLabel: (title) => `Restaurer ${q(title)}`,
	deleted: (title, until) =>
		`${q(title)} supprimée. Toute personne de la rédaction peut la restaurer ci-dessous jusqu’au ${until}.`,
	restored: (title, published) =>
		`${q(title)} restaurée${published ? ', publiée comme avant' : ' comme brouillon'}.`,
	notRestored: (why) => `Non restaurée : ${why}`,
	openEditor: 'Ouvrir son éditeur',
	signInTitle: 'Connexion · Dateline',
	signInLede:
		'La rédaction se connecte pour créer et corriger des chronologies. Lire ne demande aucun compte.',
	email: 'Adresse e-mail',
	password: 'Mot de passe',
	noAccount: 'Pas de compte ? Un administrateur en crée un avec',
	enterBoth: 'Saisissez votre adresse e-mail et votre mot de passe.',
	tooMany: (minutes) =>
		`Trop de connexions échouées. Réessayez dans ${minutes} minute${minutes === 1 ? '' : 's'}.`,
	noMatch: 'Cette adresse et ce mot de passe ne correspondent à aucun compte de la rédaction.'
};
