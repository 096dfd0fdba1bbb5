import { describe, expect, it } from 'vitest';
import { title } from '../testing/title-of';
import { extractTimeline } from '../events';
import { COMPARISONS } from './comparisons';

const titles = (text: string, published: string) =>
	extractTimeline({ slug: 'story', title: 'Story', source: 'Wire', published, text }).events.map(
		(e) => e.title
	);

describe('a comparison set off after its clause leaves the title (COMPARISONS)', () => {
	it('has an example for every row', () => {
		expect(COMPARISONS.every((row) => row.example.includes('→'))).toBe(true);
	});

	it.each([
		[
			// A comparative and its "than", with the time it is measured against.
			'Ferry crossings fell in July, lower than in any July since 2013, after a strike by deckhands.',
			'in July',
			['since 2013'],
			'Ferry crossings fell'
		],
		[
			// …after a measure of how much.
			'Turnout rose to 61 percent in 2024, about 9 points higher than in 2020.',
			'in 2024',
			['in 2020'],
			'Turnout rose to 61 percent'
		],
		[
			// …and with a clause of its own after "than".
			'Sales rose 4 percent in 2025, more than analysts had expected.',
			'in 2025',
			[],
			'Sales rose 4 percent'
		],
		[
			// A date that is the comparative goes with what it was compared with.
			'The ferry sailed on Aug. 14 for the last time, three weeks earlier than planned.',
			'on Aug. 14',
			['three weeks earlier'],
			'Ferry sailed for last time'
		]
	])('%s', (sentence, target, others, expected) => {
		expect(title(sentence, target, others)).toBe(expected);
	});

	it('leaves a record the happening set, told by a superlative or a first', () => {
		expect(
			titles('Diego Ortiz scored twice on Saturday, his first goals in three years.', '2026-08-20')
		).toContain('Diego Ortiz scored twice');
	});

	it.each([
		// A quantity that is the subject of a clause of its own.
		[
			'Two weeks later, more than 300 residents packed a council meeting.',
			'Two weeks later',
			[],
			'More than 300 residents packed council meeting'
		],
		// A superlative describing the subject, before its verb.
		[
			"Harwell College, the oldest women's college in Ohio, said on Monday that it would close in May.",
			'on Monday',
			['in May'],
			'Harwell College said it would close'
		]
	])('keeps the clause of "%s"', (sentence, target, others, expected) => {
		expect(title(sentence, target, others)).toBe(expected);
	});
});
