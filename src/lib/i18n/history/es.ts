import { shortTitle, type HistoryWords } from './en';

const count = new Intl.NumberFormat('es').format;
const q = (s: string) => `«${s}»`;
const events = (n: number) => `${count(n)} ${n === 1 ? 'evento' : 'eventos'}`;

export const es: HistoryWords = {
	change: (c) => {
		switch (c.kind) {
			case 'created':
				return `${c.imported ? 'Importada' : 'Creada'}, ${events(c.events)}`;
			case 'restored':
				return `Revisión ${c.from} restaurada`;
			case 'renamed':
				return `Título cambiado a ${shortTitle(c.title, q)}`;
			case 'edited':
				return c.field === 'title'
					? `Editado el título de ${shortTitle(c.event, q)}`
					: c.field === 'summary'
						? `Editado el resumen de ${shortTitle(c.event, q)}`
						: c.field === 'date'
							? `Editada la fecha de ${shortTitle(c.event, q)}`
							: `Editado ${shortTitle(c.event, q)}`;
			case 'edited-events':
				return `${events(c.count)} ${c.count === 1 ? 'editado' : 'editados'}`;
			case 'added':
				return c.count === 1 ? `Añadido ${shortTitle(c.event, q)}` : `${events(c.count)} añadidos`;
			case 'removed':
				return c.count === 1
					? `Eliminado ${shortTitle(c.event, q)}`
					: `${events(c.count)} eliminados`;
			case 'article':
				return `Artículo añadido, ${events(c.events)}`;
			case 'unchanged':
				return 'Sin cambios';
		}
	},
	published: 'Publicada'
};
