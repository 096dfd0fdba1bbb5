import { describe, expect, it } from 'vitest';
import { chooseGoverned } from './choose';

/** One row per sentence and date: the word the date governs, as a reader would say. */
const ROWS: [sentence: string, date: string, governs: string][] = [
	[
		'The agency announced on Wednesday that it would close the plant in June.',
		'Wednesday',
		'announced'
	],
	['The agency announced on Wednesday that it would close the plant in June.', 'June', 'close'],
	[
		'The city announced Monday that it will refund every fine issued since 2019.',
		'Monday',
		'announced'
	],
	[
		'The report, released Thursday, found that one in five bridges is unsafe.',
		'Thursday',
		'released'
	],
	[
		'The girl was released from the hospital on Friday, a week after seven people were hospitalized.',
		'Friday',
		'released'
	],
	['On March 3, the council voted to close the library.', 'March 3', 'voted'],
	[
		'Seven people were hospitalized in the outbreak, which began in May, officials said Tuesday.',
		'Tuesday',
		'said'
	],
	[
		'Seven people were hospitalized in the outbreak, which began in May, officials said Tuesday.',
		'May',
		'began'
	],
	["Tuesday's vote was delayed.", 'Tuesday', 'vote']
];

describe('chooseGoverned', () => {
	it.each(ROWS)('in "%s", %s governs "%s"', (sentence, date, governs) => {
		const start = sentence.indexOf(date);
		expect(chooseGoverned(sentence, { start, end: start + date.length })?.word).toBe(governs);
	});

	it('gives how far the choice stands above the next word', () => {
		const sentence = 'Police arrested two men on Saturday.';
		const start = sentence.indexOf('Saturday');
		const choice = chooseGoverned(sentence, { start, end: start + 8 });
		expect(choice).toMatchObject({ word: 'arrested', start: 7, end: 15 });
		expect(choice!.margin).toBeGreaterThan(1);
	});

	it('chooses nothing in a sentence that is only its date', () => {
		expect(chooseGoverned('On Tuesday.', { start: 3, end: 10 })).toBeNull();
	});
});
