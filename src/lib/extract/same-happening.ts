import type { FuzzyDate } from '../timeline/types';

const STOP = new Set(
	'a an the of in on at to for and or but by with from as is was were be'.split(' ')
);

export const contentWords = (text: string) =>
	new Set(
		text
			.toLowerCase()
			.split(/\W+/)
			.filter((w) => w && !STOP.has(w))
	);

/** Share of the smaller set's words found in the other (the overlap coefficient). */
export function overlap(a: Set<string>, b: Set<string>): number {
	const shared = [...a].filter((w) => b.has(w)).length;
	return shared / Math.max(1, Math.min(a.size, b.size));
}

export const dateKey = (date: FuzzyDate) => `${date.value}|${date.mod ?? ''}`;

/**
 * Two mentions tell one happening when they give the same date (value and modifier) in much
 * the same words: most of the shorter title's content words are in the other's.
 */
export function sameHappening(
	a: { start: FuzzyDate; title: string },
	b: { start: FuzzyDate; title: string },
	threshold = 0.6
): boolean {
	return (
		dateKey(a.start) === dateKey(b.start) &&
		overlap(contentWords(a.title), contentWords(b.title)) >= threshold
	);
}

/**
 * Verbs that tell one happening in other words, each group with the example that called for
 * it. A title that is only a pronoun and such a verb ("It began") says nothing its dated twin
 * ("Fire started near campground") does not.
 */
export const SAME_VERBS: { verbs: string[]; example: string }[] = [
	{
		verbs: ['began', 'started', 'broke', 'erupted', 'ignited'],
		example: 'since it began nine days ago … The fire started on Aug. 5'
	},
	{ verbs: ['died', 'killed'], example: 'He died on Sunday … was killed on Sunday' },
	{ verbs: ['resigned', 'quit', 'stepped'], example: 'She resigned … stepped down on Thursday' },
	{ verbs: ['won', 'beat', 'defeated'], example: 'won the final on Sunday … beat Northgate' },
	{
		verbs: ['landed', 'landfall', 'ashore', 'hit', 'struck'],
		example: 'came ashore … made landfall'
	}
];

const PRONOUN_TITLE = /^(?:it|he|she|they|this|that)\s+(?:\w+\s+)?(\w+)$/i;
/** A short subject and the verb alone, the pronoun named ("Pine Hollow fire began"). */
const SUBJECT_TITLE = /^((?:[\p{L}’'-]+\s+){1,3})(\p{Ll}+)$/u;

const groupOf = (verb: string) => SAME_VERBS.findIndex((g) => g.verbs.includes(verb));

/**
 * Whether a title that is only a pronoun and a verb ("It began") tells the happening of
 * another title of the same date in other words ("Fire started near campground").
 */
export function echoes(bare: string, other: string): boolean {
	const pronoun = PRONOUN_TITLE.exec(bare.trim());
	const named = pronoun ? null : SUBJECT_TITLE.exec(bare.trim());
	const verb = pronoun?.[1] ?? named?.[2];
	if (!verb) return false;
	const group = groupOf(verb.toLowerCase());
	if (group < 0) return false;
	const words = other.toLowerCase().split(/\W+/);
	// A named subject must be the other title's too: "Fire began" echoes "Fire started …".
	if (
		named &&
		!named[1]!
			.toLowerCase()
			.split(/\s+/)
			.some((w) => w.length > 2 && words.includes(w))
	)
		return false;
	return words.some((w) => groupOf(w) === group);
}
