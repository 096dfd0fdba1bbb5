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
