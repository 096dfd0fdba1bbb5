import { describe, expect, it } from 'vitest';
import { extractTimeline } from './events';

/** The date value of the event whose summary holds `words`. */
function dateOf(text: string, words: string, published: string): string | undefined {
	const { events } = extractTimeline({ slug: 's', title: 't', source: 'unknown', text, published });
	return events.find((e) => e.summary.includes(words))?.start.value;
}

/**
 * A clock time told roughly ("at about 9.40pm") still names its day: the sentences after it go
 * on with that day, and a lede's quotations were said on it (dev18e; the lead's blind check).
 */
describe('a rough clock time names its day', () => {
	it.each([
		['At about 9.40pm on 3 March 1952, as a gale blew, the spans gave way. '],
		['At about 9:40 p.m. on 3 March 1952, as a gale blew, the spans gave way. ']
	])('"%s" is the day the next sentence goes on with', (lede) => {
		const text = `${lede}The locomotive and four carriages fell into the water.`;
		expect(dateOf(text, 'The locomotive', '2026-03-03')).toBe('1952-03-03');
	});

	it("dates a quotation's 'Today' by the lede's rough clock time, not the page's day", () => {
		const text =
			'Anna Reid was declared the winner of the Ashfield by-election at about 3:40 a.m. on Saturday.\n\n"Today we changed Ashfield," Reid told supporters.';
		expect(dateOf(text, 'we changed Ashfield', '2026-10-25')).toBe('2026-10-24');
	});
});
