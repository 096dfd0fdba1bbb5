import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, MONTHS } from './lexicon';

/** The one month pattern the extractor's rules share (events.ts, happenings.ts, yardsticks.ts). */
const WHOLE = new RegExp(`\\b(?:${MONTH_NAMES})\\b`, 'i');

describe('MONTH_NAMES, the month pattern the rules share with the tagger', () => {
	it.each([...MONTHS.keys()])('reads "%s", a spelling the tagger reads, as a month', (name) => {
		expect(WHOLE.exec(`in ${name} 2020`)?.[0]).toBe(name);
	});

	it('reads a whole name before its shortening ("June", not "Jun")', () => {
		expect(WHOLE.exec('on June 3')?.[0]).toBe('June');
		expect(WHOLE.exec('from Sept. 4')?.[0]).toBe('Sept');
	});

	it('reads no word that only begins with a month ("mayor", "decade", "marching")', () => {
		for (const word of ['mayor', 'decade', 'marching', 'novel', 'augment'])
			expect(WHOLE.test(word)).toBe(false);
	});
});
