import { es as locale } from 'date-fns/locale';
import type { DateWords, Season, Part } from '../dates';
import { roman } from '../roman';

const SEASONS_ES: Record<Season, string> = {
	SP: 'primavera',
	SU: 'verano',
	FA: 'otoño',
	WI: 'invierno'
};
const PARTS_ES: Record<Part, string> = {
	START: 'principios',
	MID: 'mediados',
	END: 'finales'
};

/** "de el siglo XIX" is written "del siglo XIX". */
const de = (d: string) => `de ${d}`.replace(/^de el /, 'del ');

export const es: DateWords = {
	locale,
	day: 'd MMM y',
	month: "MMMM 'de' y",
	shortMonth: 'MMM y',
	monthDay: 'd MMM',
	monthName: 'MMMM',
	bc: (y) => `${y} a. C.`,
	ad: (y) => `${y} d. C.`,
	season: (s, y) => `${SEASONS_ES[s]} de ${y}`,
	part: (p, d) => `${PARTS_ES[p]} ${de(d)}`,
	about: (d) => `hacia ${d}`,
	before: (d) => `antes ${de(d)}`,
	by: (d) => `para ${d}`,
	after: (d) => `después ${de(d)}`,
	quarter: (q, y) => `T${q} ${y}`,
	half: (h, y) => `${h === 1 ? 'primer' : 'segundo'} semestre de ${y}`,
	weekOf: (d) => `semana del ${d}`,
	decade: (first, bc) => `los años ${first}${bc ? ' a. C.' : ''}`,
	century: (n, bc) => `el siglo ${roman(n)}${bc ? ' a. C.' : ''}`,
	millennium: (n, bc) => `el ${roman(n)} milenio${bc ? ' a. C.' : ''}`,
	now: 'ahora',
	roughly: (a, b) => `${a} – ${b} (aprox.)`,
	time: (d, t) => `${d}, ${t}`
};
