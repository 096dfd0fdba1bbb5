import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../events';
import { fault } from './readable';
import { datedClauseWhole } from './rebuild';

/** The date a title is for, as the title rules see it: a marker. */
const T = '\u2063T0\u2063';

/** The sentence marked as titleFor marks it, its one date the target. */
const marked = (s: string) => ({
	s,
	texts: new Map([[T, 'December 2018']]),
	targetMark: T,
	dates: 1
});

describe('a title that still fails the gate falls back to its date’s clause whole (fa9547f)', () => {
	it.each([
		// The date set off by commas goes, and the clause reads whole: no "Last alive", no "Last
		// to died".
		[`The last to do so alive, in ${T}, died the next day.`, 'Last to do so alive died next day'],
		[`The first to try it, on ${T}, drowned in the lake.`, 'First to try it drowned in lake'],
		[`The last of the crew, in ${T}, was rescued by a trawler.`, 'Last of crew rescued by trawler']
	])('%s → %s', (s, title) => {
		const whole = datedClauseWhole(marked(s));
		expect(whole).toBe(title);
		expect(fault(whole!)).toBeNull();
	});

	it.each([
		// Only a short clause of one subject and verb, which no cut can break.
		`Police said the last of the crew, in ${T}, was rescued.`,
		`“We are done,” the last to leave, in ${T}, said.`,
		`The youngest of the six brothers who had all served in the navy during the long war, in ${T}, died at sea after a storm.`
	])('has no fallback for %s', (s) => {
		expect(datedClauseWhole(marked(s))).toBeNull();
	});

	it('titles the story’s event by it where the cut titles failed the gate', () => {
		const { events } = extractTimeline({
			slug: 's',
			title: 't',
			source: 'unknown',
			text: 'The last to do so alive, in December 2018, died the next day.',
			published: '2026-06-04'
		});
		expect(events.find((e) => e.start.text === 'December 2018')?.title).toBe(
			'Last to do so alive died'
		);
	});
});
