/**
 * A clause told after a span's end ("She ran the diner alone until 2010, when she sold it to two
 * of her cooks") says "it" for the thing the span was about: the main clause's object. Its title
 * names the thing ("She sold diner to two of her cooks"), since "it" names nothing on a timeline.
 */

import { isPastVerb } from '../happenings';
import { FUNCTION_WORDS, MARK } from './words';

const DETERMINER = /^(?:the|its|his|her|their)$/i;
/** Words that end the object's noun phrase: adverbs of manner or place, not nouns. */
const AFTER_NOUN = /^(?:alone|together|again|there|here|\p{Ll}+ly)$/u;

/** The main clause's object: a determiner's noun phrase straight after its first past verb. */
function objectOf(main: string): string | null {
	const words = main.trim().split(/\s+/);
	const verb = words.findIndex((w, i) => i > 0 && isPastVerb(w));
	if (verb < 0 || !DETERMINER.test(words[verb + 1] ?? '')) return null;
	let end = verb + 2;
	while (
		end < words.length &&
		end <= verb + 4 &&
		/^\p{Ll}[\p{Ll}-]*$/u.test(words[end]!) &&
		!FUNCTION_WORDS.has(words[end]!) &&
		!AFTER_NOUN.test(words[end]!) &&
		!words[end]!.includes(MARK)
	)
		end++;
	return end > verb + 2 ? words.slice(verb + 1, end).join(' ') : null;
}

/** `clause` with an "it" after its past verb named as `main`'s object; else as it was. */
export function sameThing(clause: string, main: string): string {
	const it = /^((?:\S+\s+){1,4}?(\p{Ll}{3,}))\s+it\b/u.exec(clause);
	if (!it || !isPastVerb(it[2]!)) return clause;
	const object = objectOf(main);
	return object ? `${it[1]} ${object}${clause.slice(it[0].length)}` : clause;
}
