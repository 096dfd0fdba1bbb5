import { describe, expect, it } from 'vitest';
import { extractTimeline } from './events';

/** The events of a story told on `published`: date value and title. */
function eventsOf(text: string, published = '2026-11-19'): string[] {
	const { events } = extractTimeline({ slug: 's', title: 't', source: 'unknown', text, published });
	return events
		.filter((e) => !/(?:publishes this report|This report is published)$/.test(e.title))
		.map((e) => `${e.start.value}: ${e.title}`);
}

/**
 * A date inside a quotation dates what the speaker tells: where the happening and its saying
 * read as one title, the happening's date is kept, not the day it was said (dev18e).
 */
describe('a date inside reported speech dates the reported happening', () => {
	it.each([
		['"We bought the farm in 1990," Helen Hayden said on Wednesday.', '1990'],
		[
			'"We took the cladding off in 2018, long before anyone told us to," Helen Hayden, the council\'s housing chief, said on Wednesday.',
			'2018'
		]
	])('%s', (text, year) => {
		const dates = eventsOf(text).map((e) => e.split(':')[0]);
		expect(dates).toEqual([year]);
	});

	// A quotation's own "this decade" counts from when it was said: it leaves the written date
	// of the happening it sits in alone.
	it('keeps a written date over a quoted "this decade"', () => {
		expect(
			eventsOf(
				'The treaty answered a challenge President Harold L. Brant had set before Congress on March 3, 1972, when he called for a ban on the tests "before this decade is out."'
			).map((e) => e.split(':')[0])
		).toContain('1972-03-03');
	});

	// A quotation's "today" is its saying's day, as before.
	it('keeps a quoted "Today" at the day it was said', () => {
		expect(eventsOf('"Today we opened the bridge," the mayor said on Wednesday.')).toEqual([
			'2026-11-18: Mayor said they opened bridge'
		]);
	});
});
