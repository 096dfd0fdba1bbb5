/**
 * "Overnight", told as an adverb, says when, as a date does, and a title leaves it as it leaves
 * the date: "Overnight, the Environment Agency issued a severe flood warning" → "Environment
 * Agency issued severe flood warning" (dev19e), "Tugs towed it to Saint John overnight" → "Tugs
 * towed it to Saint John", "will close again overnight on Friday" → "will close again". Not the
 * adjective before its noun: "an overnight stay", "overnight trains" keep it.
 */

import { MARK } from './words';

/** "Overnight," opening the sentence. */
const OPENING = /^Overnight,?\s+(?=\S)/;
/** "overnight" as an adverb: before a date, a comma, "and", "as", "when" or the end. */
const ADVERB = new RegExp(
	String.raw`\s+overnight(?=\s+(?:on|into|in|from)\s+${MARK}|\s+${MARK}|\s*[,;.]|\s+(?:and|as|when|while|after|before)\b|\s*$)`,
	'g'
);

/** The sentence without "overnight" as an adverb of time. */
export function withoutOvernight(s: string): string {
	return s.replace(OPENING, '').replace(ADVERB, '');
}
