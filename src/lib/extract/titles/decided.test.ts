import { describe, expect, it } from 'vitest';
import { decidedTo } from './decided';

describe('a decision whose object is a clause reads as what was decided to do', () => {
	it.each([
		['Board decided depot will close', 'Board decided to close depot'],
		["Firm's board decided Lyon office will close", "Firm's board decided to close Lyon office"],
		[
			'Council voted it will repay $2 million in road grants',
			'Council voted to repay $2 million in road grants'
		],
		// A person's plan, or a verb that is no happening to its subject, stays as told.
		[
			'Board decided Sam Holt will take charge of club',
			'Board decided Sam Holt will take charge of club'
		],
		['Family decided farm will be sold at auction', 'Family decided farm will be sold at auction'],
		['Judge ruled trial will resume', 'Judge ruled trial will resume']
	])('%s → %s', (title, want) => {
		expect(decidedTo(title)).toBe(want);
	});
});
