/**
 * A saying that reports two clauses ("The city said on Monday that the cameras would be turned
 * off in March and that it would refund every ticket") tells two things, each with its own
 * content: a title is the speaker and the one reported clause its date governs, never both glued
 * ("Cameras to be turned off and that city would refund"). The second "that" after "and" is
 * where the reports meet; the date in the saying's own words (its day) titles the first.
 */

import { MARK, subjectOf } from './words';

/** A saying, its first report after its "that", and a second after "and that". */
const TWO_REPORTS =
	/^(.*?\b(?:said|says|announced|reported|added|warned|argued|told)\b.*?\s)that\s+(.+?),?\s+and\s+that\s+(.+)$/;

/** …or its first report without a "that", right after the verb (and the saying's date). */
const TWO_REPORTS_BARE =
	/^(.*?\b(?:said|says|announced|reported|added|warned|argued)(?:\s+(?:on|in|at|late|early)?\s*\u2063[TO]\d+\u2063)*\s+)(.+?),?\s+and\s+that\s+(.+)$/;

/** The sentence (dates as markers) with the report its target date does not govern left out. */
export function oneReport(s: string, targetMark: string): string {
	const m = TWO_REPORTS.exec(s) ?? TWO_REPORTS_BARE.exec(s);
	if (!m) return s;
	const [, saying, first, second] = m as unknown as [string, string, string, string];
	// (A date of the saying itself, or of neither report, leaves the first.)
	if (!second.includes(targetMark) || first.includes(targetMark))
		return `${saying}that ${first.replace(/[,;]$/, '')}${/[.!?]$/.test(second) ? '.' : ''}`;
	// (The second report's pronoun subject is the first's: "the suspect had fled … and that he
	// was arrested" → "the suspect was arrested".)
	const subject = subjectOf(first);
	const pronoun = /^(he|she|it|they)\s/i.exec(second)?.[1]?.toLowerCase();
	const plural = /\sand\s|(?:police|people)$|[^s’']s$/i.test(subject);
	const agrees =
		pronoun &&
		subject &&
		subject.split(' ').length <= 5 &&
		!/^(?:he|she|it|they|we|i)$/i.test(subject) &&
		!subject.includes(MARK) &&
		(pronoun === 'they') === plural;
	return `${saying}that ${agrees ? second.replace(/^\S+/, subject) : second}`;
}
