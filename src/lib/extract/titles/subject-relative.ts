/**
 * A restrictive relative clause whose subject is its noun ("a bank clerk who vanished in 1987",
 * "talks that began in 2022", "a pit boss who had been dismissed by the casino in 2019"): a date
 * inside it dates the noun's own happening, not the clause the noun sits in. "Detectives reopened
 * the case of a bank clerk who vanished in 1987" is, for 1987, "Bank clerk vanished"; "a drought
 * that began in the fall of 2024 left fields parched" is, for that fall, "Drought began".
 *
 * The clause is known by its shape, read from the tables below: a noun phrase opened by a
 * determiner or a number, no comma before the relative word, then straight away the clause's
 * verb (a past form, or an auxiliary chain ending on a participle). It runs to the first comma,
 * clause word or verb after its own (the main clause's, when the noun is its subject). A
 * relative with a subject of its own ("the report that the agency released") is another shape,
 * read by `endingRelative` and `withObject`; a comma-led one by `relativeClause`.
 */

import { isPastVerb } from '../happenings';
import { FINITE, FUNCTION_WORDS, MARK, PREPOSITION } from './words';

/** Words that open the noun phrase a relative hangs on. */
const DETERMINERS = new Set(
	'a an the its his her their this that these those two three four five six seven eight nine ten several many some dozens hundreds thousands'.split(
		' '
	)
);

/** The relative words whose clause may have the noun as its subject. */
const RELATIVE_WORDS = new Set(['who', 'that', 'which']);

/** An auxiliary chain before the relative's participle: "had been", "was", "were". */
const AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'been', 'being']);

/** Adverbs that may stand before the relative's verb: "who later moved", "that first opened". */
const LEAD_ADVERBS = new Set(['later', 'first', 'once', 'then', 'also', 'eventually', 'finally']);

/** Words that end the relative clause: a new clause begins. */
const CLAUSE_WORDS = new Set([
	'and',
	'but',
	'or',
	'when',
	'while',
	'because',
	'as',
	'if',
	'so',
	'who',
	'which',
	'that',
	'where'
]);

/** Nouns whose "that" tells their content, not a relative: "the news that …" (contact-relative). */
const CONTENT_NOUNS = new Set(
	'news fact claim claims idea belief report reports word rumor rumors hope fear fears sign signs notion view assurance promise warning argument allegation allegations suggestion evidence possibility chance risk question'.split(
		' '
	)
);

/** Another date's marker (see markers.ts). */
const OTHER_DATE = new RegExp(`${MARK}O\\d+${MARK}`);

const isVerb = (w: string) => /^\p{Ll}+$/u.test(w) && (isPastVerb(w) || FINITE.has(w));

/**
 * The happening of a restrictive relative clause that holds the date `mark`, told with its noun
 * as subject ("a bank clerk vanished in ⁣T0⁣"); or the sentence without such a clause that holds
 * another date, which is that clause's and no part of this one's happening ("opened a relief
 * center in a school that had closed in 2015" → "opened a relief center in a school"); or null.
 */
export function subjectRelative(
	s: string,
	mark: string
): { happening: string } | { main: string } | null {
	if (!s.includes(mark)) return null;
	const words = s.split(/\s+/);
	let main: string | null = null;
	for (let r = 2; r < words.length - 1; r++) {
		if (!RELATIVE_WORDS.has(words[r]!.toLowerCase())) continue;
		const noun = words[r - 1]!;
		// The noun: a plain word right before the relative word, no comma between.
		if (!/^[\p{L}\d-]+$/u.test(noun) || FUNCTION_WORDS.has(noun.toLowerCase()) || isVerb(noun))
			continue;
		if (words[r] === 'that' && CONTENT_NOUNS.has(noun)) continue;
		// Its determiner, up to four words back, with only nouns and modifiers between.
		let d = r - 1;
		while (d > r - 5 && d > 0 && !DETERMINERS.has(words[d - 1]!.toLowerCase())) {
			const w = words[d - 1]!;
			if (!/^[\p{L}\d’'-]+$/u.test(w) || FUNCTION_WORDS.has(w.toLowerCase()) || isVerb(w)) break;
			d--;
		}
		if (d === 0 || !DETERMINERS.has(words[d - 1]!.toLowerCase())) continue;
		// (A description set off after a name is that name's: "Petrescu, 47, a lawyer who …" is
		// read by `relativeClause`.)
		if (d >= 2 && /,$/.test(words[d - 2]!)) continue;
		// The relative's verb, straight after: an adverb, an auxiliary chain, then a past form.
		let v = r + 1;
		while (v < words.length && LEAD_ADVERBS.has(words[v]!)) v++;
		let auxiliaries = 0;
		while (v < words.length && AUXILIARIES.has(words[v]!)) {
			v++;
			auxiliaries++;
		}
		while (v < words.length && auxiliaries > 0 && /^\p{Ll}+ly$/u.test(words[v]!)) v++;
		const verb = words[v];
		if (!verb || !/^\p{Ll}+$/u.test(verb) || !isPastVerb(verb)) continue;
		// The clause runs to a comma, a clause word or another verb (the main clause's).
		let end = v + 1;
		for (; end < words.length; end++) {
			const w = words[end]!;
			if (CLAUSE_WORDS.has(w) || (isVerb(w) && !/^(?:to|be)$/.test(words[end - 1]!))) break;
			if (/[,;:]$/.test(w)) {
				end++;
				break;
			}
		}
		const clause = words.slice(r + 1, end).join(' ');
		// (Not a preposition's object left alone at its end: "who lived in", cut.)
		if (PREPOSITION.test(`${words[end - 1]!.replace(/[,;:]$/, '')} `)) continue;
		if (!clause.includes(mark)) {
			// (Only a whole clause: "a club that finished 11th in 2023 and fired its coach in May"
			// goes on with a second verb phrase of its own.)
			if (!OTHER_DATE.test(clause) || /^(?:and|but|or)$/.test(words[end] ?? '')) continue;
			const comma = /[,;:]$/.exec(words[end - 1]!)?.[0] ?? '';
			main ??= [...words.slice(0, r - 1), noun + comma, ...words.slice(end)].join(' ');
			continue;
		}
		const head = words.slice(d - 1, r).join(' ');
		return { happening: `${head} ${clause.replace(/[,;:]$/, '')}` };
	}
	return main === null ? null : { main };
}

/** Prepositions before "which" that place a happening inside the noun: "a flight in which …". */
const INSIDE = new Set(['in', 'during', 'at']);

/**
 * A noun the date names ("the Feb. 12 flight", "a 2008 experiment") with a relative clause that
 * tells what happened in it ("in which an Airbus A321 turned back to Seattle") is titled by that
 * clause, which has a subject and a verb of its own; so is a date inside such a clause. The
 * noun alone is no happening: "Feb. 12 flight", "Finding follows 2008 experiment in which …".
 */
export function happenedIn(s: string, mark: string): string | null {
	const words = s.split(/\s+/);
	for (let w = 2; w < words.length - 3; w++) {
		if (words[w] !== 'which' || !INSIDE.has(words[w - 1]!)) continue;
		// The noun's phrase: from its determiner, a few words back, no comma inside but its last.
		let d = w - 2;
		while (d > 0 && d > w - 7 && !DETERMINERS.has(words[d]!.toLowerCase())) {
			if (/[,;:]$/.test(words[d - 1]!)) break;
			d--;
		}
		if (!DETERMINERS.has(words[d]!.toLowerCase())) continue;
		const noun = words.slice(d, w - 1).join(' ');
		// The clause: to the sentence's end or its next comma before "and" or "but".
		const rest = words.slice(w + 1).join(' ');
		const end = rest.search(/,\s+(?:and|but|while)\s|;/);
		const clause = end < 0 ? rest : rest.slice(0, end);
		if (!noun.includes(mark) && !clause.includes(mark)) continue;
		// (Its own subject and past verb: "in which researchers sprouted …", not "in which to".)
		const verb = clause.split(/\s+/).findIndex((x, i) => i > 0 && i < 9 && isPastVerb(x));
		if (verb < 0 || /^(?:to|\p{Ll}+ing)$/u.test(clause.split(/\s+/)[0]!)) continue;
		return clause.replace(/[,.;:]$/, '');
	}
	return null;
}
