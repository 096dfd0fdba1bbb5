import { describe, expect, it } from 'vitest';
import { title } from '../testing/title-of';

describe('a participle aside on the subject of what was said (reported-asides.ts)', () => {
	it.each([
		[
			// Without the date, the aside goes and what was said keeps its verb.
			'Halden Appliances said on Tuesday that owners of its tower fans, sold at hardware stores in 14 states until last spring, should unplug them at once.',
			'on Tuesday',
			['last spring'],
			'Halden Appliances said owners of its tower fans should unplug them'
		],
		[
			'The agency said on Monday that drivers of the vans, built in Ohio between 2019 and 2021, should stop using them.',
			'on Monday',
			[],
			'Agency said drivers of vans should stop using them'
		],
		[
			// With the date, the aside is its noun's happening.
			'Halden Appliances said on Tuesday that owners of its tower fans, sold at hardware stores in 14 states until last spring, should unplug them at once.',
			'last spring',
			['on Tuesday'],
			'Its tower fans sold at hardware stores in 14 states'
		]
	])('%s', (sentence, target, others, expected) => {
		expect(title(sentence, target, others)).toBe(expected);
	});

	it('leaves an aside that is a clause of its own, not a participle', () => {
		expect(
			title(
				'The mayor said on Friday that the pool, which closed in 2019, would reopen.',
				'on Friday',
				['in 2019']
			)
		).toBe('Mayor said pool would reopen');
	});
});
