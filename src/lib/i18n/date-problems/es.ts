import { oneWinter, tryDates, type DateProblemWords } from './en';

const q = (s: string) => `«${s}»`;
// The examples are typed in English: they keep their own quotation marks.
const TRY = `pruebe ${tryDates('o')}`;

export const es: DateProblemWords = {
	empty: () => 'Escriba una fecha, como “late March 2020”, “2019” o “44 BC”.',
	'nothing-after': (p) => `${q(p.text)} no da ninguna fecha después de ${q(p.said)}; ${TRY}.`,
	'bounded-twice': (p) =>
		`${q(p.text)} acota una fecha que ya lo está (${q(p.rest)}); una fecha lleva solo un límite: escriba ${q(`${p.said} ${p.unit}`)} o ${q(p.rest)}.`,
	'not-a-date': (p) =>
		p.is === 'nothing'
			? `${q(p.text)} no contiene ninguna fecha que Dateline sepa leer; ${TRY}.`
			: `${q(p.text)} es ${p.is === 'repeats' ? 'un momento que se repite' : 'una duración'}, no una fecha; ${TRY}.`,
	'two-dates': (p) => `${q(p.text)} contiene dos fechas, ${q(p.a)} y ${q(p.b)}; dé solo una.`,
	'words-left': (p) => {
		const unread = [p.before && `${q(p.before)} antes`, p.after && `${q(p.after)} después`];
		return `Dateline lee ${q(p.read)} pero no ${unread.filter(Boolean).join(' ni ')}: ${p.before && p.after ? 'quítelos' : 'quítelo'}.`;
	},
	'no-point': (p) => `${q(p.text)} no nombra ningún momento (${p.value}); dé una fecha.`,
	'season-in-one-year': (p) =>
		`${q(p.text)}: la estación «${p.season}» cae dentro de un año (solo un invierno abarca dos); escriba ${q(`${p.season} ${p.first}`)} o ${q(`${p.season} ${p.second}`)}.`,
	'not-one-winter': (p) =>
		`${q(p.text)}: ${p.first} y ${p.second} no son los años de un mismo invierno; escriba un invierno, como ${q(oneWinter(p.first))}.`,
	'not-a-month': (p) =>
		`${q(p.text)}: Dateline lee las semanas de un mes, y ${q(p.words)} no es un mes; escriba un mes, como ${q(`the ${p.which} week of May 2021`)}.`,
	'four-weeks': (p) =>
		`${q(p.text)}: un mes tiene cuatro semanas enteras; escriba ${q(`the last week of ${p.month}`)} o ${q(p.month)}.`
};
