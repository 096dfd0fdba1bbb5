/**
 * Where a noun phrase ends, read from its spelling alone: a lowercase noun after its
 * determiner ("a 36-inch main", "the fiscal year", "a boil-water advisory"). The tense guess
 * reads a verb's agreement from it (base-forms.ts), the story a clause hanging from a noun
 * (story.ts). Names are left out: "Jones" and "the Giants" cannot be told apart by spelling.
 */
import type { Context } from './context';
import { DETERMINERS } from './lexicon';

/**
 * Words that are no noun, or stand between a subject and its verb: auxiliaries and modals carry
 * a tense themselves ("will cut", "did not open"), adverbs leave it open ("also cut").
 */
export const NOT_NOUNS = new Set([
	'will',
	'would',
	'can',
	'could',
	'may',
	'might',
	'must',
	'should',
	'shall',
	'did',
	'does',
	'do',
	'to',
	'not',
	'never',
	'also',
	'just',
	'only',
	'still',
	'then',
	'and',
	'or',
	'but',
	'who',
	'that',
	'which',
	'is',
	'are',
	'was',
	'were',
	'be',
	'been',
	'has',
	'have',
	'had'
]);

/** How many tokens before its noun a determiner may stand ("a 36-inch main"). */
const NOUN_PHRASE_TOKENS = 5;

/** The determiner of a noun phrase ending at token k, or -1: "the" in "the fiscal year". */
export function nounPhraseStart(ctx: Context, k: number): number {
	const t = ctx.tokens[k];
	if (!t || t.kind !== 'word' || t.text !== t.lower || t.sentenceStart) return -1;
	if (NOT_NOUNS.has(t.lower) || DETERMINERS.has(t.lower) || /(?:ly|ed)$/.test(t.lower)) return -1;
	for (let j = k - 1; j >= 0 && j >= k - NOUN_PHRASE_TOKENS; j--) {
		const w = ctx.tokens[j]!;
		if (DETERMINERS.has(w.lower)) return j;
		if (w.sentenceStart || NOT_NOUNS.has(w.lower)) return -1;
		if (w.kind === 'punct' && w.text !== '-') return -1;
	}
	return -1;
}
