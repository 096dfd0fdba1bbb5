import { de as locale } from 'date-fns/locale';
import type { DateWords, Season, Part } from '../dates';

const SEASONS_DE: Record<Season, string> = {
	SP: 'Frühling',
	SU: 'Sommer',
	FA: 'Herbst',
	WI: 'Winter'
};
const PARTS_DE: Record<Part, string> = { START: 'Anfang', MID: 'Mitte', END: 'Ende' };
/** A decade, century or millennium after "Anfang" (genitive) and after "vor"/"nach" (dative). */
const genitive = (d: string) =>
	d
		.replace(/^die (\d+er Jahre)/, 'der $1')
		.replace(/^das (\d+\. Jahr(?:hundert|tausend))/, 'des $1s');
const dative = (d: string) => d.replace(/^die (\d+er Jahre)/, 'den $1n').replace(/^das /, 'dem ');

export const de: DateWords = {
	locale,
	day: 'd. MMM y',
	month: 'MMMM y',
	shortMonth: 'MMM y',
	monthDay: 'd. MMM',
	monthName: 'MMMM',
	bc: (y) => `${y} v. Chr.`,
	ad: (y) => `${y} n. Chr.`,
	season: (s, y) => `${SEASONS_DE[s]} ${y}`,
	part: (p, d) => `${PARTS_DE[p]} ${genitive(d)}`,
	about: (d) => `um ${d}`,
	before: (d) => `vor ${dative(d)}`,
	by: (d) => `bis ${d}`,
	after: (d) => `nach ${dative(d)}`,
	quarter: (q, y) => `Q${q} ${y}`,
	half: (h, y) => `${h === 1 ? 'erstes' : 'zweites'} Halbjahr ${y}`,
	weekOf: (d) => `Woche vom ${d}`,
	decade: (first, bc) => `die ${first}er Jahre${bc ? ' v. Chr.' : ''}`,
	century: (n, bc) => `das ${n}. Jahrhundert${bc ? ' v. Chr.' : ''}`,
	millennium: (n, bc) => `das ${n}. Jahrtausend${bc ? ' v. Chr.' : ''}`,
	now: 'jetzt',
	roughly: (a, b) => `${a} – ${b} (ca.)`,
	time: (d, t) => `${d}, ${t}`
};
