/**
 * An aside set off by commas between a verb and what it takes ("The board found, in an interim
 * report released on Tuesday, that the pilots had shut down the wrong engine") is no part of the
 * clause: a title that keeps it is cut inside it ("Board found, in interim report released").
 * The aside goes; a date in it dates the verb, as "found on Tuesday that" would, so its marker
 * stays after the verb. Each row is an aside's shape with the sentence that asked for it.
 */

import { isPastVerb } from '../happenings';
import { FINITE } from './words';

export const VERB_ASIDES: { opens: string; example: string }[] = [
	{
		// A phrase of where or how it was said or found: "in a statement issued on Monday".
		opens: String.raw`(?:in|at|during|on|through|via|by|after|before|under|with|according\s+to)\s`,
		example:
			"The parish council said, in a statement issued on Monday, that next year's parade would follow a new route."
	}
];

/**
 * The asides between a verb and its "that" clause or object, gone: a verb (a past or finite
 * form), a comma, the aside, a comma, and then "that", a determiner or a name.
 */
const ASIDE = new RegExp(
	String.raw`(?<=(?:^|\s)(\p{Ll}{2,}))\s*,\s+(${VERB_ASIDES.map((r) => r.opens).join('|')}[^,;“”"‘’]{0,90}?),\s+(?=(?:that|the|a|an|its|his|her|their)\s|\p{Lu})`,
	'gu'
);

export function withoutVerbAsides(s: string, targetMark: string): string {
	if (!s.includes(', ')) return s;
	return s.replace(ASIDE, (m, verb: string, aside: string) => {
		if (!(isPastVerb(verb) || FINITE.has(verb))) return m;
		// (The title's date stays with its verb: "said, in a statement on Monday, that" → "said
		// Monday that"; another date goes with its aside, as the aside's words do.)
		return aside.includes(targetMark) ? ` on ${targetMark} ` : ' ';
	});
}
