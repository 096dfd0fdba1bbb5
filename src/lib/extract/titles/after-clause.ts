/**
 * A date inside a clause after "after" dates that clause, not the one it follows: "Oil prices
 * rose 2 percent after a fire shut a refinery in Texas on Monday" → "Fire shut refinery in
 * Texas"; "After the company said on Tuesday that sales would fall, its shares plunged" →
 * "Company said sales would fall". What followed it happened later, on a day the sentence does
 * not give.
 */

import { possessiveEnding } from '../things';
import { MARK, hasFiniteVerb, subjectOf } from './words';

/** A date that names its day: a weekday, "Sept. 3", "3 September", "yesterday". */
const DAY =
	/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|\d{1,2}(?:st|nd|rd|th)?\b(?!\d))/i;

/** "after a fire shut …", "after the company said …", "after he was charged …": a subject first. */
const SUBJECT_FIRST = /^(?:the|a|an|its|their|his|her|he|she|it|they|\p{Lu}[\p{L}.’'&-]*)\s/u;
/** "two days after", "weeks after": a lapse counted from the clause, which the date may not date. */
const LAPSE_BEFORE =
	/\b(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|shortly|soon|just|right|long)\s+$/i;

/** The clause after "after" that holds `mark`, its pronoun subject named by the main clause's. */
export function afterClause(s: string, mark: string, date: string): string | null {
	// A year or a month holds both ("fled the country after the Soviet Army crushed the uprising
	// in 1956"): the whole sentence tells it.
	if (!DAY.test(date)) return null;
	const opening = /^After\s+([^,]+),\s+(.+)$/.exec(s);
	const inner = opening ? null : /\safter\s+([^,;]+)[,;]?/.exec(s);
	const clause = opening?.[1] ?? inner?.[1];
	if (!clause || !clause.includes(mark) || !SUBJECT_FIRST.test(clause)) return null;
	const main = opening ? opening[2]! : s.slice(0, inner!.index);
	if (inner && LAPSE_BEFORE.test(`${main} `)) return null;
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
	const own = subjectOf(main);
	const pronoun = /^(?:he|she|it|they)\s+(?=\p{Ll})/u;
	if (!own || own.split(' ').length > 4 || own.includes(MARK)) return clause;
	// (…and its possessive is the main clause's subject's: "Dockworkers returned to work on
	// Friday after their union reached a deal late Thursday" → "Dockworkers’ union reached deal".)
	return clause
		.replace(pronoun, `${own} `)
		.replace(/^(?:its|their|his|her)\s(?=\p{Ll})/u, `${own}${possessiveEnding(own)} `);
}
