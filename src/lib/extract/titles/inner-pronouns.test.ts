import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../events';

/** The title of the event whose date reads `date`, the story told on `published`. */
function titleAt(text: string, date: string, published = '2026-06-04'): string | undefined {
	const { events } = extractTimeline({ slug: 's', title: 't', source: 'unknown', text, published });
	// (The last: a sentence before may take the date as its own, inferred.)
	return events.findLast((e) => e.start.text === date)?.title;
}

describe('a pronoun inside a title is named by its antecedent in the last sentences', () => {
	it.each([
		// A partitive's "them": the kind the sentence before counted.
		[
			'Dozens of residents of the Maple Court apartments fell ill after drinking tap water. About 200 of them were hospitalized on Tuesday.',
			'Tuesday',
			'About 200 residents hospitalized'
		],
		[
			'Hundreds of passengers were stranded at the airport overnight. Most of them left on Friday morning.',
			'Friday morning',
			'Most passengers left'
		],
		[
			'Forty workers were trapped when the mine flooded. Twelve of them were rescued on Thursday.',
			'Thursday',
			'Twelve workers rescued'
		],
		[
			'The storm destroyed about 300 homes along the coast. Most of them were rebuilt by 2021.',
			'2021',
			'Most homes rebuilt'
		],
		// An object: never its own clause's subject, nor what that subject stands for.
		[
			'The city had kept the camera recordings for two years. A judge ordered it to turn them over on Monday.',
			'Monday',
			'Judge ordered city to turn camera recordings over'
		],
		[
			'The county refused to release the bodycam videos. On Friday a judge ordered it to hand them to the family.',
			'Friday',
			'Judge ordered county to hand bodycam videos to family'
		],
		[
			'The Harlan Pictures studio had planned the film for summer. In March it pushed it to December.',
			'March',
			'Harlan Pictures studio pushed film'
		],
		// …and of a subject and an object that agree, the object (parallel roles).
		[
			'The district sold the building in 2015. A developer turned it into apartments in 2018.',
			'2018',
			'Developer turned building into apartments'
		],
		[
			'The school board bought the old armory in 2010. Volunteers painted it in 2012.',
			'2012',
			'Volunteers painted old armory'
		],
		[
			'The agency and the city signed the contract in May. A judge voided it in August.',
			'August',
			'Judge voided contract'
		],
		// A count after the object is how often, no part of it.
		[
			'The Ridgeway Tigers had lost the final three times. They won it on Sunday.',
			'Sunday',
			'Ridgeway Tigers won final'
		],
		// "him" in a second verb phrase is the first one's object.
		[
			'The Hartwell Rovers signed the striker in 2019 and sold him in 2022.',
			'2022',
			'Hartwell Rovers sold striker'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});

	it.each([
		// A pronoun the title's own subject stands for stays: the reader names it.
		[
			'The company said on Monday that it would close the plant.',
			'Monday',
			'Company said it would close plant'
		],
		['The firm reported its first loss in 2020.', '2020', 'Firm reported its first loss'],
		[
			'Corvane Foods, the Ohio maker of frozen pizza, said on Tuesday that its profit fell 18 percent.',
			'Tuesday',
			'Corvane Foods said its profit fell 18 percent'
		],
		// Never guessed across a quotation.
		[
			'“We will not close,” the owner said. On Tuesday they closed it.',
			'Tuesday',
			'They closed it'
		],
		// Nor when a noun phrase the reading passed over agrees as well: "a subsidy" or "the state".
		[
			'In January, the airline asked the state for a subsidy, and lawmakers turned it down in March.',
			'March',
			'Lawmakers turned it down'
		]
	])('%s (%s) keeps its pronoun: %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});
