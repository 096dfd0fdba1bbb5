import { describe, expect, it } from 'vitest';
import { savedStamp } from './stamp';

describe('savedStamp', () => {
	it('writes the UTC day and minute of an ISO time, whatever the zone of the machine', () => {
		expect(savedStamp('2026-12-06T04:12:59.123Z')).toBe('2026-12-06 04:12 UTC');
	});
});
