/**
 * A date inside a subordinate clause that opens the sentence dates that clause, not the main
 * clause after its comma: the comma closes the clause, so the date cannot reach past it. "When
 * Bao Bao died of kidney failure in 2022, the zoo's breeding program seemed over" → "Bao Bao died
 * of kidney failure"; "After the plant closed in 2019, the town lost a third of its jobs" →
 * "Plant closed"; "Before she became mayor in 2010, Lee ran a bakery" → "Lee became mayor".
 */

import { possessiveEnding } from '../things';
import { givenNameSex } from './given-names';
import { mayBeSpeaker } from './speakers';
import { MARK, PREPOSITION, hasFiniteVerb, subjectOf } from './words';

/** A fronted subordinate clause of a time or a reason, before its main clause's comma. */
const FRONTED =
	/^(When|As|While|Because|Once|Although|Though|After|Before|Until|Since)\s+(?!of\s|part\s|a\s+result\b)([^,]+?),\s+(?=\S)/;

/** A date that names its day: a weekday, "Sept. 3", "3 September", "yesterday". */
export const DAY =
	/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|\d{1,2}(?:st|nd|rd|th)?\b(?!\d))/i;

/** Subordinators that are also prepositions: their clause must open with a subject. */
const ALSO_PREPOSITION = /^(?:After|Before|Until|Since)$/;

/** "the plant closed", "he was charged", "Lee became": a subject before the clause's verb. */
const SUBJECT_FIRST = /^(?:the|a|an|its|their|his|her|he|she|it|they|\p{Lu}[\p{L}.’'&-]*)\s/u;

/**
 * The fronted clause that holds `mark`, its pronoun subject named by the main clause's subject
 * (as `ownSubject` names it), or null when the date is not in such a clause.
 */
export function frontedClause(s: string, mark: string, date: string): string | null {
	const m = FRONTED.exec(s);
	const clause = m?.[2];
	if (!clause?.includes(mark) || !hasFiniteVerb(clause) || PREPOSITION.test(clause)) return null;
	if (!ALSO_PREPOSITION.test(m![1]!)) return clause;
	// (A day's "After …," tells what its main clause followed that same day, often a happening
	// told before: "A gust toppled a tower on Saturday. … After the tower toppled Saturday, police
	// cleared the field" dates the clearing. A year's or a month's does not: "After the plant
	// closed in 2019, the town lost a third of its jobs" tells no loss in 2019.)
	if (m![1] === 'After' && DAY.test(date)) return null;
	// "After a three-week trial in May, …", "Since 2019, …", "After being sold in 2021, …": a
	// noun phrase or a participle, no clause of its own; the main clause tells the happening.
	const subject = subjectOf(clause);
	if (!SUBJECT_FIRST.test(clause) || !subject || subject.split(' ').length > 5) return null;
	if (subject.includes(MARK) || /\s(?:that|which|who|whom|whose|and|or|but)(?:\s|$)/i.test(subject))
		return null;
	return ownSubject(clause, s.slice(m![0].length));
}

/** A subject that tells a person: a title before it ("Mayor", "Mr.") or a given name in it. */
const PERSON_TITLE =
	/^(?:Mr|Mrs|Ms|Miss|Dr|Judge|Mayor|Gov|Governor|Sen|Senator|Rep|President|Coach|Captain|Sheriff|Chief)\b/;
export const OBJECT_PRONOUN = 'object pronoun';
const SEX_OF = { he: 'male', she: 'female' } as const;

/**
 * Who a "he" or "she" is when the main clause's subject tells no person and its verb's object
 * does: "Somerset will rest Tom Kerr for a week after he bowled 42 overs" is Tom Kerr, never
 * Somerset (the one person named after the verb whose given name is of the pronoun's sex); "The
 * club will rest him after he bowled" keeps its "he" (OBJECT_PRONOUN). Null where the subject
 * may be the one.
 */
export function otherPerson(main: string, own: string, pronoun: string): string | null {
	const p = pronoun.toLowerCase();
	if (p !== 'he' && p !== 'she') return null;
	const words = own.split(/\s+/);
	if (PERSON_TITLE.test(own) || words.some((_, k) => givenNameSex(words.slice(k).join(' '))))
		return null;
	const rest = main.slice(main.indexOf(own) + own.length);
	const people = new Set(
		[...rest.matchAll(/(?<![\p{L}’'])\p{Lu}[\p{Ll}’'-]+\s+\p{Lu}[\p{L}’'-]+/gu)]
			.map((m) => m[0])
			.filter((name) => givenNameSex(name) === SEX_OF[p])
	);
	if (people.size === 1) return [...people][0]!;
	return new RegExp(`\\b${p === 'he' ? 'him' : 'her'}\\b`, 'i').test(rest) && people.size === 0
		? OBJECT_PRONOUN
		: null;
}

/**
 * A subordinate clause with its pronoun subject, or its possessive, named by the subject of the
 * main clause it hangs on: "The mayor resigned after he was charged" → "The mayor was charged";
 * "Dockworkers returned to work after their union reached a deal" → "Dockworkers’ union reached a
 * deal". A main clause whose subject is a pronoun, a date or a long phrase names nothing, and
 * neither does one the pronoun cannot be (a group is no "he", a person no "it").
 */
export function ownSubject(clause: string, main: string): string {
	const own = subjectOf(main);
	if (!own || own.split(' ').length > 4 || own.includes(MARK)) return clause;
	if (/^(?:he|she|it|they|we|i|you)$/i.test(own)) return clause;
	// (Only a subject the pronoun can be: "Police said …" is never a "he".)
	const pronoun = /^(he|she|it|they)\s/i.exec(clause)?.[1];
	if (pronoun && !mayBeSpeaker(own, pronoun)) return clause;
	const other = pronoun ? otherPerson(main, own, pronoun) : null;
	if (other === OBJECT_PRONOUN) return clause;
	if (other) return clause.replace(/^(?:he|she)\s+/i, `${other} `);
	return clause
		.replace(/^(?:he|she|it|they)\s+(?=\p{Ll})/u, `${own} `)
		.replace(/^(?:its|their|his|her)\s(?=\p{Ll})/u, `${own}${possessiveEnding(own)} `);
}
