import { describe, expect, it } from 'vitest';
import { datedTitles as titles } from '../testing/dated-titles';

describe('a date inside a fronted subordinate clause dates that clause, not the main one', () => {
	it.each([
		['After the plant closed in 2019, the town lost a third of its jobs.', '2019 Plant closed'],
		[
			'After the Burmese government appealed to the United Nations in 1953, the U.S. began pressuring the ROC.',
			'1953 Burmese government appealed to United Nations'
		],
		['Before she became mayor in 2010, Lee ran a bakery on Main Street.', '2010 Lee became mayor'],
		['Until the mill shut down in 1998, it employed 400 people.', '1998 Mill shut down'],
		['Since the factory closed in 2015, the town has lost 2,000 residents.', '2015 Factory closed'],
		// (A pronoun subject is the main clause's subject.)
		['After it was sold in 2021, the newspaper cut its staff in half.', '2021 Newspaper sold'],
		['Before the storm hit on Aug. 3, residents had stocked up on water.', '2026-08-03 Storm hit']
	])('%s', (text, want) => {
		expect(titles(text)).toContain(want);
	});

	it.each([
		// A noun phrase, a participle: no clause of its own.
		[
			'After a three-week trial in May, the jury convicted him of fraud.',
			'2026-05 Jury convicted him of fraud'
		],
		['After years of decline, the paper closed in 2020.', '2020 Paper closed'],
		// A day's "After" dates the main clause's sequel, that same day.
		[
			'A gust toppled a lighting tower on Saturday evening. After the tower toppled Saturday, police cleared the field.',
			'2026-09-12 Police cleared field'
		]
	])('leaves "%s" to the main clause', (text, want) => {
		expect(titles(text)).toContain(want);
	});
});
