/**
 * A state joined to a happening by "and" ("The bridge opened in 1890 and was then the longest in
 * the world") says what the subject was at the time, not what happened; the headline, its
 * auxiliary gone, glues it on as a fragment ("Bridge opened and then longest in world"). When the
 * date is the happening's, the state leaves the title. Each kind is a row of `JOINED_STATES`.
 */

import { isPastVerb } from '../happenings';
import { subjectBefore } from './rebuild';
import { FINITE, MARK } from './words';

/** Adverbs of time a joined state may carry: "was then", "is still", "was by then". */
const WHEN = String.raw`(?:(?:then|still|already|now|once|long|by\s+then|at\s+the\s+time)\s+)?`;

/** What a state's complement opens with: a noun phrase, a superlative, a share ("one of"). */
const COMPLEMENT = String.raw`(?:the|a|an|one|among|its|their|his|her|\p{Ll}{2,}est)\b`;

export const JOINED_STATES: { pattern: RegExp; example: string }[] = [
	{
		// "and was then the longest …", "and is one of about 90 miles of cast-iron pipe".
		pattern: new RegExp(
			String.raw`\s+and\s+(?:was|were|is|are|remained|remains)\s+${WHEN}${COMPLEMENT}[^,;]*(?=[,;]|$)`,
			'gu'
		),
		example: 'The bridge opened in 1890 and was then the longest in the world → Bridge opened'
	}
];

/** Whether the words before a joined state tell a happening: a past or finite verb. */
const happening = (before: string) =>
	before
		.split(/[,;]\s+/)
		.at(-1)!
		.split(/\s+/)
		.some((w) => isPastVerb(w.toLowerCase()) || FINITE.has(w.toLowerCase()));

/** The sentence without the states joined to its happenings, unless one holds the title's date. */
export function withoutJoinedStates(s: string, targetMark: string): string {
	if (!s.includes(' and ')) return s;
	return JOINED_STATES.reduce(
		(text, { pattern }) =>
			text.replace(pattern, (m, at: number) =>
				m.includes(targetMark) || !happening(text.slice(0, at)) ? m : ''
			),
		s
	);
}

/**
 * A joined state that holds the title's date, after a happening of another date, is the title
 * with the happening's subject: "A second satellite was approved by the Air Force in 2023 and is
 * meant to launch in late 2028" → (2028) "Second satellite is meant to launch", never "Second
 * satellite approved by Air Force and is meant to launch". Null when the date is elsewhere.
 */
export function joinedState(s: string, targetMark: string): string | null {
	if (!s.includes(' and ')) return null;
	const m = new RegExp(
		String.raw`^([^;]*?)\s+and\s+((?:is|are|was|were|remains|remained)\s+[^,;]*${targetMark}[^,;]*)`,
		'u'
	).exec(s);
	if (!m || !new RegExp(`${MARK}O\\d+${MARK}`).test(m[1]!) || !happening(m[1]!)) return null;
	const subject = subjectBefore(`${m[1]} and `);
	return subject ? `${subject} ${m[2]}` : null;
}
