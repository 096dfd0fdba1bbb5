import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../events';
import { TRAILING_SUBORDINATORS } from './trailing-subordinate';

const titles = (text: string, published: string) =>
	extractTimeline({ slug: 'story', title: 'Story', source: 'Wire', published, text }).events.map(
		(e) => `${e.start.value} ${e.title}`
	);

describe('a trailing "as" clause without the date is no part of the title', () => {
	it.each([
		[
			'Revenue from the city’s sales tax fell 8% in 2024 as two malls closed.',
			'2024 Revenue from city’s sales tax fell 8%'
		],
		[
			'The mayor opened the new footbridge on Friday as crowds lined the banks.',
			'2026-10-09 Mayor opened new footbridge'
		],
		[
			'Her master radioed for help on 19 December 1965 as she drifted towards the rocks.',
			'1965-12-19 Her master radioed for help'
		]
	])('%s', (text, want) => {
		expect(titles(text, '2026-10-12')).toContain(want);
	});

	it.each([
		// A comparison, a role, a noun phrase, and a date inside the clause itself.
		['Sales fell in 2024 as much as they did in 2023.', 'as much as'],
		['Hurricane Delia made landfall on Wednesday as a Category 3 storm.', 'category 3 storm'],
		['She joined the firm in 2019 as part of the merger.', 'part of merger'],
		['He was standing in his kitchen as a sniper fired on Oct. 23.', 'sniper fired'],
		['For 38 years, the frog existed only as 41 pickled specimens.', '41 pickled specimens'],
		['The probe went quiet on Monday, exactly as we planned.', 'as we planned'],
		// (A clause that says only that something happened leaves the telling to the other.)
		['The shooting happened on Tuesday as children were arriving.', 'children were arriving'],
		// (…and so does a body's posture, the scene of what befell it.)
		['He was shot in the back on Friday night as he stood in his kitchen.', 'as he stood']
	])('keeps the words of "%s"', (text, part) => {
		expect(titles(text, '2026-10-12').join(' | ').toLowerCase()).toContain(part);
	});

	it('states each subordinator with the case that asked for it', () => {
		for (const row of TRAILING_SUBORDINATORS) expect(row.example).toContain(` ${row.opener} `);
	});
});
