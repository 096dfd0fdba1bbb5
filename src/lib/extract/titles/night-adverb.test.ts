import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../events';

/** The titles of a story told on `published`, the report's own event left out. */
function titlesOf(text: string, published: string): string[] {
	const { events } = extractTimeline({ slug: 's', title: 't', source: 'unknown', text, published });
	return events
		.filter((e) => !/publishes this report|This report is published/.test(e.title))
		.map((e) => e.title);
}

/**
 * "Overnight" as an adverb says when, as the date does: a title leaves it (dev19e, dev18e); the
 * adjective before its noun stays.
 */
describe('"overnight" told as an adverb leaves the title', () => {
	it.each([
		[
			'The River Ouse burst its banks on Tuesday night.\n\nOvernight, the Environment Agency issued a severe flood warning for the city centre, and the army was called in.',
			'2026-10-22',
			'Environment Agency issued severe flood warning for city centre'
		],
		[
			'Overnight on Friday, gales brought down trees across Cumbria and left 8,000 homes without power.',
			'2026-11-23',
			'Gales brought down trees across Cumbria'
		],
		[
			'The line will close again overnight on Friday for repairs.',
			'2026-11-18',
			'Line will close again for repairs'
		],
		[
			'On Tuesday, tugs towed the freighter to Saint John overnight.',
			'2026-07-23',
			'Tugs towed freighter to Saint John'
		]
	])('%s', (text, published, title) => {
		expect(titlesOf(text, published)).toContain(title);
	});

	it('keeps "overnight" before its noun: "an overnight train"', () => {
		expect(
			titlesOf('Passengers on an overnight train were stranded on Tuesday.', '2026-11-20')
		).toContain('Passengers on overnight train stranded');
	});
});
