import { describe, expect, it } from 'vitest';
import { title } from '../testing/title-of';

describe('a role and its holder’s name in commas, opening what was said, is the name (dev-broken-cuts)', () => {
	it.each([
		[
			'Harrow Foods said on Tuesday that its chief executive, Helen Osei, would retire at the end of the year.',
			'at the end of the year',
			['on Tuesday'],
			'Helen Osei to retire'
		],
		[
			'The company said its founder, Dana Whitlock, would step down in March.',
			'in March',
			[],
			'Dana Whitlock to step down'
		],
		[
			'The union said its president, Rosa Lindqvist, would meet the mayor on Friday.',
			'on Friday',
			[],
			'Rosa Lindqvist to meet mayor'
		],
		[
			'Officials said the company’s founder, Dana Whitlock, had left the country in May.',
			'in May',
			[],
			'Dana Whitlock left country'
		],
		[
			// (The saying's own date keeps the saying whole.)
			'The board said on Monday that its chairman, Tom Reed, would retire in June.',
			'on Monday',
			['in June'],
			'Board said its chairman, Tom Reed, would retire'
		],
		[
			// (A description is no name: the apposition rules take it as before.)
			'Police said the driver, a 42-year-old man from Dayton, would appear in court on Monday.',
			'on Monday',
			[],
			'Driver to appear in court'
		]
	])('%s (%s) → %s', (sentence, date, others, expected) => {
		expect(title(sentence, date, others)).toBe(expected);
	});
});
