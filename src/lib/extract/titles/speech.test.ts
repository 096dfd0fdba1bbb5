import { describe, expect, it } from 'vitest';
import { titleFor } from '../titles';

/** Title of `sentence` for the date phrase `target`, with `others` also dated. */
function title(sentence: string, target: string, others: string[] = []) {
	const span = (phrase: string) => {
		const start = sentence.indexOf(phrase);
		if (start < 0) throw new Error(`"${phrase}" not in sentence`);
		return { start, end: start + phrase.length };
	};
	return titleFor(sentence, span(target), others.map(span));
}

describe('speech events: who said what (issue 13, point 4)', () => {
	it.each([
		[
			'“We tried everything to keep Warren open,” said Luca Ferri, the company’s North American chief, who ran the plant from 2015 to 2019.',
			'from 2015 to 2019',
			'Luca Ferri ran plant'
		],
		[
			"``I haven't seen a pattern yet,'' said Patricia Hurt, the Essex County prosecutor, who created the task force on Tuesday.",
			'on Tuesday',
			'Patricia Hurt created task force'
		]
	])('a date in the speaker’s own “who” clause titles that clause by name: %s', (s, date, want) => {
		expect(title(s, date)).toBe(want);
	});
});
