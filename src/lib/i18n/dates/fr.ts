import { fr as locale } from 'date-fns/locale';
import type { DateWords, Season } from '../dates';
import { roman } from '../roman';

const frenchOrdinal = (n: number) => `${roman(n)}${n === 1 ? 'er' : 'e'}`;
const SEASONS_FR: Record<Season, string> = {
	SP: 'printemps',
	SU: 'été',
	FA: 'automne',
	WI: 'hiver'
};

export const fr: DateWords = {
	locale,
	day: 'd MMM y',
	month: 'MMMM y',
	shortMonth: 'MMM y',
	monthDay: 'd MMM',
	monthName: 'MMMM',
	bc: (y) => `${y} av. J.-C.`,
	ad: (y) => `${y} apr. J.-C.`,
	season: (s, y) => `${SEASONS_FR[s]} ${y}`,
	part: (p, d) => {
		// A decade or century keeps its article, joined: "début des années 1970", "fin du XIXe siècle".
		const of = d.replace(/^les /, 'des ').replace(/^le /, 'du ');
		if (p === 'MID') return of === d ? `mi-${d}` : `milieu ${of}`;
		return `${p === 'START' ? 'début' : 'fin'} ${of}`;
	},
	about: (d) => `vers ${d}`,
	before: (d) => `avant ${d}`,
	by: (d) => `d’ici ${d}`,
	after: (d) => `après ${d}`,
	quarter: (q, y) => `T${q} ${y}`,
	half: (h, y) => `${h === 1 ? 'premier' : 'second'} semestre ${y}`,
	weekOf: (d) => `semaine du ${d}`,
	decade: (first, bc) => `les années ${first}${bc ? ' av. J.-C.' : ''}`,
	century: (n, bc) => `le ${frenchOrdinal(n)} siècle${bc ? ' av. J.-C.' : ''}`,
	millennium: (n, bc) => `le ${frenchOrdinal(n)} millénaire${bc ? ' av. J.-C.' : ''}`,
	now: 'maintenant',
	roughly: (a, b) => `${a} – ${b} (env.)`,
	time: (d, t) => `${d}, ${t}`
};
