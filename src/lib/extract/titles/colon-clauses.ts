/**
 * Two clauses joined by a colon are two headlines, not one: the second tells what the first
 * claims ("The plant never came close: for most of last year it ran a single shift"), and a date
 * governs only the clause it is in. The title is that clause alone, never both glued ("Plant never
 * came close: it ran single shift"). A colon that opens a quotation, a list or a saying's words
 * ("said: …", "three things: …") joins no second clause, and is left.
 */

import { MARK, hasFiniteVerb, subjectOf } from './words';

/** A colon between words, not a clock's ("6:40") nor a ratio's. */
const COLON = /(?<=\S):\s+/g;

/** What a colon after it opens is said or listed, not a clause of its own. */
const SAYS_BEFORE =
	/\b(?:said|says|say|told\s+\S+|added|wrote|writes|warned|announced|declared|explained|stated|tweeted|posted)\b(?:\s+[^\s:]+){0,4}\s*$|\b(?:read|reads|follows|following|including|include|includes|are|were|is|was)\s*$/i;

/** A quotation or a bracket opening what follows the colon. */
const QUOTED_AFTER = /^[‘“"'([]/;

/**
 * The clause of `s` that holds `targetMark`, when `s` is two clauses joined by a colon; null
 * when it is not, or the date is in no one of them.
 */
export function colonClause(s: string, targetMark: string): string | null {
	if (!s.includes(': ')) return null;
	const cuts = [...s.matchAll(COLON)];
	if (cuts.length !== 1) return null;
	const m = cuts[0]!;
	const before = s.slice(0, m.index);
	const after = s.slice(m.index + m[0].length);
	if (SAYS_BEFORE.test(before) || QUOTED_AFTER.test(after)) return null;
	// (Each side a clause: a subject and a verb of its own, so a heading or a list is left.)
	if (!hasFiniteVerb(before) || !hasFiniteVerb(clauseAfter(after))) return null;
	if (before.includes(targetMark) === after.includes(targetMark)) return null;
	const own = before.includes(targetMark) ? before : thingNamed(after, before);
	return own.charAt(0).toUpperCase() + own.slice(1);
}

/**
 * The clause after the colon with its "it" or "they" named by the first clause's subject, the
 * thing the colon goes on about: "The plant never came close: … it ran a single shift" → "… the
 * plant ran a single shift" (never a body named earlier in the story).
 */
function thingNamed(after: string, before: string): string {
	const subject = subjectOf(before).replace(/\s+(?:never|not|also|still|only|just)$/, '');
	if (!/^(?:the|its|their)\s+\p{Ll}/iu.test(subject) || subject.split(' ').length > 4) return after;
	if (subject.includes(MARK) || /^\p{Ll}+$/u.test(subject.split(' ').at(-1)!) === false)
		return after;
	// (The pronoun opens the clause, or follows its opening phrase of when: "for most of last
	// year it ran".)
	return after.replace(
		new RegExp(
			`^((?:[^,]{0,40}${MARK}[TO]\\d+${MARK},?\\s+|[^,]{0,40},\\s+)?)(?:it|they)\\s+(?=\\p{Ll})`,
			'u'
		),
		`$1${subject.toLowerCase()} `
	);
}

/**
 * The clause after a colon without an opening phrase of when, which a clause's verb test would
 * read as its subject: "for most of last year | it ran a single shift".
 */
function clauseAfter(after: string): string {
	const comma = /^(?:for|in|on|at|by|during|since|after|before|until|over)\s[^,]{1,40},\s+/i.exec(
		after
	);
	return comma ? after.slice(comma[0].length) : after;
}
