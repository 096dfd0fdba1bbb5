/**
 * The words that may stand after a verb as part of it: one table for every rule that asks
 * "does this word finish the verb, or open a phrase that needs its object?" (a tense read from a
 * base form's neighbours, a title cut short before its particle, a title allowed to end on one).
 * Each word's role says which it is:
 *
 * - `completes`: finishes a phrasal verb and takes no object of its own: "pushed the vote back",
 *   "set the money aside", "talks fell apart", "a main split open".
 * - `either`: finishes a phrasal verb after any verb ("wind down", "sold off", "gave up", "took
 *   over") or is a preposition with its object ("down the hill", "off the coast", "over the
 *   city"); at a clause's end, or after the verb, it is the verb's.
 * - `preposition`: a preposition that needs an object ("in March", "on the roof", "by the
 *   council", "through the night", "around the state"), which finishes a verb only after the
 *   verbs it makes a phrasal verb with ("the roof caved in", "sworn in", "carried on", "the deal
 *   fell through", "the team turned around", "stood by").
 */

export type ParticleRole = 'completes' | 'either' | 'preposition';

export interface Particle {
	role: ParticleRole;
	/** For a preposition, the verbs (any form) it makes a phrasal verb with. */
	verbs?: RegExp;
}

export const PARTICLES: ReadonlyMap<string, Particle> = new Map<string, Particle>([
	['back', { role: 'completes' }],
	['away', { role: 'completes' }],
	['aside', { role: 'completes' }],
	['apart', { role: 'completes' }],
	['open', { role: 'completes' }],
	['up', { role: 'either' }],
	['down', { role: 'either' }],
	['out', { role: 'either' }],
	['off', { role: 'either' }],
	['over', { role: 'either' }],
	[
		'in',
		{
			role: 'preposition',
			verbs:
				/^(?:cav(?:e[sd]?|ing)|f[ae]ll(?:s|ing|en)?|g[ai]ve[sn]?|giving|swor[en]|swear(?:s|ing)?|mov(?:e[sd]?|ing)|fill(?:s|ed|ing)?|check(?:s|ed|ing)?|pitch(?:es|ed|ing)?|chip(?:s|ped|ping)?|weigh(?:s|ed|ing)?|step(?:s|ped|ping)|phas(?:ed|ing)|kick(?:s|ed|ing)?|settl(?:e[sd]?|ing)|lock(?:s|ed|ing)?|br(?:oke|eak(?:s|ing)?))$/
		}
	],
	[
		'on',
		{
			role: 'preposition',
			verbs:
				/^(?:carr(?:y|ies|ied|ying)|mov(?:e[sd]?|ing)|went|go(?:es|ne|ing)?|h[eo]ld(?:s|ing)?|liv(?:e[sd]?|ing)|sign(?:s|ed|ing)|caught|catch(?:es|ing)?|press(?:es|ed|ing)?|f(?:ight|ought)(?:s|ing)?|play(?:s|ed|ing)?|soldier(?:s|ed|ing)?|hung|hang(?:s|ing)?|log(?:s|ged|ging)?)$/
		}
	],
	[
		'through',
		{
			role: 'preposition',
			verbs:
				/^(?:f[ae]ll(?:s|ing|en)?|went|go(?:es|ne|ing)?|c(?:ame|omes?|oming)|pull(?:s|ed|ing)?|follow(?:s|ed|ing)?|br(?:oke|eak(?:s|ing)?)|got|get(?:s|ting)?|push(?:es|ed|ing)?|squeak(?:s|ed|ing)?|rush(?:es|ed|ing)?|sail(?:s|ed|ing)?)$/
		}
	],
	[
		'around',
		{
			role: 'preposition',
			verbs:
				/^(?:turn(?:s|ed|ing)?|c(?:ame|omes?|oming)|sp[ui]n(?:s|ning)?|swung|swing(?:s|ing)?|stuck|stick(?:s|ing)?|hung|hang(?:s|ing)?|wait(?:s|ed|ing)?)$/
		}
	],
	[
		'by',
		{
			role: 'preposition',
			verbs:
				/^(?:st[oa]od|stand(?:s|ing)?|stop(?:s|ped|ping)?|c(?:ame|omes?|oming)|drop(?:s|ped|ping)?|pass(?:es|ed|ing)?|swung|swing(?:s|ing)?|abid(?:e[sd]?|ing))$/
		}
	]
]);

/** Words that finish any verb they follow ("wind down", "pushed back"): no object of their own needed. */
export const FREE_PARTICLES: ReadonlySet<string> = new Set(
	[...PARTICLES].filter(([, p]) => p.role !== 'preposition').map(([word]) => word)
);

/**
 * Whether `word` finishes the verb `verb` as its particle (both in lower case): a preposition
 * only after a verb it makes a phrasal verb with; any other particle after any verb, `verbal`
 * saying whether the word before is one (the caller knows its verb forms).
 */
export function finishesVerb(word: string, verb: string, verbal: boolean): boolean {
	const particle = PARTICLES.get(word);
	if (!particle) return false;
	return particle.verbs ? particle.verbs.test(verb) : verbal;
}
