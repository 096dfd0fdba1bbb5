/** Made once: `toLocaleString` makes a formatter a call, and a zoom's frame counts many clusters. */
const count = new Intl.NumberFormat('en');

/**
 * The interface text of the reader and the embed, in English: the source of the keys. Every
 * other language is typed `Messages`, so a missing or extra key is a type error.
 */
export const en = {
	// The timeline
	zoom: 'Zoom',
	// What a screen reader hears of the chart: its name, its keys, and the span in view.
	timelineOf: (title: string) => `Timeline of ${title}`,
	keys: '+ and − zoom, arrows pan, Home and End go to the ends; Tab reaches the events',
	inView: (percent: number) => `Zoom ${percent}%, showing`,
	// Shown a moment after a first plain wheel over the chart, which scrolls the page.
	zoomHint: (key: string) => `Use ${key} + scroll to zoom`,
	/** The control key's name on a keyboard of the language (⌘ on a Mac). */
	ctrlKey: 'ctrl',
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	fit: 'Fit',
	fitAll: 'Fit the whole timeline',
	steps: 'Events',
	previousEvent: 'Previous event',
	nextEvent: 'Next event',
	eventsInOrder: 'Events in date order',
	// Heard between an event's date and its title, unseen: "2026: 14 cars derailed", where
	// "2026 14 cars" reads as one figure.
	afterDate: ':',
	printPart: (shown: number, total: number) =>
		`${count.format(shown)} of ${count.format(total)} events: those in view. Zoom or pan to others and print again.`,
	eventCount: (n: number) => (n === 1 ? '1 event' : `${count.format(n)} events`),
	clusterHint: (n: number, span: string) => `${n} events, ${span}: zoom in to show them`,
	clusterList: (n: number, span: string) => `${n} events, ${span}: list them`,
	closeList: 'Close the list',
	earlierEvents: (n: number) => `${n} earlier ${n === 1 ? 'event' : 'events'}: show the nearest`,
	laterEvents: (n: number) => `${n} later ${n === 1 ? 'event' : 'events'}: show the nearest`,
	more: 'Show more of the timeline',
	less: 'Show less of the timeline',
	nowReading: (title: string) => `Now reading: ${title}`,
	/** The same in a phone's pinned strip, on one line. */
	barMeaningBrief: 'Bar: possible time; dot: a known day',
	barMeaning: 'A bar spans the time a date could mean; a dot is a known day.',
	// The event card
	closeCard: 'Close event details',
	asWritten: 'As written',
	when: 'When',
	to: 'to',
	showInArticle: 'Show in the article',
	toldIn: 'Told in',
	sentenceRef: (i: number, article: string) => `sentence ${i + 1}${article ? ` (${article})` : ''}`,
	dateInferred: 'Date inferred',
	inferredFrom: 'the sentence gives no date; taken from its context:',
	status: 'Status',
	planned: 'planned, not yet happened',
	// Uncertainty in words (describe.ts)
	sometimeIn: (when: string) => `sometime in ${when}`,
	around: (when: string, span: string) => `around ${when} (${span})`,
	shortlyBefore: (when: string, span: string) => `shortly before ${when} (${span})`,
	shortlyAfter: (when: string, span: string) => `shortly after ${when} (${span})`,
	daysBefore: (month: string) => `a few days before ${month}`,
	weeksBefore: (month: string) => `some weeks before ${month}`,
	monthsBefore: (month: string) => `some months before ${month}`,
	yearsBefore: (month: string) => `some years before ${month}`,
	decadesBefore: (month: string) => `decades before ${month}`,
	aboutAYearBefore: (month: string) => `about a year before ${month}`,
	sometimeAfter: (month: string) => `sometime after ${month}`,
	atTimeOfWriting: 'at the time of writing',
	weekOf: (days: string) => `the week of ${days}`,
	/** A date's bounds in words ("21–31 March 2020"), as the language joins days, months and years. */
	boundsInWords: (span: string) => `${span}`,
	// The embed
	source: (name: string) => `Source: ${name}`,
	readOn: 'Read on Dateline'
};

/** A catalogue: every key of the English one, strings as strings, phrases as functions. */
export type Messages = {
	[K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K];
};
