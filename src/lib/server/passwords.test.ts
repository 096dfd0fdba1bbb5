import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords';

/** A stored hash made by hand, at any cost: `scrypt$N$r$p$salt$hash`. */
function storedAt(password: string, N: number): string {
	const salt = randomBytes(16);
	const key = scryptSync(password.normalize('NFKC'), salt, 64, {
		N,
		r: 8,
		p: 1,
		maxmem: 256 * N * 8
	});
	return ['scrypt', N, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

// The production cost is asserted here, by deriving the key again outside passwords.ts: the
// store suite (sessions.store.test.ts) signs in dozens of times and runs scrypt at a lower cost.
describe('passwords', () => {
	it('hashes with scrypt at N=2^15, r=8, p=1 (OWASP’s floor), a 16-byte salt and a 64-byte key', async () => {
		const stored = await hashPassword('correct horse battery');
		const [scheme, N, r, p, salt, hash] = stored.split('$');
		expect([scheme, N, r, p]).toEqual(['scrypt', '32768', '8', '1']);
		expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
		const again = scryptSync('correct horse battery', Buffer.from(salt!, 'base64'), 64, {
			N: 2 ** 15,
			r: 8,
			p: 1,
			maxmem: 128 * 2 ** 15 * 8 * 2
		});
		expect(hash).toBe(again.toString('base64'));
		expect(await verifyPassword('correct horse battery', stored)).toBe(true);
		expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
	});

	it('verifies a hash at the cost it was stored with, so the cost can grow later', async () => {
		const old = storedAt('staple battery horse', 2 ** 10);
		expect(await verifyPassword('staple battery horse', old)).toBe(true);
		expect(await verifyPassword('staple battery', old)).toBe(false);
	});

	it('refuses a hash of another scheme or a malformed one', async () => {
		expect(await verifyPassword('x', 'bcrypt$2b$10$abc')).toBe(false);
		expect(await verifyPassword('x', 'scrypt$32768$8$1$$')).toBe(false);
	});
});
