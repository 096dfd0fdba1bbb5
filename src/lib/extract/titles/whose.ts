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
 * …"), then its "whose" clause up to the next comma.
 */
const WHOSE =
	/((?:\p{Lu}[\p{L}’'.-]+\s+){0,3}\p{Lu}[\p{L}’'-]+),\s+((?:a|an|the)\s+[^,]{1,40}?,?\s+)?whose\s+([^,;]+)/u;

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

/** The "whose" clause holding `mark`, told of its antecedent, or null. */
export function whoseClause(s: string, mark: string): string | null {
	const closing = CLOSING_WHOSE.exec(s);
	const m =
		WHOSE.exec(s) ??
		NOUN_WHOSE.exec(s) ??
		(closing && hasFiniteVerb(s.slice(0, closing.index)) ? closing : null);
	if (!m || !m[3]!.includes(mark) || !hasFiniteVerb(m[3]!)) return null;
	// (The sentence's own apostrophe: "daughter's" keeps "Dana Ruiz's", "daughter’s" "Ruiz’s";
	// a name's description reads "’s", as a subject's does in `asides`.)
	const apostrophe = s.includes('’') || m[2] ? '’' : "'";
	return `${m[1]}${apostrophe}s ${m[3]}`;
}
