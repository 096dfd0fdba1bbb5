import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index';
import { expectRow, type TimexRow } from './timex-rows';

const SAILED = 'Marta Keane sailed for Antarctica on 20 November 2022.';
const ARRIVED = 'Kestrel reached the comet on Aug. 6, 2021, after a 26-month cruise.';

/** A length between two dates picks the year of the one told without it (dev16e). */
const rows: TimexRow[] = [
	{
		// Sixteen months on from November 2022, not the March after it.
		text: `${SAILED} She spent 16 months at Halley VI station before returning to Cambridge on 28 March.`,
		published: '2026-07-15',
		words: '28 March',
		type: 'DATE',
		value: '2024-03-28'
	},
	{
		text: 'In January 2025 she went back for a second season, and spent 14 months on the ice before flying home on 3 March.',
		published: '2026-07-15',
		words: '3 March',
		type: 'DATE',
		value: '2026-03-03'
	},
	{
		// Counted back from the date the sentence before told, with the length.
		text: `${ARRIVED} It had left Earth on June 2 aboard an Ariane 5 rocket.`,
		published: '2026-05-20',
		words: 'June 2',
		type: 'DATE',
		value: '2019-06-02'
	},
	{
		// Past the flashback, from the arrival.
		text: `${ARRIVED} It had left Earth on June 2. After 14 months in orbit, it dropped a lander on Oct. 12.`,
		published: '2026-05-20',
		words: 'Oct. 12',
		type: 'DATE',
		value: '2022-10-12'
	},
	{
		// No year reached by the length (July 2021 back is a month off): the story and the tense
		// decide, as before.
		text: `${SAILED} She spent 16 months at the station before returning to Cambridge on 28 June.`,
		published: '2026-07-15',
		words: '28 June',
		type: 'DATE',
		value: '2023-06-28'
	},
	{
		// A noun's length is no stretch between two dates (TimeBank, AP900815-0044).
		text: 'Saddam appeared to accept a treaty he had rejected in talks following the August 1988 cease-fire of the eight-year war with Iran. Iran had condemned the invasion of Kuwait on Aug. 2.',
		published: '1990-08-15',
		words: 'Aug. 2',
		type: 'DATE',
		value: '1990-08-02'
	},
	{
		// Twelve months reach the same month both ways: no answer from the length.
		text: 'The ship sailed on March 3, 2021. She spent 12 months at sea before returning on March 20.',
		published: '2026-07-15',
		words: 'March 20',
		type: 'DATE',
		value: '2021-03-20'
	},
	{
		// A past clause is never put after the page: fourteen months on from January 2026 is ahead.
		text: 'In January 2026 she went back for a second season, and spent 14 months on the ice before flying home on 3 March.',
		published: '2026-07-15',
		words: '3 March',
		type: 'DATE',
		value: '2026-03-03'
	}
];

describe('a length between two dates picks the year (lengths-between.ts)', () => {
	it.each(rows)('$words in "$text"', (row) => expectRow(row));

	it("takes no year from a length up to now, nor for a quotation's month (dev13)", () => {
		const text =
			'Annie Kwan, who has run the Lantern Inn for 22 years, said she had canceled bookings for Christmas week. "December is a third of our year," she said.';
		const december = tagTimexes(text, { published: '2025-12-04' }).find(
			(t) => t.text === 'December'
		);
		expect(december?.value).not.toBe('2002-12');
	});
});
