import { shortTitle, type HistoryWords } from './en';

const count = new Intl.NumberFormat('fr').format;
const q = (s: string) => `« ${s} »`;
const events = (n: number) => `${count(n)} ${n <= 1 ? 'événement' : 'événements'}`;

export const fr: HistoryWords = {
	change: (c) => {
		switch (c.kind) {
			case 'created':
				return `${c.imported ? 'Importée' : 'Créée'}, ${events(c.events)}`;
			case 'restored':
				return `Révision ${c.from} rétablie`;
			case 'renamed':
				return `Titre changé en ${shortTitle(c.title, q)}`;
			case 'edited':
				return c.field === 'title'
					? `Titre de ${shortTitle(c.event, q)} modifié`
					: c.field === 'summary'
						? `Résumé de ${shortTitle(c.event, q)} modifié`
						: c.field === 'date'
							? `Date de ${shortTitle(c.event, q)} modifiée`
							: `${shortTitle(c.event, q)} modifié`;
			case 'edited-events':
				return `${events(c.count)} ${c.count <= 1 ? 'modifié' : 'modifiés'}`;
			case 'added':
				return c.count === 1 ? `${shortTitle(c.event, q)} ajouté` : `${events(c.count)} ajoutés`;
			case 'removed':
				return c.count === 1
					? `${shortTitle(c.event, q)} supprimé`
					: `${events(c.count)} supprimés`;
			case 'article':
				return `Article ajouté, ${events(c.events)}`;
			case 'unchanged':
				return 'Aucun changement';
		}
	},
	published: 'Publiée'
};
