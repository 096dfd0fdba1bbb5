import { describe, expect, it } from 'vitest';
import { titleFor } from '../titles';

/** The title of `sentence`'s date `date`. */
function titled(sentence: string, date: string): string {
	const start = sentence.indexOf(date);
	return titleFor(sentence, { start, end: start + date.length });
}

describe('a date in a name\'s "whose" clause', () => {
	it.each([
		[
			'Marta Silva, whose brother drowned in the flood of 1998, spoke at the hearing on Monday.',
			'1998',
			"Marta Silva's brother drowned in flood"
		],
		[
			'The fire chief, Owen Reyes, whose station burned down in 2019, retired on Friday.',
			'2019',
			"Owen Reyes's station burned down"
		],
		// A noun's "whose" clause, and a modal that keeps its auxiliaries (was "whose records may
		// stolen", with no verb of its own).
		[
			'The clinic, whose records may have been stolen in 2024, reopened on Monday.',
			'2024',
			"Clinic's records may have been stolen"
		],
		[
			'Regulators fined Carver Health, a retailer whose customer data may have been stolen in 2024, on Tuesday.',
			'2024',
			'Carver Health’s customer data may have been stolen'
		]
	])('%s (%s) → %s', (sentence, date, title) => {
		expect(titled(sentence, date)).toBe(title);
	});

	it.each([
		[
			'The panel ruled that the judge had wrongly allowed testimony from a fire investigator whose license had lapsed in 2021.',
			'in 2021',
			"Fire investigator's license lapsed"
		],
		[
			'He said two people had died: a man whose generator filled his garage with fumes in Hazard, and a woman whose car slid off Route 15 near Jackson on Tuesday.',
			'on Tuesday',
			"Woman's car slid off Route 15 near Jackson"
		]
	])('titles a "whose" clause closing the sentence after its verb: %s', (sentence, date, title) => {
		expect(titled(sentence, date)).toBe(title);
	});

	it('leaves a noun\'s "whose" clause without commas to the sentence\'s verb', () => {
		expect(
			titled(
				'A man whose house was allegedly a bomb factory was arrested last year in connection with the fire.',
				'last year'
			)
		).not.toMatch(/^Man’?'?s house/);
	});

	it('leaves a "whose" clause without the date to its sentence', () => {
		expect(
			titled(
				'Marta Silva, whose brother drowned in the flood, spoke at the hearing on Monday.',
				'on Monday'
			)
		).not.toMatch(/brother/);
	});
});

describe('a state after its place is no antecedent of "whose"', () => {
	it.each([
		[
			'He was Sgt. Walter Brandt, a 23-year-old gunner from Council Bluffs, Iowa, whose bomber went down over the Netherlands on Oct. 10, 1944.',
			'Oct. 10, 1944',
			'Sgt. Walter Brandt’s bomber went down over Netherlands'
		],
		[
			'It took her a week to learn that Brandt was a 23-year-old navigator from Council Bluffs, Iowa, whose B-17 went down over the Ems estuary on Oct. 10, 1944.',
			'Oct. 10, 1944',
			"Brandt's B-17 went down over Ems estuary"
		]
	])('%s (%s) → %s', (sentence, date, title) => {
		expect(titled(sentence, date)).toBe(title);
	});
});
