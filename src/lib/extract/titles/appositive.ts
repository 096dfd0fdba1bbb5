/**
 * An appositive after a name that opens the sentence, with a clause of its own inside ("Odessa
 * Harlow, the drummer whose brushwork, light and restless, defined a decade of records, died
 * Monday at her home"), is skipped whole to the main verb: "Odessa Harlow died at her home". Its
 * commas are no ends of it: the relative clause runs until it has had its verb, and the main
 * verb is the first that opens a comma's phrase after that.
 */

import { isPastVerb } from '../happenings';
import { FINITE } from './words';

/** A name opening the sentence, and its comma: "Odessa Harlow, ". */
const OPENING_NAME = /^((?:\p{Lu}[\p{L}’'.-]*\s+){0,4}\p{Lu}[\p{L}’'.-]*),\s+/u;

/** An appositive's start: an article, or an age and then one ("84, a drummer"). */
const APPOSITIVE_START = /^(?:\d{1,3},\s+)?(?:a|an|the)\s/i;

const RELATIVE = /^(?:who|whose|whom|which|that)$/i;

const verb = (word: string | undefined) =>
	!!word && /^\p{Ll}/u.test(word) && (FINITE.has(word) || isPastVerb(word));

/** The sentence with its opening name's appositive skipped, or as it was. */
export function appositiveSkipped(s: string, targetMark: string): string {
	const name = OPENING_NAME.exec(s);
	if (!name) return s;
	const rest = s.slice(name[0].length);
	if (!APPOSITIVE_START.test(rest)) return s;
	const parts = rest.split(/,\s+/);
	let relative = false;
	let told = false;
	for (const [k, part] of parts.entries()) {
		const words = part.split(/\s+/);
		if (k > 0 && told && verb(words[0])) {
			// (A date inside the appositive is its own clause's: other rules title it.)
			if (parts.slice(0, k).join(', ').includes(targetMark)) return s;
			return `${name[1]} ${parts.slice(k).join(', ')}`;
		}
		for (const w of words) {
			if (RELATIVE.test(w)) relative = true;
			else if (relative && verb(w)) told = true;
		}
		// (No clause inside by its first comma: an appositive the other rules already skip.)
		if (!relative && k > 0) return s;
	}
	return s;
}
