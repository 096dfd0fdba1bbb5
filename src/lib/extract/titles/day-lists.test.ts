import { describe, expect, it } from 'vitest';
import { DAY_LISTS, withDayList } from './day-lists';
import { titleAt } from './title-at';

/** The span of `date` in `sentence`, widened. */
const widened = (sentence: string, date: string) => {
	const start = sentence.indexOf(date);
	const span = withDayList(sentence, { start, end: start + date.length });
	return sentence.slice(span.start, span.end);
};

describe('a list or range of days in one month is one date phrase (fragments III)', () => {
	it('widens each row’s date', () => {
		for (const row of DAY_LISTS) {
			const date = row.before ? '5 May' : 'May 4';
			expect(widened(row.example, date), row.example).not.toBe(date);
		}
	});

	it.each([
		['Nurses will strike on 4 and 5 May and again on 12 May.', '5 May', 'Nurses will strike'],
		['The festival runs on 3, 4 and 5 July.', '5 July', 'Festival runs'],
		['Talks were held on 12-14 March in Geneva.', '14 March', 'Talks held in Geneva'],
		[
			"Nurses at St Anne's will walk out on 21 and 22 March and again on 28 March.",
			'22 March',
			"Nurses at St Anne's will walk out"
		]
	])('%s (%s) → %s', (sentence, date, title) => {
		expect(titleAt(sentence, date)).toBe(title);
	});

	it.each([
		// A count after a date is no day of it.
		['By Jan. 20, 180 had returned to work.', 'Jan. 20'],
		['On May 4, 12 officers were hurt.', 'May 4'],
		['On May 4 and 5 officers were hurt.', 'May 4']
	])('leaves %s', (sentence, date) => {
		expect(widened(sentence, date)).toBe(date);
	});
});
