import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../events';

/** The events of a one-paragraph story told on `published`: date value, plan or not, title. */
function eventsOf(text: string, published = '2026-09-24'): string[] {
	const { events } = extractTimeline({ slug: 's', title: 't', source: 'unknown', text, published });
	return events
		.filter((e) => !/(?:publishes this report|This report is published)$/.test(e.title))
		.map((e) => `${e.start.value}${e.kind === 'plan' ? ' plan' : ''}: ${e.title}`);
}

/**
 * A forecast's date ("next year", "in 2027") in a clause of its own dates the forecast, a plan,
 * never the past clause before it (dev18e, issue 13 point 5): with its subject or without,
 * comma or not.
 */
describe("a forecast's date dates only the forecast", () => {
	it.each([
		[
			'Orders for coated steel have fallen sharply, and Castra expects them to recover next year.',
			['2027 plan: Castra expects them to recover']
		],
		[
			'Sales fell 8% in the quarter and the company expects them to recover next year.',
			['2026-Q2: Sales fell 8%', '2027 plan: Company expects them to recover']
		],
		[
			'Revenue fell 12% last year and the group forecasts a return to growth in 2027.',
			['2025: Revenue fell 12%', '2027 plan: Group forecasts return to growth']
		],
		[
			'The council cut 200 jobs and plans to cut 150 more next year.',
			['2027 plan: Council plans to cut 150']
		],
		[
			'The carrier carried 2 million passengers last year and expects to carry 3 million in 2028.',
			[
				'2025: Carrier carried 2 million passengers',
				'2028 plan: Carrier expects to carry 3 million'
			]
		]
	])('%s', (text, expected) => {
		expect(eventsOf(text).sort()).toEqual(expected.sort());
	});

	// "X and Y plan …" is one subject of two: no clause opens at its "and" (the lead's blind
	// check).
	it("keeps a joint subject before a forecast's verb whole", () => {
		expect(
			eventsOf(
				'Kwame Mensah opened his first shop in 2019. He and Okafor plan to open a second shop in Leeds next spring, and they are in talks with a landlord.',
				'2021-01-10'
			)
		).toContain('2021-SP plan: Kwame Mensah and Okafor plan to open second shop in Leeds');
	});

	// A "plan" after a determiner is a noun: the clause is no forecast.
	it('leaves "and the council shelved the plan last spring" to its first clause, as before', () => {
		expect(eventsOf('Landscapers objected, and the council shelved the plan last spring.')).toEqual(
			['2026-SP: Landscapers objected']
		);
	});
});
