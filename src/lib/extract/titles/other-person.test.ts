import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../events';

const titles = (text: string, published: string) =>
	extractTimeline({ slug: 'story', title: 'Story', source: 'Wire', published, text }).events.map(
		(e) => `${e.start.value} ${e.title}`
	);

describe('a "he" or "she" of a dated clause is the person the main clause names, not a subject that tells no one', () => {
	it.each([
		[
			'Somerset will rest Tom Kerr for a week after he bowled 42 overs against Surrey on Saturday.',
			'2026-06-13 Tom Kerr bowled 42 overs against Surrey'
		],
		[
			'Hallam will rest him for a week after he bowled 42 overs against Surrey on Saturday.',
			'2026-06-13 He bowled 42 overs against Surrey'
		],
		[
			'Arsenal will be without Sarah Quinn after she broke her wrist in training on Friday.',
			'2026-06-12 Sarah Quinn broke her wrist in training'
		]
	])('%s', (text, want) => {
		expect(titles(text, '2026-06-15')).toContain(want);
	});

	it.each([
		// A subject that tells a person, a name of the other sex, two names of the pronoun's sex.
		[
			'Mayor Beth Okafor will meet Tom Kerr after she returned from Lisbon on Friday.',
			'Tom Kerr returned'
		],
		['Hallam will rest Anna Price after he bowled 42 overs on Saturday.', 'Anna Price bowled'],
		[
			'Hallam will rest Tom Kerr and Jack Lee after he bowled 42 overs on Saturday.',
			'Tom Kerr bowled'
		]
	])('leaves "%s" as it was', (text, not) => {
		expect(titles(text, '2026-06-15').join(' | ')).not.toContain(not);
	});
});
