/**
 * A forecast's object that points back to the clause before it: "Margins narrowed to 3.1%, and
 * the board expects them to widen again by the end of 2027" → "Board expects margins to widen
 * again" (dev19e); "Orders for coated steel have fallen sharply, and Castra expects them to
 * recover next year" → "Castra expects orders for coated steel to recover" (dev18e). A title
 * read alone cannot tell what "them" was; in a forecast after a clause of its own sentence it
 * is that clause's subject, what fell and is expected to recover. Only when the number agrees
 * ("them" a plural, "it" one thing) and the subject is a plain noun phrase: a pronoun, a date,
 * a comma or a long phrase leaves the forecast as it was. A reported clause's subject is the
 * one after its "that" ("said on Wednesday that like-for-like sales fell 5%, and it expects
 * them to return to growth").
 */

import { FORECASTING, splitClauses } from './clauses';
import { FUNCTION_WORDS, MARK, PREPOSITION, subjectOf } from './words';

/** A forecast's subject and verb, its pronoun object and the "to" after it. */
const FORECAST_OBJECT = new RegExp(String.raw`^(.*?\b(?:${FORECASTING}))\s+(them|it)\s+(?=to\s)`);
/** A saying before a reported clause: the subject is the one after "that". */
const REPORTED = /^.*\b(?:said|says|told\s+\S+|announced|reported|added)\s+(?:\S+\s+){0,3}?that\s+/;
/** Subjects no forecast's pronoun can name. */
const NO_NOUN = /^(?:it|its|they|them|he|she|we|this|that|these|those|there|which|who)$/i;
/** Plurals without an "-s". */
const PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'staff']);
/** The longest subject a forecast's pronoun is named by. */
const MOST_WORDS = 6;

/** The head of a noun phrase cut before its first preposition: its last word. */
const headOf = (words: string[]) => words.at(-1)!.toLowerCase();

const isPlural = (head: string) =>
	PLURALS.has(head) || (/[^s'’]s$/.test(head) && !/(?:ss|us|is)$/.test(head));

/** The subject of the clause before, as a forecast's object may name it; else ''. */
function subjectBefore(before: string): string {
	const clause = before.replace(REPORTED, '');
	const subject = subjectOf(clause.replace(/^(?:and|but|yet)\s+/i, ''));
	const words = subject.split(/\s+/).filter(Boolean);
	if (words.length === 0 || words.length > MOST_WORDS || NO_NOUN.test(words[0]!)) return '';
	if (/[,;:"“”]/.test(subject) || subject.includes(MARK)) return '';
	return subject;
}

/**
 * The clause with its forecast's "them" or "it" named by the subject of the clause before it in
 * the sentence `whole`; the clause as it was where that cannot be told.
 */
export function forecastObject(clause: string, whole: string): string {
	const m = FORECAST_OBJECT.exec(clause);
	if (!m) return clause;
	const at = whole.indexOf(clause);
	if (at <= 0) return clause;
	const before = splitClauses(whole.slice(0, at)).at(-1);
	if (!before) return clause;
	const subject = subjectBefore(before);
	if (!subject) return clause;
	// (The noun phrase up to its head: "orders for coated steel" is named "orders", as a
	// headline would shorten it.)
	const all = subject.split(/\s+/);
	const cut = all.findIndex((w, i) => i > 0 && PREPOSITION.test(`${w} `));
	const words = cut > 0 ? all.slice(0, cut) : all;
	if (isPlural(headOf(words)) !== (m[2] === 'them')) return clause;
	// A determiner, or a plural common noun that opens the sentence, loses its capital: "Margins
	// narrowed" → "expects margins"; a name keeps it ("Castra").
	const first = words[0]!;
	const opens = whole.startsWith(subject);
	const common =
		FUNCTION_WORDS.has(first.toLowerCase()) ||
		(opens && /^\p{Lu}\p{Ll}+$/u.test(first) && m[2] === 'them' && isPlural(first.toLowerCase()));
	const phrase = words.join(' ');
	const named = common ? first.toLowerCase() + phrase.slice(first.length) : phrase;
	return `${m[1]} ${named} ${clause.slice(m[0].length)}`;
}
