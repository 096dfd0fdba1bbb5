import { describe, expect, it } from 'vitest';
import { telling } from './happenings';

// sentence, tells a past happening, by a verb of saying
const rows: [string, boolean, boolean][] = [
	['The Nasdaq fell 3 percent.', true, false],
	['Suspected bombs exploded outside the U.S. embassies.', true, false],
	['Two men were arrested near the border.', true, false],
	['After years of delays, Boeing unveiled its new airliner.', true, false],
	['The company, which was founded in 1990, makes steel.', false, false],
	['Fiat said it would cut 5,000 jobs.', true, true],
	['The Fed raised interest rates by a quarter point.', true, false],
	['American intelligence officials have concluded that a unit offered bounties.', false, false],
	['The company will open a plant.', false, false],
	['The rate was high.', false, false],
	['Investigators did not say how close the weapon was.', false, false],
	["He couldn't be reached for comment.", false, false],
	['“We fought hard,” he said.', false, false],
	['Who ordered the strike?', false, false],
	['The company needs more staff.', false, false]
];

describe('telling: a past happening or not', () => {
	it.each(rows)('%s', (sentence, past, speech) => {
		expect(telling(sentence)).toEqual({ past, speech });
	});
});
