import { describe, expect, it } from 'vitest';
import { datedTitles as titles } from './testing/dated-titles';

describe("a year in a law's, a treaty's or a class's name dates no happening beside the sentence's own date", () => {
	it.each([
		[
			"The plant had opened in 1962, soon after the Clean Air Act of 1956 forced the town's mills to close.",
			'1956'
		],
		['The river became the border in 1853 under the Treaty of 1848.', '1848'],
		['Ruth Kemp, of the Class of 1975, bought the old school in 2015.', '1975']
	])('%s (no event at %s)', (text, year) => {
		expect(titles(text).filter((t) => t.startsWith(`${year} `))).toEqual([]);
	});

	it('keeps the year when the sentence says the law passed then', () => {
		expect(
			titles('She joined the bank in 2001, a year after the Financial Services Act of 2000 passed.')
		).toContain('2000 Financial Services Act passed');
	});

	it("keeps a happening's year in its name: the Great Flood of 1993", () => {
		expect(
			titles(
				'The city built the levee in 1994, a year after the Great Flood of 1993 swamped downtown.'
			)
		).toContain('1993 Great Flood swamped downtown');
	});
});

describe('a clause told by how near it came ("soon after …") is background to the happening', () => {
	it.each([
		[
			"The plant had opened in 1962, soon after the Clean Air Act forced the town's mills to close.",
			'1962 Plant opened'
		],
		['The mill closed in 1982, shortly after its owner died in a car crash.', '1982 Mill closed']
	])('%s → %s', (text, want) => {
		expect(titles(text)).toContain(want);
	});
});
