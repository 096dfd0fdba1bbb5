/**
 * The editor's words (the editor's page, /new, the merge panel, the delete dialog, History), in
 * English: the source of the keys. Apart from the reader's messages because only editors load
 * them: the embed's script, which has a byte budget, carries none. What Dateline reads and
 * writes in a date field stays English, as the normaliser reads English.
 */

/** Counts with the language's digit grouping (10,000 · 10 000 · 10.000). */
const count = new Intl.NumberFormat('en').format;
const q = (s: string) => `“${s}”`;
const events = (n: number) => `${count(n)} ${n === 1 ? 'event' : 'events'}`;

export const en = {
	// The bar
	status: {
		saved: 'All changes saved',
		pending: 'Saving soon…',
		saving: 'Saving…',
		offline: 'Offline: changes kept in this browser',
		error: 'Not saved'
	} as Record<string, string>,
	undo: 'Undo',
	redo: 'Redo',
	history: 'History',
	publish: 'Publish',
	undatedAsk: (n: number) =>
		`${n === 1 ? '1 event has' : `${count(n)} events have`} no date of its own yet (“set a date”): readers would take the story’s day for ${n === 1 ? 'its date' : 'their dates'}. Set ${n === 1 ? 'it' : 'them'} first, or publish anyway.`,
	publishAnyway: 'Publish anyway',
	notYet: 'Not yet',
	dismiss: 'Dismiss',
	// Who saved meanwhile (a merge with no question, or one with questions)
	mergedByYou:
		'You saved in another tab meanwhile: merged with your changes here, nothing conflicted.',
	mergedBy: (who: string) =>
		`${who} saved meanwhile: merged with your changes, nothing conflicted.`,
	anotherEditor: 'Another editor',
	conflictYou: {
		status: 'You saved this in another tab: merge below',
		heading: 'You saved this timeline in another tab while editing here'
	},
	conflictStatus: 'Another editor saved: merge below',
	conflictHeading: (who: string) => `${who} saved this timeline while you were editing`,
	// The page
	pageTitle: (title: string) => `Edit: ${title} · Dateline`,
	editing: (title: string | null) =>
		title === null ? 'Editing a timeline' : `Editing ${q(title)}`,
	reading: 'Reading the article and finding its dates… This page updates by itself.',
	loadingDraft: (n: number) => `Loading the draft’s ${count(n)} events…`,
	draftNotLoaded: (why: string) => `The draft could not be loaded: ${why}. Reload to try again.`,
	timelineTitle: 'Timeline title',
	notPublished: 'Not published',
	readersSee: (n: number) => `Readers see revision ${n}`,
	unpublish: 'Unpublish',
	unpublishLabel: (title: string) => `Unpublish: take ${q(title)} off the site`,
	draftRevision: (n: number) => `draft revision ${n}`,
	/** In the draft revision's place once the draft says what readers see (its edits undone). */
	asPublished: 'the draft is what readers see',
	events,
	noStoryDate: (day: string) =>
		`no story date (relative dates count from ${day}, the day of the import)`,
	storyOf: (day: string) => `story of ${day}`,
	download: 'Download the draft:',
	formats: {
		json: 'Dateline JSON',
		timelinejs: 'TimelineJS JSON',
		csv: 'TimelineJS sheet (.csv)',
		ics: 'Calendar (.ics)'
	} as Record<string, string>,
	addArticle: 'Add another article',
	addArticleHint:
		'Its dated events join this timeline; a happening it tells that is already here (same date, much the same words) stays one event listing both sources.',
	eventsHeading: 'Events',
	leastCertainFirst: 'least certain first',
	mergeSelected: (n: number) => (n > 1 ? `Merge ${n} selected` : 'Merge selected'),
	findEvent: 'Find an event',
	findPlaceholder: 'Words or a year',
	pagesOfEvents: 'Pages of events',
	previous: (n: number) => `Previous ${n}`,
	next: (n: number) => `Next ${n}`,
	shownEvents: (from: number, to: number, of: number, query: string) =>
		`Events ${count(from)}–${count(to)} of ${count(of)}${query ? ` matching ${q(query)}` : ''}`,
	noMatch: (query: string) => `No event matches ${q(query)}`,
	clearSearch: 'Clear the search',
	noEvents: 'No events. Add one from a sentence of the article.',
	preview: 'Preview of the timeline as readers will see it',
	// What the notice line says after an action
	restoredLocal: 'Your unsaved changes from this browser were restored.',
	articleAdded: (title: string, found: number, merged: number) =>
		`Added ${q(title)}: ${count(found)} dated events, ` +
		(merged
			? `${count(merged)} of them already here, now listing both sources.`
			: 'none of them already here.'),
	eventsMerged: (n: number, title: string) => `Merged ${n} events into ${q(title)}.`,
	saveFirst: 'Save the draft first (see above), then publish.',
	published: (n: number) => `Published revision ${n}. Readers and embeds now show it.`,
	openReader: 'Open the reader',
	openEmbed: 'Open the embed',
	notPublishedBecause: (why: string) => `Not published: ${why}`,
	unpublished:
		'Taken off the site: its page and embeds now answer “not found”. The draft and its History stay; Publish puts it back.',
	notUnpublished: (why: string) => `Not unpublished: ${why}`,
	historyNotLoaded: (why: string) => `The history could not be loaded: ${why}`,
	/** A restore is a new draft revision: readers keep the published one until Publish. */
	restored: (n: number, as: number, readersSee: number | null) =>
		`Revision ${n} restored as revision ${as}.` +
		(readersSee === null || readersSee === n
			? ''
			: ` Readers still see revision ${readersSee}: Publish to show them this one.`),
	notRestored: (why: string) => `Not restored: ${why}`,
	eventAdded: (title: string) => `Added ${q(title)}.`,
	mergeSaving: 'Merged. Saving your merged version…',
	// An event
	selectToMerge: (title: string) => `Select ${q(title)} to merge`,
	title: 'Title',
	untitled: 'Untitled event',
	setADate: 'set a date',
	setADateWhy: 'Its sentence gives no date: the story’s day holds its place',
	checkDate: 'check date',
	checkDateWhy: 'The extractor was not sure of this date',
	dateInferred: 'date inferred',
	inferredFrom: (text: string) =>
		`Not written in its sentence: taken from ${q(text)}. Correct it below, or`,
	keepDate: 'keep this date',
	forEvent: (title: string) => ` for ${q(title)}`,
	start: 'Start',
	end: 'End',
	summary: 'Summary',
	sources: (n: number) => (n === 1 ? 'Source sentence' : `${n} source sentences`),
	showInArticle: 'Show in the article',
	split: 'Split',
	delete: 'Delete',
	// A date field
	noEnd: 'none',
	datePlaceholder: 'e.g. late March 2020',
	understoodAs: 'Understood as',
	pressEnter: 'press Enter to use it',
	singleMoment: 'No end: a single moment.',
	// The article beside the list
	article: 'Article',
	pickSentence: 'Pick a sentence to add an event from it. Marked sentences already have one.',
	addFromSentence: 'Add an event from this sentence',
	cancel: 'Cancel',
	// The merge panel
	savedAt: (n: number, time: string) => `Revision ${n} was saved at ${time} UTC.`,
	safeHere: 'Your changes are safe in this browser.',
	settled: (theirs: number, mine: number) =>
		`${theirs} ${theirs === 1 ? 'change' : 'changes'} of theirs and ${mine} of yours merged by themselves.`,
	bothChanged: (n: number) =>
		`Both of you changed ${n} ${n === 1 ? 'thing' : 'things'} below, each your own way: choose a version of each, then save the merged version.`,
	eachDifference: 'For each difference, keep yours or take theirs, then save the merged version.',
	keepMine: 'Keep mine',
	takeTheirs: 'Take theirs',
	deletedByYou: 'Deleted by you',
	deletedByThem: 'Deleted by them',
	orNotThere: ', or not there',
	notInYours: 'Not in yours',
	notInTheirs: 'Not in theirs',
	same: 'Your draft and theirs are the same.',
	left: (n: number, of: number) => `Choose yours or theirs: ${n} of ${of} left.`,
	saveMerged: 'Save the merged version',
	// The delete dialog
	deleteTimeline: 'Delete timeline…',
	deleteQuestion: (title: string) => `Delete ${q(title)}?`,
	readersLose:
		'Readers lose it at once: its page, embeds, oEmbed and preview image answer “not found”, as if it had never existed.',
	notSeen: 'It is not published, so no reader sees it.',
	whatGoes: (n: number, revisions: number | null) =>
		`Its draft, ${events(n)} and ${revisions === null ? 'History' : `History of ${count(revisions)} ${revisions === 1 ? 'revision' : 'revisions'}`} leave every editor's lists.`,
	restorable: (days: number, published: boolean) =>
		`For ${days} days any editor can restore it from the home page (Recently deleted)${published ? ', published as it was' : ''}; after that it is gone for good.`,
	keepIt: 'Keep it',
	deleteIt: (title: string) => `Delete ${q(title)}`,
	notDeleted: (why: string) => `Not deleted: ${why}`,
	// History
	loading: 'Loading…',
	revision: (n: number) => `Revision ${n}`,
	publishedBadge: 'published',
	currentBadge: 'current',
	takenOff: (who: string, when: string) => `taken off the site by ${who}, ${when}`,
	restoreRevision: (n: number) => `Restore revision ${n}`,
	// New timeline (/new), and "Add another article"
	newTitle: 'New timeline',
	newLede:
		'Give the article: paste it, drop a saved page or file, or give its address. Dateline finds its dated events; you check them next.',
	importNote:
		'A TimelineJS file (its JSON, or its Google Sheets template saved as .csv) or a Dateline timeline (.json) becomes a timeline as it is, without reading dates again.',
	checkDetails: "Check the article's details",
	findingDates: 'Finding dates…',
	datedEvents: (n: number) => `${count(n)} dated events`,
	correctNext: 'found. You can correct them next.',
	andMore: (n: number) => `and ${count(n)} more`,
	giveTheDay:
		'No publication date, and none in the text: give the day it was published above; its dates count from it.',
	create: 'Create the timeline',
	checkDayFirst: 'Check the publication day above first: its dates count from it.',
	startOver: 'Start over',
	theArticle: 'The article',
	pasteLabel: "Paste the article (text or a page's HTML)",
	pastePlaceholder: (kinds: string) => `Paste here, or drop a ${kinds} file`,
	readPasted: 'Read the pasted article',
	chooseFile: 'Or choose a file…',
	chooseFileOf: (kinds: string) => `Or choose a ${kinds} file`,
	webAddress: 'Or its web address',
	fetch: 'Fetch',
	readingFile: 'Reading the file or article…',
	fileKinds: (kinds: string[]) => `${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)}`,
	notAFile: (name: string, kinds: string) =>
		`${name}: not a file Dateline reads; give a ${kinds} file.`,
	tooLarge: (name: string) => `${name}: larger than 5 MB; paste the article text instead.`,
	fieldTitle: 'Title',
	fieldSource: 'Source',
	fieldAddress: 'Address',
	fieldPublished: 'Published',
	noPublicationDate: 'The page gives no publication date: give the day it was published.',
	isRight: (day: string) => `${day} is right`,
	articleText: 'Article text',
	addToTimeline: 'Add to this timeline',
	merging: 'Reading its dates and merging…',
	notAdded: (why: string) => `Not added: ${why}`,
	notRead: 'The article could not be read into events.'
};

/** A table of the editor's words: every key of the English one. */
export type EditorWords = typeof en;
