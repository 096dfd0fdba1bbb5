import { describe, expect, it } from 'vitest';
import { byline } from './byline';

describe('byline', () => {
	it('joins what there is, and leaves out what there is not', () => {
		expect(byline('Reuters', 'Mar 14, 2026', '36 events')).toBe(
			'Reuters · Mar 14, 2026 · 36 events'
		);
		expect(byline('', 'Mar 14, 2026', '36 events')).toBe('Mar 14, 2026 · 36 events');
		expect(byline('', '')).toBe('');
	});
});
