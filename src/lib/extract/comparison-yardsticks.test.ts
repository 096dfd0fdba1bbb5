import { describe, expect, it } from 'vitest';
import { extractTimeline } from './events';

const events = (text: string, published: string) =>
	extractTimeline({ slug: 'story', title: 'Story', source: 'Wire', published, text }).events.map(
		(e) => `${e.start.value} ${e.title}`
	);

describe('a comparison with the time before or after a happening dates no happening', () => {
	it.each([
		['The beach was busier than before the Easter break in April.', '2026-04'],
		['Prices are lower than they were before the war in 2022.', '2022'],
		['Crowds were bigger than during the strike in March.', '2026-03']
	])('%s', (text, value) => {
		expect(events(text, '2026-06-15').filter((e) => e.startsWith(value))).toEqual([]);
	});

	it.each([
		// A happening told before or after the date, no comparison.
		['Prices fell sharply after the war in 2022.', '2022 '],
		['The beach was closed before the Easter break in April.', '2026-04'],
		['Traffic is lighter than before the bypass opened in 2019.', '2019 ']
	])('keeps the event of "%s"', (text, value) => {
		expect(events(text, '2026-06-15').some((e) => e.startsWith(value))).toBe(true);
	});
});

describe('a record told as a comparison with any time since a date dates no happening', () => {
	it.each([
		['About 4,000 people visited on Saturday, more than on any day since 2015.', '2015'],
		['Ferry crossings fell in July, lower than in any July since 2013.', '2013']
	])('%s', (text, value) => {
		expect(events(text, '2026-10-06').filter((e) => e.startsWith(value))).toEqual([]);
	});
});

describe('a consequence told ahead by a trailing "leaving …" phrase dates no happening', () => {
	it.each([
		[
			'Nurses will walk out on 21 March after talks broke down on Tuesday, their union said, leaving patients facing more disruption in the run-up to Easter.',
			'2026-04-05'
		],
		[
			'The ferry company cancelled its winter timetable on Monday, leaving islanders without a crossing until April.',
			'2026-04'
		]
	])('%s (no event at %s)', (text, value) => {
		expect(events(text, '2026-03-12').filter((e) => e.startsWith(value))).toEqual([]);
	});

	it('keeps a departure dated right after "leaving"', () => {
		expect(
			events('Okafor joined the firm in 1998, leaving in 2004 for a rival.', '2026-03-12')
		).toContain('2004 Okafor left for rival');
	});
});
