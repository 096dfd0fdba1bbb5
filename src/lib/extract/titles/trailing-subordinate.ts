/**
 * A clause of time or manner that trails its main clause ("as the ferry left the pier") tells the circumstances of the happening, not the happening:
 * when the date is not inside it, the title ends before it. A date inside it is its own (the
 * clause rules read that case: `stateThenHappening`), so such a clause is left whole.
 */

import { isPastVerb } from '../happenings';
import { FINITE, FUNCTION_WORDS, MARK, hasFiniteVerb } from './words';

/**
 * The subordinators whose trailing clause a title leaves, each with the case that asked for it
 * ("even as" and "just as" are read with their "as").
 */
export const TRAILING_SUBORDINATORS: { opener: string; example: string }[] = [
	{
		opener: 'as',
		example:
			"Revenue from the city's sales tax fell in 2023-25 as two malls closed → Revenue from city's sales tax fell"
	}
];
// ("while" needs no row: the headline already ends a title at it.)

/**
 * Words before "as" that make it a comparison or a role, no clause of time: "as soon as", "as
 * long as", "such as", "the same as", "twice as".
 */
const COMPARING =
	/(?:^|\s)(?:as|so|such|same|much|many|long|soon|well|far|just|only|exactly|precisely|twice|times|known|regarded|seen|served|serves|serving|act|acts|acted|acting|described|listed|named|ranked|rated|treated|used)$/i;

/**
 * A main clause that says only that something came to pass ("The shooting happened at 7:50 a.m.
 * as children were arriving") leaves its trailing clause to tell what it was.
 */
const CAME_TO_PASS =
	/\b(?:happened|happens|occurred|occurs|took\s+place|takes\s+place|came|comes|unfolded)(?:\s+\S+){0,3}\s*$/;

/**
 * A body's posture at the moment ("as he stood in his kitchen", "as she slept") is the scene of
 * the happening, which a title may keep: it tells where the victim was, in few words.
 */
const POSTURE =
	/^(?:stood|sat|lay|slept|knelt|(?:was|were)\s+(?:standing|sitting|lying|sleeping|kneeling))\b/i;

/** Determiners and pronouns a trailing clause's subject may open with. */
const SUBJECT_OPENER =
	/^(?:the|a|an|its|his|her|their|this|that|these|those|some|many|most|all|no)$/i;
const PRONOUN = /^(?:he|she|it|they|we|i|you)$/i;

/** A verb that can follow a clause's subject: a past form or a finite auxiliary ("was", "had"). */
const isVerb = (word: string) =>
	isPastVerb(word) || (FINITE.has(word) && !/^(?:says|said|tells|told)$/.test(word));

/**
 * Whether `tail` (the words after the subordinator, to its clause's end) opens with a clause of
 * its own: a pronoun, or up to four words of a noun phrase, then a verb ("two malls closed", "the
 * town's lifeboat led", "investors weighed"). "as a Category 3 storm" and "as expected" do not.
 */
function opensClause(tail: string): boolean {
	const words = tail.split(/\s+/);
	const first = words[0] ?? '';
	if (PRONOUN.test(first))
		return isVerb(words[1]?.toLowerCase() ?? '') && !POSTURE.test(words.slice(1, 3).join(' '));
	if (first.includes(MARK) || isVerb(first.toLowerCase())) return false;
	if (FUNCTION_WORDS.has(first.toLowerCase()) && !SUBJECT_OPENER.test(first)) return false;
	for (const [i, word] of words.slice(1, 5).entries()) {
		// (A past form after a number or a determiner is an adjective: "as 41 pickled specimens".)
		const before = words[i]!.toLowerCase();
		if (/^\p{Ll}/u.test(word) && isVerb(word))
			return (
				!/^\d/.test(before) &&
				!SUBJECT_OPENER.test(before) &&
				!POSTURE.test(`${word} ${words[i + 2] ?? ''}`)
			);
		// (The subject's words hold no function word: "as part of the deal" is no clause.)
		if (word.includes(MARK) || FUNCTION_WORDS.has(word.toLowerCase())) return false;
	}
	return false;
}

const OPENERS = TRAILING_SUBORDINATORS.map((r) => r.opener).join('|');
const TRAILING = new RegExp(`,?\\s+(?:even\\s+|just\\s+)?(?:${OPENERS})\\s+([^,;]+)`, 'giu');

/**
 * The sentence (dates marked) without the trailing clauses of time or manner that do not hold
 * `mark`, each cut to its clause's end (the next comma or semicolon): "Her master radioed for
 * help as she drifted towards the Manacles, and the lifeboat was launched" → "Her master radioed
 * for help, and the lifeboat was launched".
 */
export function withoutTrailingSubordinates(s: string, mark: string): string {
	return s.replace(TRAILING, (m, tail: string, at: number, all: string) => {
		if (tail.includes(mark) || !opensClause(tail)) return m;
		const before = all.slice(0, at);
		// (Only after a main clause of its own, not a comparison: "as soon as", "such as".)
		if (COMPARING.test(before) || CAME_TO_PASS.test(before)) return m;
		return hasFiniteVerb(before) ? '' : m;
	});
}
