import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeComponent, eventIdFromHash } from './decode';

afterEach(() => vi.restoreAllMocks());

describe('decodeComponent', () => {
	it('decodes escapes and gives null for malformed ones instead of throwing', () => {
		expect(decodeComponent('caf%C3%A9')).toBe('café');
		for (const bad of ['%', '%E0%A4%A', '%zz', '%uD800', '%C0%AF']) {
			expect(decodeComponent(bad)).toBeNull();
		}
	});
});

describe('eventIdFromHash', () => {
	it('reads the event id of a hash, with or without its "#"', () => {
		expect(eventIdFromHash('#2019-bounties')).toBe('2019-bounties');
		expect(eventIdFromHash('a%2Db')).toBe('a-b');
		expect(eventIdFromHash('')).toBe('');
	});

	it('names no event for a malformed hash, and says so in the console', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(eventIdFromHash('#%')).toBe('');
		expect(warn).toHaveBeenCalledWith(expect.stringContaining('#%'));
	});
});
