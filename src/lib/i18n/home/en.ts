/**
 * The words of the site's own pages around its timelines, in English (the source of the keys):
 * the home page (the list, and for editors their Drafts and Recently deleted) and sign-in.
 * Neither the reader nor the embed loads them.
 */
const q = (s: string) => `“${s}”`;

export const en = {
	pageTitle: 'Dateline: timelines from the news',
	lede: 'Timelines read from news articles: every dated event, on a timeline you can zoom.',
	timelines: 'Timelines',
	noTimelines: 'No timelines yet. Add an article to',
	// The account line (editors' links)
	editors: 'Editors',
	signedInAs: (email: string) => `Signed in as ${email}`,
	newTimeline: 'New timeline',
	signOut: 'Sign out',
	signIn: 'Sign in',
	signInWhy: 'to make and correct timelines',
	// Drafts
	drafts: 'Drafts',
	notPublished: 'Not published',
	changedSince: 'Published, with changes since',
	/** `who` is an editor's email, or null when Dateline saved it (an import, an extraction). */
	lastEdited: (who: string | null, when: string) => `last edited by ${who ?? 'Dateline'}, ${when}`,
	noDrafts: 'No drafts: every timeline is published as it stands.',
	// Recently deleted
	recentlyDeleted: 'Recently deleted',
	deletedBy: (who: string | null, when: string, until: string) =>
		`Deleted by ${who ?? 'Dateline'}, ${when} · can be restored until ${until}`,
	restore: 'Restore',
	restoreLabel: (title: string) => `Restore ${q(title)}`,
	deleted: (title: string, until: string) =>
		`Deleted ${q(title)}. Any editor can restore it below until ${until}.`,
	restored: (title: string, published: boolean) =>
		`Restored ${q(title)}${published ? ', published as it was' : ' as a draft'}.`,
	notRestored: (why: string) => `Not restored: ${why}`,
	openEditor: 'Open its editor',
	// Sign-in
	signInTitle: 'Sign in · Dateline',
	signInLede: 'Editors sign in to make and correct timelines. Reading needs no account.',
	email: 'Email',
	password: 'Password',
	noAccount: 'No account? An administrator makes one with',
	enterBoth: 'Enter your email address and your password.',
	tooMany: (minutes: number) =>
		`Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
	noMatch: 'That email and password do not match an editor.'
};

export type HomeWords = typeof en;
