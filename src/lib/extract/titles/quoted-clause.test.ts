import { describe, expect, it } from 'vitest';
import { titleAt } from './title-at';

describe('a quotation’s title holds one whole clause of it, never a cut (dev-quotes-1)', () => {
	it.each([
		[
			// A clause of consequence: the date's clause, not "…, so every lorry now goes".
			'"The Victoria Bridge shut in March, so every lorry now goes through the town centre," said Sue Ruiz.',
			'March',
			'Sue Ruiz said Victoria Bridge shut'
		],
		[
			// A clause of contrast.
			'"The pumps were running by Sunday, but the water kept coming," said Ola Berg.',
			'Sunday',
			'Ola Berg said pumps were running'
		],
		[
			// A reason.
			'"The school shut in June because the roof was unsafe," said Ann Cole.',
			'June',
			'Ann Cole said school shut'
		],
		[
			// "and" with a subject of its own.
			'"The mill opened its second line in 2015 and the town has grown around it ever since," said Tom Reid.',
			'2015',
			'Tom Reid said mill opened its second line'
		],
		[
			// A second verb phrase the date does not date.
			'"We closed the depot in 2019 and have not looked back," Mark Fell said.',
			'2019',
			'Mark Fell said they closed depot'
		],
		[
			// A quotation that is all of its sentence, its speaker named before it.
			'"We will miss the old hall," said Ada Okafor, the school\'s head. "The hall closed on May 2, so we have a month of lessons in tents."',
			'May 2',
			'Ada Okafor said hall closed on May 2'
		],
		[
			// A short quotation its saying's date dates is told whole, both its clauses.
			'"People stayed calm, and that saved lives," Captain Marc Roy said on Wednesday.',
			'Wednesday',
			'Captain Marc Roy said people stayed calm, and that saved lives'
		]
	])('%s (%s) → %s', (text, date, want) => {
		expect(titleAt(text, date, '2026-11-20')).toBe(want);
	});
});
