import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../events';

const titles = (text: string, published: string) =>
	extractTimeline({ slug: 'story', title: 'Story', source: 'Wire', published, text }).events.map(
		(e) => `${e.start.value} ${e.title}`
	);

describe('a date inside a clause after "after" dates that clause', () => {
	it.each([
		[
			'Oil prices rose 2 percent after a fire shut a refinery in Texas on Monday.',
			'2026-09-14 Fire shut refinery in Texas'
		],
		[
			'The mayor resigned after he was charged with fraud on Monday.',
			'2026-09-14 Mayor charged with fraud'
		],
		[
			'Verant’s shares plunged 22 percent after the company said late on Tuesday that sales would fall.',
			// (The company is the one the sentence names: descriptions.ts.)
			'2026-09-15 Verant said sales would fall'
		]
	])('%s', (text, want) => {
		expect(titles(text, '2026-09-16')).toContain(want);
	});

	it.each([
		// A lapse counted from the clause, a noun with its own clause, a second verb.
		[
			'He was shot through the window shortly after he returned home on Friday, Oct. 23.',
			'He was shot'
		],
		[
			'A judge granted the injunction after a three-week trial that ended in May.',
			'Three-week trial ended'
		],
		[
			'Freight traffic on the line was shut down after the crash and resumed on Tuesday morning.',
			'resumed'
		]
	])('leaves "%s" to the other rules', (text, part) => {
		expect(titles(text, '2026-10-27').join(' | ')).toContain(part);
	});
});
