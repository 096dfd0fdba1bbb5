/**
 * A relative clause without its "that" (a contact clause) between a noun and its verb: "A tag
 * the team attached before the release showed him 12 miles offshore", "The report the agency
 * released on Monday found 40 violations". Its verb is no main verb: the sentence is "A tag …
 * showed him …", and a date inside the clause dates the clause's own happening, told in its own
 * order ("Team attached tag before release"). The clause is known by its shape: a noun after its
 * determiner, then straight away a second subject (a determiner's noun, a name or a pronoun) with
 * a past verb, then words that hold no verb of their own and no comma, then the sentence's verb.
 */

import { isPastVerb } from '../happenings';
import { FINITE, MARK, PREPOSITION } from './words';

const DETERMINER = /^(?:the|a|an|this|that|its|his|her|their)$/i;
const SUBJECT_DETERMINER = /^(?:the|a|an|its|his|her|their)$/i;
const PRONOUN = /^(?:he|she|they|we|i|it)$/;
/** Words after which a noun phrase cannot run on: the clause's end. */
const BREAKS = /[,;:]$/;
const CLAUSE_WORDS = /^(?:and|but|or|that|which|who|when|while|because|as|if|so)$/i;

const pastOrFinite = (w: string) => /^\p{Ll}/u.test(w) && (isPastVerb(w) || FINITE.has(w));

export function contactRelative(
	s: string,
	mark: string
): { happening: string } | { main: string } | null {
	const words = s.split(/\s+/);
	for (let d = 0; d < words.length - 4; d++) {
		if (!DETERMINER.test(words[d]!) || (d > 0 && pastOrFinite(words[d - 1]!))) continue;
		// The noun: one to three lower-case words, none a verb or a function word.
		for (let n = d + 1; n <= d + 3 && n < words.length - 3; n++) {
			const noun = words[n]!;
			if (!/^\p{Ll}[\p{Ll}-]+$/u.test(noun) || pastOrFinite(noun) || PREPOSITION.test(`${noun} `))
				break;
			const at = n + 1;
			const clause = secondSubject(words, at);
			if (!clause) continue;
			const verb = words[clause]!;
			if (!/^\p{Ll}+$/u.test(verb) || !isPastVerb(verb) || FINITE.has(verb)) continue;
			// The sentence's verb: the next past or finite word, past no comma or clause word.
			let main = clause + 1;
			for (; main < words.length && main <= clause + 8; main++) {
				const w = words[main]!;
				if (pastOrFinite(w)) break;
				if (CLAUSE_WORDS.test(w) || BREAKS.test(w) || /^\p{Lu}/u.test(w)) return null;
			}
			if (main >= words.length || main > clause + 8 || !pastOrFinite(words[main]!)) return null;
			const relative = words.slice(at, main);
			if (BREAKS.test(words[main - 1]!)) return null;
			const head = words.slice(d + 1, n + 1).join(' ');
			if (relative.join(' ').includes(mark)) {
				const subject = words.slice(at, clause).join(' ');
				const after = words.slice(clause + 1, main).join(' ');
				return { happening: `${subject} ${verb} ${head}${after ? ` ${after}` : ''}` };
			}
			return { main: [...words.slice(0, at), ...words.slice(main)].join(' ') };
		}
	}
	return null;
}

/** Where the verb of a second subject that starts at word `at` is, or null: "the team | attached". */
function secondSubject(words: string[], at: number): number | null {
	const first = words[at];
	if (!first) return null;
	if (PRONOUN.test(first)) return at + 1;
	if (SUBJECT_DETERMINER.test(first)) {
		for (let k = at + 1; k <= at + 3 && k < words.length; k++) {
			if (BREAKS.test(words[k]!) || words[k]!.includes(MARK)) return null;
			if (k > at + 1 && pastOrFinite(words[k]!)) return k;
		}
		return null;
	}
	// A name: one to three capitalised words.
	if (/^\p{Lu}[\p{L}’'.-]+$/u.test(first)) {
		for (let k = at + 1; k <= at + 3 && k < words.length; k++) {
			if (pastOrFinite(words[k]!)) return k;
			if (!/^\p{Lu}[\p{L}’'.-]+$/u.test(words[k]!)) return null;
		}
	}
	return null;
}
