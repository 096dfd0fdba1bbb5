import { describe, expect, it } from 'vitest';
import { namedOf, namePronoun, personSubject, speakersOf } from '../subjects';
import { BODY_HEADS, describedBody } from './named-bodies';

/** The label with its pronoun named, `earlier` nearest first, as extractTimeline calls it. */
function named(title: string, own: string, earlier: string[]): string {
	const story = [...earlier].reverse().join(' ') + ' ' + own;
	return namePronoun(title, earlier, speakersOf(story), namedOf(story), own, story);
}

describe('an "it" for a body told by what it is, then named (issue 13, point 4)', () => {
	it.each([
		// The name in apposition after what the body is, a dateline before it.
		[
			'It issued red warning for Genoa',
			'It issued a red warning for Genoa on Monday and closed schools in three provinces.',
			[
				'GENOA, Italy — The national weather service, Meteo Italia, said on Tuesday that the storm over Liguria would weaken by Thursday.'
			],
			'Meteo Italia issued red warning for Genoa'
		],
		// …and in the first clause of the pronoun's own sentence.
		[
			'It said it would restore them',
			'The regional rail operator, Trenitalia Liguria, suspended coastal services on Sunday, and it said on Wednesday that it would restore them.',
			['No one was hurt.'],
			'Trenitalia Liguria said it would restore them'
		],
		// A name of capitals joined by "&", and one holding "of" with a body's word.
		[
			'Its shares rose 12 percent',
			'Its shares rose 12 percent.',
			[
				'Harbor & Pine, the home goods retailer, said on Wednesday that it earned $41 million in the fourth quarter.'
			],
			'Harbor & Pine’s shares rose 12 percent'
		],
		[
			'It would examine fire suppression system',
			'It said it would examine the fire suppression system.',
			['The Transportation Safety Board of Canada opened an investigation on Tuesday afternoon.'],
			'Transportation Safety Board of Canada would examine fire suppression system'
		],
		// Back over a sentence that opens with a time, then "it".
		[
			'It raised $40 million from investors',
			'Later that year it raised $40 million from investors.',
			[
				'That June it shipped its first bike, the V1, and by November it had sold 5,000.',
				'Voltra was founded in 2019 by two engineers who had left an electric car maker.'
			],
			'Voltra raised $40 million from investors'
		]
	])('%s → %s', (title, own, earlier, want) => {
		expect(named(title, own, earlier)).toBe(want);
	});

	it('takes no body’s name for a person’s, and no role’s name for a body’s', () => {
		expect(
			personSubject('The national weather service, Meteo Italia, said on Tuesday.')
		).toBeNull();
		expect(personSubject("The town's mayor, Ellen Price, lost the vote.")).toBe('Ellen Price');
		expect(describedBody("The town's mayor, Ellen Price, lost the vote.")).toBeNull();
		expect(describedBody('The chief executive, Dana Wolfe, said on Tuesday.')).toBeNull();
	});

	it('keeps an "It" a sentence that opens with its subject does not name', () => {
		expect(
			named('It said it would appeal', 'It said it would appeal.', [
				'That company said the storm would ease.'
			])
		).not.toMatch(/^Storm/);
	});

	it('keeps an example with every head, each one naming a body', () => {
		for (const row of BODY_HEADS) {
			expect(row.example.toLowerCase()).toContain(row.head);
			expect(describedBody(`${row.example} on Monday.`), row.example).not.toBeNull();
		}
	});
});
