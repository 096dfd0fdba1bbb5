/**
 * The words of the reader page's Embed dialog (EmbedDialog.svelte, StartEventPicker.svelte), in
 * English: the source of the keys. Only the reader page has the dialog, so the embed's own
 * bundle carries none of them.
 */
import { SHOWN } from './shown';

/** Counts with the language's digit grouping (10,000 · 10 000 · 10.000). */
const count = new Intl.NumberFormat('en').format;

export const en = {
	embed: 'Embed',
	embedTitle: 'Embed this timeline',
	close: 'Close',
	theme: 'Theme',
	themeLight: 'Light',
	themeDark: 'Dark',
	themeAuto: 'Reader’s setting',
	language: 'Language',
	startEvent: 'Open on event',
	noStartEvent: 'None (the whole timeline)',
	height: 'Height',
	fitHeight: 'Fit the timeline',
	fixedHeight: 'Fixed height in pixels',
	showArticle: 'Show the article text',
	copySnippet: 'Copy snippet',
	copied: 'Copied to the clipboard.',
	pressToCopy: 'Press Ctrl+C (⌘C on a Mac) to copy the selected snippet.',
	embedHint:
		'Paste this where the timeline should appear. It works in any page that allows iframes; the script beside it fits the frame to the timeline.',
	fixed: 'Fixed:',
	snippet: 'Snippet',
	langAuto: 'Reader’s language',
	previewTitle: (title: string) => `Preview: Timeline: ${title}`,
	preview: 'Preview',
	startEventHint: 'Words of its title, or a year',
	startEventMatches: (n: number, query: string) =>
		n === 0
			? `No event matches “${query}”`
			: `${count(n)} ${n === 1 ? 'event matches' : 'events match'} “${query}”${n > SHOWN ? `: the first ${SHOWN} are shown` : ''}`,
	searching: 'Searching…',
	opensOn: (title: string) => `Opens on: ${title}`,
	clearStartEvent: 'Open on the whole timeline'
};

export type DialogWords = typeof en;
