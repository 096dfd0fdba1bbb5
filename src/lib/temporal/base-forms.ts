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
import { nounPhraseStart } from './noun-phrases';
import { FREE_PARTICLES } from './particles';

/** Pronouns a present verb takes its "-s" after. */
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it']);

/**
 * Words that open a verb's object or particle: "cut 200 jobs", "hit the coast", "split open"
 * (a particle that finishes any verb, not a preposition: "a rate cut in December" is a noun's).
 */
const OBJECT_OPENERS = new Set([...DETERMINERS, 'him', 'them', 'me', 'us', ...FREE_PARTICLES]);

/**
 * A singular noun phrase ends at token k: "he", "it", or a noun without a plural "-s" after its
 * determiner ("a 36-inch main", "the company").
 */
function singularSubjectEndsAt(ctx: Context, k: number): boolean {
	const w = lowerAt(ctx, k);
	if (SINGULAR_PRONOUNS.has(w) && ctx.tokens[k]!.text === w) return true;
	return nounPhraseStart(ctx, k) >= 0 && !/(?<![su])s$/.test(w);
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
