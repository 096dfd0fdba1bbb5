import { describe, expect, it } from 'vitest';
import { titleFor } from '../titles';

/** The title of `sentence`'s date `date`. */
function titled(sentence: string, date: string): string {
	const start = sentence.indexOf(date);
	return titleFor(sentence, { start, end: start + date.length });
}

describe('a date in a name\'s "whose" clause', () => {
	it.each([
		[
			'Marta Silva, whose brother drowned in the flood of 1998, spoke at the hearing on Monday.',
			'1998',
			"Marta Silva's brother drowned in flood"
		],
		[
			'The fire chief, Owen Reyes, whose station burned down in 2019, retired on Friday.',
			'2019',
			"Owen Reyes's station burned down"
		]
	])('%s (%s) → %s', (sentence, date, title) => {
		expect(titled(sentence, date)).toBe(title);
	});

	it('leaves a "whose" clause without the date to its sentence', () => {
		expect(
			titled(
				'Marta Silva, whose brother drowned in the flood, spoke at the hearing on Monday.',
				'on Monday'
			)
		).not.toMatch(/brother/);
	});
});
