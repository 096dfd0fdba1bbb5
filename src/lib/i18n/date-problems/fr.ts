import { oneWinter, tryDates, type DateProblemWords } from './en';

const q = (s: string) => `« ${s} »`;
// The examples are typed in English: they keep their own quotation marks.
const TRY = `essayez ${tryDates('ou')}`;

export const fr: DateProblemWords = {
	empty: () => 'Saisissez une date, comme “late March 2020”, “2019” ou “44 BC”.',
	'nothing-after': (p) => `${q(p.text)} ne donne aucune date après ${q(p.said)} ; ${TRY}.`,
	'bounded-twice': (p) =>
		`${q(p.text)} borne une date qui l’est déjà (${q(p.rest)}) ; une date n’en prend qu’une : saisissez ${q(`${p.said} ${p.unit}`)} ou ${q(p.rest)}.`,
	'not-a-date': (p) =>
		p.is === 'nothing'
			? `${q(p.text)} ne contient aucune date que Dateline sache lire ; ${TRY}.`
			: `${q(p.text)} est ${p.is === 'repeats' ? 'un moment qui se répète' : 'une durée'}, pas une date ; ${TRY}.`,
	'two-dates': (p) =>
		`${q(p.text)} contient deux dates, ${q(p.a)} et ${q(p.b)} ; n’en donnez qu’une.`,
	'words-left': (p) => {
		const unread = [p.before && `${q(p.before)} avant`, p.after && `${q(p.after)} après`];
		return `Dateline lit ${q(p.read)} mais pas ${unread.filter(Boolean).join(' ni ')} : supprimez-${p.before && p.after ? 'les' : 'le'}.`;
	},
	'no-point': (p) => `${q(p.text)} ne désigne aucun moment (${p.value}) ; donnez une date.`,
	'season-in-one-year': (p) =>
		`${q(p.text)} : une saison « ${p.season} » tient dans une seule année (seul l’hiver en couvre deux) ; saisissez ${q(`${p.season} ${p.first}`)} ou ${q(`${p.season} ${p.second}`)}.`,
	'not-one-winter': (p) =>
		`${q(p.text)} : ${p.first} et ${p.second} ne sont pas les deux années d’un même hiver ; saisissez un hiver, comme ${q(oneWinter(p.first))}.`,
	'not-a-month': (p) =>
		`${q(p.text)} : Dateline lit les semaines d’un mois, et ${q(p.words)} n’en est pas un ; saisissez un mois, comme ${q(`the ${p.which} week of May 2021`)}.`,
	'four-weeks': (p) =>
		`${q(p.text)} : un mois compte quatre semaines entières ; saisissez ${q(`the last week of ${p.month}`)} ou ${q(p.month)}.`
};
