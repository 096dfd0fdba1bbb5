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
 * it: "since it began nine days ago" and "The fire started on Aug. 5" are one start.
 */
export const SAME_VERBS: { verbs: string[]; example: string }[] = [
	{
		verbs: ['began', 'started', 'broke', 'erupted', 'ignited'],
		example: 'since it began nine days ago … The fire started on Aug. 5'
	},
	{ verbs: ['died', 'killed'], example: 'He died on Sunday … was killed on Sunday' },
	{ verbs: ['resigned', 'quit', 'stepped'], example: 'She resigned … stepped down on Thursday' },
	{ verbs: ['won', 'beat', 'defeated'], example: 'won the final on Sunday … beat Northgate' },
	{ verbs: ['landed', 'landfall', 'ashore'], example: 'came ashore … made landfall' }
];

const PRONOUNS = new Set(['it', 'he', 'she', 'they', 'this', 'that']);

/** A title's subject words and the group of its first verb of SAME_VERBS, if any. */
function subjectAndGroup(title: string): { subject: Set<string>; group: number } | null {
	const words = title
		.toLowerCase()
		.split(/[^\w']+/)
		.filter(Boolean);
	for (let i = 0; i < words.length; i++) {
		const group = SAME_VERBS.findIndex((g) => g.verbs.includes(words[i]!));
		if (group >= 0)
			return { subject: new Set(words.slice(0, i).filter((w) => !STOP.has(w))), group };
	}
	return null;
}

/**
 * Whether two titles of one date tell one happening in other words: a verb of the same group
 * (SAME_VERBS) after a subject that is a pronoun or shares a word ("Pine Hollow fire began",
 * "Fire started near campground").
 */
export function echoes(a: string, b: string): boolean {
	const x = subjectAndGroup(a);
	const y = subjectAndGroup(b);
	if (!x || !y || x.group !== y.group) return false;
	const vague = (s: Set<string>) => s.size === 0 || [...s].every((w) => PRONOUNS.has(w));
	return vague(x.subject) || vague(y.subject) || [...x.subject].some((w) => y.subject.has(w));
}
