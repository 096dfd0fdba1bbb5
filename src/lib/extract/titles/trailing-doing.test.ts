import { describe, expect, it } from 'vitest';
import { datedTitles as titles } from '../testing/dated-titles';

describe("a date in a trailing participle phrase titles that phrase's verb, with the clause's subject", () => {
	it.each([
		[
			'The gallery had tightened its security after the theft, installing motion sensors in 1981 and hiring a night guard.',
			'1981 Gallery installed motion sensors'
		],
		[
			'Okafor joined the firm in 1998, leaving in 2004 for a rival before returning in 2011.',
			'2004 Okafor left for rival'
		],
		[
			'Reyes has coached the team since 2015, having played for it in 2001.',
			'2001 Reyes played for team'
		],
		[
			"The company's stock has swung sharply on takeover talk, rising to a record of $42 a share in June.",
			"2026-06 Company's stock rose to record of $42 a share"
		],
		// A date in a clause inside the phrase is that clause's, not the participle's.
		[
			'The council voted on Wednesday to give the team $250 million, ending a fight that began when the team threatened to move in 2023.',
			'2023 Fight began when team threatened to move'
		],
		// …nor a date that only names a part of the clause's own time, nor "beating" as "beated".
		[
			'The Rovers won the league title on Saturday, beating Carlow 2-1 on the last day of a season that began with four losses.',
			'2026-09-12 Rovers won league title'
		],
		[
			'The Rovers reached the final in May, beating Carlow 2-1 in the semi-final on April 30.',
			'2026-04-30 Rovers beat Carlow 2-1 in semi-final'
		],
		// After a past happening with no date of its own, the phrase's date dates both.
		[
			'The foreign minister sought to soften the remarks, saying on Friday that talks would go on.',
			'2026-09-11 Foreign minister sought to soften remarks'
		],
		// A phrase of time or order is no doing: "beginning in January" dates the clause.
		[
			'Fares on the line will rise 5 percent, beginning in January.',
			'2027-01 Fares on line will rise 5 percent'
		]
	])('%s → %s', (text, want) => {
		expect(titles(text)).toContain(want);
	});
});
