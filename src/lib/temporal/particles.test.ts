import { describe, expect, it } from 'vitest';
import { FREE_PARTICLES, PARTICLES, finishesVerb } from './particles';
import { expectRow, type TimexRow } from './timex-rows';

describe('one table of verb particles, each with its role', () => {
	it('names a role for every particle, and verbs for every preposition', () => {
		for (const [word, particle] of PARTICLES)
			expect(particle.role === 'preposition', word).toBe(particle.verbs !== undefined);
	});

	it.each([
		// A particle that finishes any verb it follows.
		['back', 'pushed', true, true],
		['apart', 'fell', true, true],
		['open', 'split', true, true],
		['down', 'wind', true, true],
		['off', 'sold', true, true],
		// …but only a verb.
		['down', 'hill', false, false],
		// A preposition finishes only the verbs it makes a phrasal verb with.
		['in', 'caved', true, true],
		['in', 'sworn', true, true],
		['in', 'founded', true, false],
		['on', 'carried', true, true],
		['on', 'voted', true, false],
		['through', 'fell', true, true],
		['through', 'drove', true, false],
		['around', 'turned', true, true],
		['by', 'stood', true, true],
		['by', 'passed', true, true],
		['by', 'approved', true, false],
		// A word of no role finishes nothing.
		['with', 'met', true, false]
	])('"%s" after "%s" (a verb: %s) finishes it: %s', (word, verb, verbal, finishes) => {
		expect(finishesVerb(word, verb, verbal)).toBe(finishes);
	});

	it('opens no object with a preposition', () => {
		for (const word of ['in', 'on', 'through', 'around', 'by'])
			expect(FREE_PARTICLES.has(word)).toBe(false);
		for (const word of [
			'back',
			'away',
			'aside',
			'apart',
			'open',
			'up',
			'down',
			'out',
			'off',
			'over'
		])
			expect(FREE_PARTICLES.has(word)).toBe(true);
	});
});

/**
 * A verb spelt alike in past and present ("split", "put", "cut") is past after a singular
 * subject when a particle of the table follows it, told on a Thursday in November 2025: the
 * December is last December, not next.
 */
const rows: Omit<TimexRow, 'published'>[] = [
	{ text: 'The coalition split over the budget in December.', words: 'December' },
	{ text: 'The board put aside the plan in December.', words: 'December' },
	{ text: 'The company cut away its oldest product line in December.', words: 'December' },
	{ text: 'The union split away from the federation in December.', words: 'December' }
].map((row) => ({ ...row, type: 'DATE', value: '2024-12' }));

describe('a particle of the table after a base form after a singular subject makes it past', () => {
	it.each(rows.map((row) => ({ ...row, published: '2025-11-20' })))(
		'reads "$words" in "$text" as $value',
		expectRow
	);

	// A preposition opens no particle: "a rate cut in December" stays a noun's date.
	it.each(
		[
			{ text: 'The bank is weighing a rate cut in December.', words: 'December' },
			{
				text: 'The company will split over the winter into two firms in December.',
				words: 'December'
			}
		].map((row) => ({ ...row, type: 'DATE', value: '2025-12', published: '2025-11-20' }))
	)('reads "$words" in "$text" as $value', expectRow);
});
