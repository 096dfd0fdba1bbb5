import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BinaryLike, ScryptOptions } from 'node:crypto';
import type { Store } from './db/connect';
import { addEditor } from './editors';
import {
	createSession,
	hashToken,
	revokeEditorSessions,
	revokeSession,
	SIGN_IN_LIMITS,
	signIn,
	validateSession
} from './sessions';
import { storesUnderTest } from './testing/stores';

// scrypt at N=2^10 in this file: its rows hash or check a password some thirty times on each
// store, each a 32 MiB derivation at the production cost (most of a minute of the store suite
// on a loaded 2-core machine). passwords.test.ts asserts the production cost by deriving the
// key again; these rows test accounts, sessions and limits, which the cost does not change.
vi.mock('node:crypto', async (importOriginal) => {
	const crypto = await importOriginal<typeof import('node:crypto')>();
	// passwords.ts calls it with options, as scrypt(password, salt, length, options, done).
	const scrypt = (
		password: BinaryLike,
		salt: BinaryLike,
		length: number,
		options: ScryptOptions,
		done: (error: Error | null, key: Buffer) => void
	) => crypto.scrypt(password, salt, length, { ...options, N: 2 ** 10 }, done);
	return { ...crypto, scrypt };
});

for (const store of storesUnderTest()) {
	describe.skipIf(store.skip)(`editors and sessions on ${store.name}`, () => {
		let db: Store;
		let close: () => Promise<void>;

		beforeAll(async () => {
			({ db, close } = await store.open());
		}, 300_000);
		afterAll(async () => close?.());

		it('editor:add makes an account with a one-time password, hashed with scrypt', async () => {
			const { editor, password, created } = await addEditor(db, ' Ann@Example.org ');
			expect(created).toBe(true);
			expect(editor.email).toBe('ann@example.org');
			expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
			const row = await db.selectFrom('editors').selectAll().executeTakeFirstOrThrow();
			expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
			expect(row.password_hash).not.toContain(password);
			await expect(addEditor(db, 'not-an-email')).rejects.toThrow(/not an email address/);
			await expect(addEditor(db, 'x@example.org', 'short')).rejects.toThrow(/too short/);
		});

		it('signs in with the right password only, the email in any case', async () => {
			await addEditor(db, 'bob@example.org', 'a long enough secret');
			expect(await signIn(db, 'BOB@example.org', 'a long enough secret', '10.0.0.1')).toMatchObject(
				{
					ok: true,
					editor: { email: 'bob@example.org' }
				}
			);
			expect(await signIn(db, 'bob@example.org', 'wrong password', '10.0.0.1')).toEqual({
				ok: false,
				reason: 'invalid'
			});
			expect(await signIn(db, 'nobody@example.org', 'whatever', '10.0.0.1')).toEqual({
				ok: false,
				reason: 'invalid'
			});
		});

		it('stores only the token’s hash; a session slides, and is revoked one by one or all at once', async () => {
			const { editor } = await addEditor(db, 'cy@example.org', 'another long secret');
			const one = await createSession(db, editor.id);
			const two = await createSession(db, editor.id);
			const ids = (await db.selectFrom('sessions').select('id').execute()).map((r) => r.id);
			expect(ids).toContain(hashToken(one.token));
			expect(ids).not.toContain(one.token);
			expect(await validateSession(db, one.token)).toMatchObject({
				editor: { email: 'cy@example.org' }
			});
			// Past half its life, a used session is extended to a full one again.
			const soon = new Date(Date.now() + 2 * 24 * 3600_000);
			await db
				.updateTable('sessions')
				.set({ expires_at: soon })
				.where('id', '=', hashToken(one.token))
				.execute();
			const renewed = await validateSession(db, one.token);
			expect(renewed!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600_000);
			// Expired sessions open nothing and are deleted.
			await db
				.updateTable('sessions')
				.set({ expires_at: new Date(Date.now() - 1000) })
				.where('id', '=', hashToken(one.token))
				.execute();
			expect(await validateSession(db, one.token)).toBeNull();
			const three = await createSession(db, editor.id);
			await revokeSession(db, hashToken(three.token));
			expect(await validateSession(db, three.token)).toBeNull();
			expect(await validateSession(db, two.token)).not.toBeNull();
			await createSession(db, editor.id);
			expect(await revokeEditorSessions(db, editor.id)).toBe(2);
			expect(await validateSession(db, two.token)).toBeNull();
			expect(await validateSession(db, 'not a token')).toBeNull();
		});

		it('rate limits failed sign-ins per account, then per address, even with the right password', async () => {
			await addEditor(db, 'dee@example.org', 'the right password');
			for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
				expect(await signIn(db, 'dee@example.org', `guess ${i}`, `10.1.0.${i}`)).toMatchObject({
					reason: 'invalid'
				});
			}
			const limited = await signIn(db, 'dee@example.org', 'the right password', '10.1.1.1');
			expect(limited).toMatchObject({ ok: false, reason: 'limited' });
			expect((limited as { retryAfterMinutes: number }).retryAfterMinutes).toBeGreaterThanOrEqual(
				1
			);
			// One address guessing many accounts is stopped too.
			for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) {
				await signIn(db, `spray${i}@example.org`, 'guess', '10.9.9.9');
			}
			expect(await signIn(db, 'bob@example.org', 'a long enough secret', '10.9.9.9')).toMatchObject(
				{ reason: 'limited' }
			);
			expect(
				await signIn(db, 'bob@example.org', 'a long enough secret', '10.9.9.10')
			).toMatchObject({ ok: true });
		}, 240_000);
	});
}
