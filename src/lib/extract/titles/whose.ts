/**
 * A date inside a "whose" clause dates that clause, whose subject is its antecedent's: "Linda
 * Parks, whose husband died of kidney cancer in 2023, testified …" → "Linda Parks's husband died
 * of kidney cancer"; "The clinic, whose records may have been stolen in 2024, reopened" →
 * "Clinic's records may have been stolen". The clause is the happening; the name alone, or the
 * name and its clause, would be no title.
 */

import { hasFiniteVerb } from './words';

/**
 * A name of up to four words, perhaps with its description ("Carver Health, a retailer whose
 * …"), then its "whose" clause up to the next comma. A place in the description may have its
 * state or country after a comma, which is one place, never the antecedent: "Walter Brandt, a
 * gunner from Council Bluffs, Iowa, whose bomber went down" is Brandt's bomber, not Iowa's.
 */
const WHOSE =
	/((?:\p{Lu}[\p{L}’'.-]+\s+){0,3}\p{Lu}[\p{L}’'-]+),\s+((?:a|an|the)\s+[^,]{1,60}?(?:,\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)?)?,?\s+)?whose\s+([^,;]+)/u;

/**
 * A noun with its article, then its "whose" clause set off by commas: "the clinic, whose records
 * …, reopened". (Without the commas the clause tells which one, and the sentence's verb is the
 * happening: "a man whose house was a bomb factory was arrested last year".)
 */
const NOUN_WHOSE =
	/\b(?:[Tt]he|[Aa]n?)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(),\s+whose\s+([^,;]+)(?=[,;]|\.?$)/u;

/**
 * A noun's "whose" clause without commas that closes the sentence after its main verb: "allowed
 * testimony from a fire investigator whose license had lapsed in 2021." The date is the clause's;
 * before the main verb ("A man whose house was a bomb factory was arrested last year") the
 * clause only tells which one.
 */
const CLOSING_WHOSE =
	/\b(?:the|a|an)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)()\s+whose\s+([^,;:]+?)[.!]?$/u;

/** A place and its comma before a state: "from Council Bluffs, " of "…, Iowa, whose". */
const PLACE_BEFORE_STATE =
	/\b(?:from|in|of|near|at|outside)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*,\s+$/u;

/** A name, a copula and its noun with a place: "Brandt was a 23-year-old navigator from …". */
const COPULA_FROM =
	/((?:\p{Lu}[\p{L}’'.-]+\s+){0,3}\p{Lu}[\p{L}’'-]*\p{Ll})\s+(?:was|is)\s+(?:a|an|the)\s+[^,]{1,60}?\s+(?:from|in|of|near|at|outside)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*,\s+$/u;

/** The "whose" clause holding `mark`, told of its antecedent, or null. */
export function whoseClause(s: string, mark: string): string | null {
	const closing = CLOSING_WHOSE.exec(s);
	const m =
		WHOSE.exec(s) ??
		NOUN_WHOSE.exec(s) ??
		(closing && hasFiniteVerb(s.slice(0, closing.index)) ? closing : null);
	if (!m || !m[3]!.includes(mark) || !hasFiniteVerb(m[3]!)) return null;
	// A state after its place is no antecedent: the one the place tells of is, by a copula
	// ("Brandt was a 23-year-old navigator from Council Bluffs, Iowa, whose B-17 went down") or
	// no one the rule can tell.
	if (PLACE_BEFORE_STATE.test(s.slice(0, m.index))) {
		const copula = COPULA_FROM.exec(s.slice(0, m.index));
		if (!copula) return null;
		return `${copula[1]}${s.includes('’') ? '’' : "'"}s ${m[3]}`;
	}
	// (The sentence's own apostrophe: "daughter's" keeps "Dana Ruiz's", "daughter’s" "Ruiz’s";
	// a name's description reads "’s", as a subject's does in `asides`.)
	const apostrophe = s.includes('’') || m[2] ? '’' : "'";
	return `${m[1]}${apostrophe}s ${m[3]}`;
}
