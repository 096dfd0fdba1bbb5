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
			['2027 plan: Castra expects orders to recover']
		],
		[
			'Sales fell 8% in the quarter and the company expects them to recover next year.',
			['2026-Q2: Sales fell 8%', '2027 plan: Company expects sales to recover']
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

/**
 * A forecast's "them" or "it" is the subject of the clause before it in its sentence, when the
 * number agrees (dev18e, dev19e; forecast-objects.ts): a title read alone cannot tell what
 * "them" was.
 */
describe("a forecast's pronoun object names the clause before's subject", () => {
	it.each([
		[
			'Margins narrowed to 3.1%, and the board expects them to widen again by the end of 2027.',
			'2027 plan: Board expects margins to widen again'
		],
		[
			'The firm lost money in 2025, and analysts expect it to return to profit next year.',
			'2027 plan: Analysts expect firm to return to profit'
		],
		[
			'Shares in the company fell 8% on Monday, and brokers expect them to recover by March.',
			'2027-03 plan: Brokers expect shares to recover'
		],
		[
			'Brightwell said on Wednesday that like-for-like sales fell 5% in the six months to July, and it expects them to return to growth next year.',
			'2027 plan: It expects like-for-like sales to return to growth'
		]
	])('%s', (text, expected) => {
		expect(eventsOf(text, '2026-09-10')).toContain(expected);
	});

	// "them" is no singular's, "it" no plural's: the pronoun stays where the number disagrees.
	it('leaves a pronoun whose number the subject before does not share', () => {
		expect(
			eventsOf(
				'The firm lost money in 2025, and analysts expect them to recover next year.',
				'2026-09-10'
			)
		).toContain('2027 plan: Analysts expect them to recover');
	});
});
