import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../events';

/** The titles of the story's events, each after its date's words. */
function titles(text: string, published = '2026-06-04'): string[] {
	const { events } = extractTimeline({ slug: 's', title: 't', source: 'unknown', text, published });
	return events.filter((e) => e.start.text).map((e) => `${e.start.text}: ${e.title}`);
}

describe('a saying of two reports is titled by the one its date governs, never both glued', () => {
	it.each([
		[
			'Prosecutors said the treasurer began taking money in 2017 and that she hid it in a shell company.',
			['2017: Treasurer began taking money']
		],
		[
			'The agency announced that the bridge would reopen in May and that tolls would rise in July.',
			['July: Tolls to rise', 'May: Bridge to reopen']
		],
		[
			'The airline said the jet was grounded on Friday and that inspectors found a crack in its wing on Saturday.',
			['Friday: Jet grounded', 'Saturday: Inspectors found crack in its wing']
		],
		[
			// The second report's "he" is the first's subject.
			'Police said the suspect had fled to Mexico in 2020 and that he was arrested there last week.',
			['2020: Suspect fled to Mexico', 'last week: Suspect arrested there']
		],
		[
			'The company said on Wednesday that it had hired a new chief executive and that sales rose 4 percent in the quarter.',
			[
				'the quarter: Sales rose 4 percent',
				'Wednesday: Company said it had hired new chief executive'
			]
		],
		[
			// The saying's own day titles the first report.
			'Officials said Tuesday that the plant would close in June and that its 300 workers would be offered jobs elsewhere.',
			['Tuesday: Officials said plant would close']
		]
	])('%s', (text, expected) => {
		expect(titles(text)).toEqual(expected);
	});
});
