import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../events';

/** Each event's date words and title, the story told on `published`. */
function titles(text: string, published = '2026-06-01'): string[] {
	const { events } = extractTimeline({ slug: 's', title: 't', source: 'unknown', text, published });
	return events.filter((e) => e.start.text).map((e) => `${e.start.text}: ${e.title}`);
}

describe('a title is the conjunct its date belongs to (titles XIII)', () => {
	it.each([
		[
			// An adverb between the auxiliary and its participle still opens a second verb phrase,
			// which takes the first's subject.
			'The Harlan Bridge opened in 1931 and was last renovated in 1998.',
			['1931: Harlan Bridge opened', '1998: Harlan Bridge was last renovated']
		],
		[
			// A date joined to another by "and again" leaves no "and again" behind; each date is
			// an occasion of its own.
			'The council twice put off the work, in 2019 and again in 2021.',
			['2019: Council twice put off work', '2021: Council twice put off work']
		]
	])('%s → %j', (text, expected) => {
		expect(titles(text)).toEqual(expected);
	});
});
