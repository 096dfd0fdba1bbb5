import { describe, expect, it } from 'vitest';
import { datedTitles as titles } from '../testing/dated-titles';

describe('a date in a later co-ordinated clause with its own subject titles that clause', () => {
	it.each([
		// What follows ", and" is a clause of its own, never an aside on the first clause's
		// subject, even with an aside of its own after its subject.
		[
			'The landing zones lay eight miles from the bridge, and only one battalion, under Lieutenant-Colonel John Frost, reached its northern end that evening.',
			'Only one battalion reached its northern end'
		],
		// …but a participle in commas after a relative clause's last noun is that noun's.
		[
			'The mill reopened, and it burned again in 1952, and once more after a dry summer in August 1976, which is why the families who meet at the chapel on the old mill site, restored by the county in 1961, still call the river a neighbour.',
			'1961 Old mill site restored by county'
		],
		[
			'The old pier was closed in 2019, and the ferry company, which had used it for decades, moved its boats to Kinsale in May.',
			'2026-05 Ferry company moved its boats to Kinsale'
		],
		// A date right after the later clause's verb, its clause going on after it, is that
		// clause's alone (a date that ends the sentence may date both: see seed.test.ts).
		[
			'The town lost its only bank when the mill closed, and the county board voted on Tuesday to open a library in the building.',
			'2026-09-15 County board voted to open library in building'
		],
		[
			'Elk Falls lost its only grocery store a year after the closure, and the city council voted last month to delay a planned water-rate increase.',
			'2026-08 City council voted to delay planned water-rate increase'
		],
		// A saying in the later clause, its date the saying's, is that clause's happening, not an
		// attribution of the first clause to cut.
		[
			'The faculty senate voted no confidence in the board in March, and its president, Greg Olmsted, said on Tuesday that the probation proved the senate right.',
			'2026-09-15 Greg Olmsted said probation proved senate right'
		]
	])('%s → %s', (text, want) => {
		expect(titles(text).join('\n')).toContain(want);
	});

	it.each([
		// A later clause's subject after ", and" is the antecedent of its relative clause, its
		// phrases and all; and the first clause opened by an "-ing" noun is no opening doing.
		[
			'Building permits fell 8 percent in the spring, according to the county, and fees on new homes, which were raised again in May, have slowed construction.',
			'2026-05 Fees on new homes raised again'
		],
		[
			'Sales rose 4 percent in the quarter, and the tariffs on steel from China, which took effect in March, have raised the cost of its cans.',
			'2026-03 Tariffs on steel from China took effect'
		]
	])('%s → %s', (text, want) => {
		expect(titles(text)).toContain(want);
	});

	it.each([
		// A cleft's date with an aside on it still frames the clause after "that".
		[
			'It was on 12 March, three days after the storm, that the coastguard found the trawler.',
			'2026-03-12 Coastguard found trawler'
		],
		// An opening date then an aside of circumstance opens the clause it dates.
		[
			'By Friday, after a week of talks that had gone nowhere, the two sides had signed a deal.',
			'2026-09-11 Two sides signed deal'
		]
	])('%s → %s', (text, want) => {
		expect(titles(text)).toContain(want);
	});
});
