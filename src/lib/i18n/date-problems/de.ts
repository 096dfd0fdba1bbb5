import { oneWinter, tryDates, type DateProblemWords } from './en';

const q = (s: string) => `„${s}“`;
// The examples are typed in English: they keep their own quotation marks.
const TRY = `versuchen Sie ${tryDates('oder')}`;

export const de: DateProblemWords = {
	empty: () => 'Geben Sie ein Datum ein, etwa “late March 2020”, “2019” oder “44 BC”.',
	'nothing-after': (p) => `${q(p.text)} nennt kein Datum nach ${q(p.said)}; ${TRY}.`,
	'bounded-twice': (p) =>
		`${q(p.text)} begrenzt ein Datum, das schon begrenzt ist (${q(p.rest)}); ein Datum nimmt nur eine Grenze: geben Sie ${q(`${p.said} ${p.unit}`)} oder ${q(p.rest)} ein.`,
	'not-a-date': (p) =>
		p.is === 'nothing'
			? `${q(p.text)} enthält kein Datum, das Dateline lesen kann; ${TRY}.`
			: `${q(p.text)} ist ${p.is === 'repeats' ? 'eine wiederkehrende Zeit' : 'eine Zeitdauer'}, kein Datum; ${TRY}.`,
	'two-dates': (p) =>
		`${q(p.text)} enthält zwei Daten, ${q(p.a)} und ${q(p.b)}; geben Sie eines an.`,
	'words-left': (p) => {
		const unread = [p.before && `${q(p.before)} davor`, p.after && `${q(p.after)} danach`];
		return `Dateline liest ${q(p.read)}, aber nicht ${unread.filter(Boolean).join(' oder ')}: Entfernen Sie ${p.before && p.after ? 'beides' : 'es'}.`;
	},
	'no-point': (p) => `${q(p.text)} nennt keinen Zeitpunkt (${p.value}); geben Sie ein Datum an.`,
	'season-in-one-year': (p) =>
		`${q(p.text)}: Die Jahreszeit „${p.season}“ liegt in einem Jahr (nur ein Winter reicht über zwei); geben Sie ${q(`${p.season} ${p.first}`)} oder ${q(`${p.season} ${p.second}`)} ein.`,
	'not-one-winter': (p) =>
		`${q(p.text)}: ${p.first} und ${p.second} liegen nicht einen Winter auseinander; geben Sie einen Winter ein, etwa ${q(oneWinter(p.first))}.`,
	'not-a-month': (p) =>
		`${q(p.text)}: Dateline liest die Wochen eines Monats, und ${q(p.words)} ist keiner; geben Sie einen Monat ein, etwa ${q(`the ${p.which} week of May 2021`)}.`,
	'four-weeks': (p) =>
		`${q(p.text)}: Ein Monat hat vier ganze Wochen; geben Sie ${q(`the last week of ${p.month}`)} oder ${q(p.month)} ein.`
};
