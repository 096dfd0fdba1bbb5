import type { RevisionChange } from '../../authoring/revision-changes';

/** What History says of a revision's changes, in one language. */
export interface HistoryWords {
	change: (change: RevisionChange) => string;
	published: string;
}

/** A title quoted in a line of History: its first words, at most some 40 characters. */
export function shortTitle(title: string, quote: (s: string) => string, max = 40): string {
	const words = title.trim().replace(/\s+/g, ' ');
	if (words.length <= max) return quote(words);
	const cut = words.slice(0, max);
	const space = cut.lastIndexOf(' ');
	return quote(`${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`);
}

const count = new Intl.NumberFormat('en').format;
const q = (s: string) => `“${s}”`;
const events = (n: number) => `${count(n)} ${n === 1 ? 'event' : 'events'}`;
const FIELD = { title: 'the title', summary: 'the summary', date: 'the date' } as const;

export const en: HistoryWords = {
	change: (c) => {
		switch (c.kind) {
			case 'created':
				return `${c.imported ? 'Imported' : 'Created'}, ${events(c.events)}`;
			case 'restored':
				return `Restored revision ${c.from}`;
			case 'renamed':
				return `Renamed the timeline ${shortTitle(c.title, q)}`;
			case 'edited':
				return c.field === 'event'
					? `Edited ${shortTitle(c.event, q)}`
					: `Edited ${FIELD[c.field]} of ${shortTitle(c.event, q)}`;
			case 'edited-events':
				return `Edited ${events(c.count)}`;
			case 'added':
				return c.count === 1 ? `Added ${shortTitle(c.event, q)}` : `Added ${events(c.count)}`;
			case 'removed':
				return c.count === 1 ? `Removed ${shortTitle(c.event, q)}` : `Removed ${events(c.count)}`;
			case 'article':
				return `Added an article, ${events(c.events)}`;
			case 'unchanged':
				return 'No change';
		}
	},
	published: 'Published'
};
