/**
 * Reading a verb spelt as its base form ("split", "cut", "open") from its neighbours, where the
 * spelling alone cannot say its tense: a present verb agrees with its subject ("a main splits",
 * "the talks open"), so after a singular subject the base form is a past ("a main split open on
 * Sunday night"), and after another verb it is that verb's complement ("split open", "swung
 * open"), no verb of its own.
 */
import { lowerAt, type Context } from './context';
import { DETERMINERS } from './lexicon';
import { IRREGULAR_PASTS, SAME_AS_PRESENT } from './irregular-verbs';

/** Pronouns a present verb takes its "-s" after. */
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it']);

/**
 * Words that stand between a subject and its verb or are no noun: auxiliaries and modals carry
 * the tense themselves ("will cut", "did not open"), adverbs leave it open ("also cut").
 */
const NOT_NOUNS = new Set([
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

/** How many tokens before its noun a singular subject's determiner may stand ("a 36-inch main"). */
const NOUN_PHRASE_TOKENS = 5;

/** Words that open a verb's object or particle: "cut 200 jobs", "hit the coast", "split open". */
const OBJECT_OPENERS = new Set([
	...DETERMINERS,
	'him',
	'them',
	'me',
	'us',
	'open',
	'down',
	'off',
	'up',
	'out',
	'back',
	'apart'
]);

/**
 * A singular noun phrase ends at token k: "he", "it", or a lowercase noun without a plural "-s"
 * after its determiner ("a 36-inch main", "the company"). Names are left out: "Jones" and "the
 * Giants" cannot be told apart by their spelling.
 */
function singularSubjectEndsAt(ctx: Context, k: number): boolean {
	const t = ctx.tokens[k];
	if (!t || t.kind !== 'word' || t.text !== t.lower || t.sentenceStart) return false;
	if (SINGULAR_PRONOUNS.has(t.lower)) return true;
	if (NOT_NOUNS.has(t.lower) || DETERMINERS.has(t.lower)) return false;
	if (/(?<![su])s$|ly$|ed$/.test(t.lower)) return false;
	for (let j = k - 1; j >= 0 && j >= k - NOUN_PHRASE_TOKENS; j--) {
		const w = ctx.tokens[j]!;
		if (DETERMINERS.has(w.lower)) return true;
		if (w.sentenceStart || NOT_NOUNS.has(w.lower)) return false;
		if (w.kind === 'punct' && w.text !== '-') return false;
	}
	return false;
}

/** Whether the word at j is a verb form of the past (or spelt as one): "split", "swung", "pried". */
function pastForm(ctx: Context, j: number): boolean {
	const w = lowerAt(ctx, j);
	return IRREGULAR_PASTS.has(w) || (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed'));
}

/**
 * A verb spelt alike in past and present, at j, read as a past: its subject is singular and an
 * object or a particle follows ("a main split open", "the company cut 200 jobs"; not "a rate cut
 * in December", a noun).
 */
export function pastByAgreement(ctx: Context, j: number): boolean {
	return (
		SAME_AS_PRESENT.has(lowerAt(ctx, j)) &&
		singularSubjectEndsAt(ctx, j - 1) &&
		(OBJECT_OPENERS.has(lowerAt(ctx, j + 1)) || ctx.tokens[j + 1]?.kind === 'number')
	);
}

/**
 * A base form at j that cannot be a present verb: after a singular subject ("a museum open" is
 * no sentence) or after a verb whose complement it is ("split open", "swung open").
 */
export function noPresentVerb(ctx: Context, j: number): boolean {
	return singularSubjectEndsAt(ctx, j - 1) || pastForm(ctx, j - 1);
}
