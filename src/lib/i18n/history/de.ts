import { shortTitle, type HistoryWords } from './en';

const count = new Intl.NumberFormat('de').format;
const q = (s: string) => `„${s}“`;
const events = (n: number) => `${count(n)} ${n === 1 ? 'Ereignis' : 'Ereignisse'}`;
const FIELD = { title: 'Titel', summary: 'Zusammenfassung', date: 'Datum' } as const;

export const de: HistoryWords = {
	change: (c) => {
		switch (c.kind) {
			case 'created':
				return `${c.imported ? 'Importiert' : 'Erstellt'}, ${events(c.events)}`;
			case 'restored':
				return `Revision ${c.from} wiederhergestellt`;
			case 'renamed':
				return `Zeitleiste umbenannt in ${shortTitle(c.title, q)}`;
			case 'edited':
				return c.field === 'event'
					? `${shortTitle(c.event, q)} geändert`
					: `${FIELD[c.field]} von ${shortTitle(c.event, q)} geändert`;
			case 'edited-events':
				return `${events(c.count)} geändert`;
			case 'added':
				return c.count === 1
					? `${shortTitle(c.event, q)} hinzugefügt`
					: `${events(c.count)} hinzugefügt`;
			case 'removed':
				return c.count === 1 ? `${shortTitle(c.event, q)} entfernt` : `${events(c.count)} entfernt`;
			case 'article':
				return `Artikel hinzugefügt, ${events(c.events)}`;
			case 'unchanged':
				return 'Keine Änderung';
		}
	},
	published: 'Veröffentlicht'
};
