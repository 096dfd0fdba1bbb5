/**
 * A date inside a clause after "after" dates that clause, not the one it follows: "Oil prices
 * rose 2 percent after a fire shut a refinery in Texas on Monday" → "Fire shut refinery in
 * Texas". What followed it happened later, on a day the sentence does not give.
 */

import { DAY, ownSubject } from './fronted';
import { hasFiniteVerb, subjectOf } from './words';

/** "after a fire shut …", "after the company said …", "after he was charged …": a subject first. */
const SUBJECT_FIRST = /^(?:the|a|an|its|their|his|her|he|she|it|they|\p{Lu}[\p{L}.’'&-]*)\s/u;
/** "two days after", "weeks after": a lapse counted from the clause, which the date may not date. */
const LAPSE_BEFORE =
	/\b(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|shortly|soon|just|right|long)\s+$/i;

/**
 * The clause after an inner "after" that holds `mark`, its pronoun subject named by the main
 * clause's. (A fronted "After …," clause is `frontedClause`'s.)
 */
export function afterClause(s: string, mark: string, date: string): string | null {
	// A year or a month holds both ("fled the country after the Soviet Army crushed the uprising
	// in 1956"): the whole sentence tells it.
	if (!DAY.test(date)) return null;
	const inner = /\safter\s+([^,;]+)[,;]?/.exec(s);
	const clause = inner?.[1];
	if (!clause || !clause.includes(mark) || !SUBJECT_FIRST.test(clause)) return null;
	const main = s.slice(0, inner!.index);
	if (LAPSE_BEFORE.test(`${main} `)) return null;
	// The clause's subject is a few words before its verb: "after the Communist takeover in 1948"
	// is a noun phrase, no clause.
	const subject = subjectOf(clause);
	if (!subject || subject.split(' ').length > 5 || subject.includes(mark)) return null;
	// Nor is a noun with a clause of its own ("after a three-week trial that ended in May", "after
	// a sample she gave in February tested positive") or a verb's second object ("was shut down
	// after the crash and resumed on Tuesday").
	if (/\s(?:that|which|who|whom|whose|he|she|it|they|we|and|or|but)(?:\s|$)/i.test(subject))
		return null;
	if (!hasFiniteVerb(clause.replace(mark, ''))) return null;
	// (A saying's clause hangs on what was said, not on who said it: "Police said the man was
	// arrested on Friday after he fled a traffic stop on Wednesday" → "Man fled traffic stop".)
	return ownSubject(clause, main.replace(SAYING_FIRST, ''));
}

/** A speaker and a verb of saying before what was said: "Police said (that) …". */
const SAYING_FIRST =
	/^(?:[^,]{1,60}?\s)?(?:said|says|told\s+\S+|reported|announced|added)\s+(?:that\s+)?(?=\S+\s+\S)/;
