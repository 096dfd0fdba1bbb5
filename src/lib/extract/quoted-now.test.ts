import { describe, expect, it } from 'vitest';
import { clauseAround, quotesAStateOfNow, tellsAState } from './quoted-now';

// a quoted clause, tells a state, a wish or a condition (no happening of the speaker's day)
const rows: [string, boolean][] = [
	['Today I just want to walk in a straight line', true],
	['What we owe our members today is the truth about how this happened', true],
	['Today you can hear it from the school', true],
	['tonight is the hardest thing I have done in it', true],
	['If we do not act today', true],
	["It's a good day today", true],
	['We have a lot of work today', true],
	['Today we delivered enough food for about 90,000 people', false],
	['We are opening the bridge today', false],
	['We have delivered food to 3,000 families today', false],
	['We will vote on it tonight', false],
	['Today we begin to rebuild', false],
	// A verb the rules do not know comes first: the clause is kept.
	["Today's verdict shows that no one is above the law", false],
	// A state reached that day is a change, and so a happening (dev11).
	['Today I finally feel that someone listened', false],
	['Today we can finally give crews a rest', false],
	// A duty told by "is to" is what is done that day.
	['Today our only job is to get every bottle back', false],
	['The plan tonight is to reopen two lanes', false]
];

describe('tellsAState: a quoted clause of a state, not a happening', () => {
	it.each(rows)('%s', (clause, state) => {
		expect(tellsAState(clause)).toBe(state);
	});
});

describe('clauseAround: the clause that holds a quoted "today"', () => {
	it.each([
		[
			'"If we do not act today, we will be cutting teachers," she said.',
			'today',
			'If we do not act today'
		],
		[
			'"I have sat in this chair for nine years, and tonight is the hardest thing," she said.',
			'tonight',
			'tonight is the hardest thing'
		],
		['"Today, we delivered flour," he said.', 'Today', 'Today, we delivered flour']
	])('%s', (text, word, clause) => {
		const at = text.indexOf(word);
		expect(clauseAround(text, at, at + word.length)).toBe(clause);
	});

	it("reads only the words of the speaker's now", () => {
		const text = '"We can finish it on Monday," she said.';
		const at = text.indexOf('Monday');
		expect(quotesAStateOfNow(text, at, at + 6)).toBe(false);
	});
});
