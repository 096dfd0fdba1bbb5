import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from './db/connect';
import { askRunningServer, editorSocketPath, serveEditorRequests } from './editor-socket';
import { createSession, signIn, validateSession } from './sessions';
import { storesUnderTest } from './testing/stores';

for (const store of storesUnderTest()) {
	describe.skipIf(store.skip)(`editor:add through the running server on ${store.name}`, () => {
		let db: Store;
		let close: () => Promise<void>;
		let storeDir: string;
		let stop: () => Promise<void>;

		beforeAll(async () => {
			({ db, close } = await store.open());
			storeDir = join(mkdtempSync(join(tmpdir(), 'dateline-socket-')), 'db');
			stop = await serveEditorRequests(db, storeDir);
		}, 300_000);
		afterAll(async () => {
			await stop?.();
			await close?.();
		});

		it('makes an editor who can sign in, in a folder only the store’s owner may open', async () => {
			const made = await askRunningServer(storeDir, { email: 'Ann@Example.org' });
			expect(made).toMatchObject({ email: 'ann@example.org', created: true });
			expect(made!.password).toMatch(/^[A-Za-z0-9]{20}$/);
			expect(await signIn(db, 'ann@example.org', made!.password, '10.0.0.1')).toMatchObject({
				ok: true
			});
			expect(statSync(dirname(editorSocketPath(storeDir))).mode & 0o777).toBe(0o700);
		});

		it('a new password signs the editor out everywhere', async () => {
			const first = await askRunningServer(storeDir, {
				email: 'bob@example.org',
				password: 'a long enough secret'
			});
			expect(first).toMatchObject({ created: true });
			const { editor } = (await signIn(
				db,
				'bob@example.org',
				'a long enough secret',
				'10.0.0.2'
			)) as {
				editor: { id: number };
			};
			const session = await createSession(db, editor.id);
			expect(await validateSession(db, session.token)).not.toBeNull();
			const reset = await askRunningServer(storeDir, {
				email: 'bob@example.org',
				password: 'another long secret'
			});
			expect(reset).toMatchObject({ email: 'bob@example.org', created: false });
			expect(await validateSession(db, session.token)).toBeNull();
		});

		it('says what is wrong with a request, as the command would', async () => {
			await expect(askRunningServer(storeDir, { email: 'not-an-email' })).rejects.toThrow(
				/"not-an-email" is not an email address/
			);
			await expect(
				askRunningServer(storeDir, { email: 'c@example.org', password: 'short' })
			).rejects.toThrow(/too short/);
		});
	});
}

describe('editor:add without a running server', () => {
	it('is told nobody listens, when no server ran or one was killed and left its socket', async () => {
		const storeDir = join(mkdtempSync(join(tmpdir(), 'dateline-socket-')), 'db');
		expect(await askRunningServer(storeDir, { email: 'ann@example.org' })).toBeNull();
		// A file where the socket was, nobody listening, as a SIGKILLed server leaves it.
		const path = editorSocketPath(storeDir);
		mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
		writeFileSync(path, '');
		expect(await askRunningServer(storeDir, { email: 'ann@example.org' })).toBeNull();
	});

	it('an embedded store another process holds is named with what to do, not as a failed migration', async () => {
		const storeDir = join(mkdtempSync(join(tmpdir(), 'dateline-socket-')), 'db');
		// The test's parent process stands in for a running server that holds the store.
		writeFileSync(`${storeDir}.pid`, String(process.ppid));
		const error = await openStore({ dir: storeDir }).then(
			() => null,
			(e: Error) => e
		);
		expect(error?.message).toMatch(
			new RegExp(`^\\S+/db is in use by process ${process.ppid} .*Stop it first`)
		);
		expect(error?.message).not.toMatch(/schema/);
	});
});
