/**
 * A date inside a name's "whose" clause dates that clause, whose subject is the name's: "Linda
 * Parks, whose husband died of kidney cancer in 2023, testified …" → "Linda Parks's husband died
 * of kidney cancer". The clause is the happening; the name alone would be no title.
 */

import { hasFiniteVerb } from './words';

/** A name of up to four words, then its "whose" clause up to the next comma. */
const WHOSE = /((?:\p{Lu}[\p{L}’'.-]+\s+){0,3}\p{Lu}[\p{L}’'-]+),\s+whose\s+([^,;]+)/u;

/** The "whose" clause holding `mark`, told of its name, or null. */
export function whoseClause(s: string, mark: string): string | null {
	const m = WHOSE.exec(s);
	if (!m || !m[2]!.includes(mark) || !hasFiniteVerb(m[2]!)) return null;
	// (The sentence's own apostrophe: "daughter's" keeps "Dana Ruiz's", "daughter’s" "Ruiz’s".)
	const apostrophe = s.includes('’') ? '’' : "'";
	return `${m[1]}${apostrophe}s ${m[2]}`;
}
