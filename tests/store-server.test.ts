import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDatabase } from '../src/lib/server/testing/stores';
import { addEditor, addEditors, api, runEditorAdd, signIn } from './support/editor';
import { freshDataDir, startServer, type Server } from './support/server';

/**
 * The built server on its store, as `npm start` runs it: two editors conflicting, and a
 * SIGKILL in a burst of saves. On its own PGlite store always, and on a PostgreSQL database
 * of its own too when DATABASE_URL names a server (`bash .ci/run` starts one).
 */
const SLUG = 'russian-bounties-taliban';
const ANN = { email: 'ann@example.org', password: 'correct horse battery' };
const BOB = { email: 'bob@example.org', password: 'staple battery horse' };
const backends: { name: string; database?: () => ReturnType<typeof scratchDatabase> }[] = [
	{ name: 'PGlite' },
	...(process.env.DATABASE_URL
		? [{ name: 'PostgreSQL', database: () => scratchDatabase(process.env.DATABASE_URL!) }]
		: [])
];

for (const backend of backends) {
	describe(`the server on ${backend.name}`, () => {
		let dataDir: string;
		let server: Server;
		let ann: string;
		let bob: string;
		let env: Record<string, string>;
		let drop: (() => Promise<void>) | undefined;

		beforeAll(async () => {
			dataDir = freshDataDir();
			const scratch = await backend.database?.();
			drop = scratch?.drop;
			env = { DATELINE_DATA: dataDir, ...(scratch && { DATABASE_URL: scratch.url }) };
			// A server on its PGlite store takes editors through its socket once it runs, where an
			// editor:add process each opened the store first; a PostgreSQL one's come beforehand.
			if (scratch) for (const e of [ANN, BOB]) addEditor(dataDir, e.email, e.password, scratch.url);
			server = await startServer(env);
			if (!scratch) await addEditors(server, [ANN, BOB]);
			ann = await signIn(server.url, ANN.email, ANN.password);
			bob = await signIn(server.url, BOB.email, BOB.password);
		}, 240_000);

		afterAll(async () => {
			await server?.stop();
			await drop?.();
		});

		const draftOf = async (cookie: string) =>
			(await api(server.url, cookie, `/api/timelines/${SLUG}/draft`)).json();

		describe('two editors on one timeline', () => {
			it('the second save on the same revision is refused (409) with the first editor’s version to merge', async () => {
				const annDraft = await draftOf(ann);
				const bobDraft = await draftOf(bob);
				expect(bobDraft.revision).toBe(annDraft.revision);
				const annSave = await api(server.url, ann, `/api/timelines/${SLUG}/draft`, {
					method: 'PUT',
					body: {
						base: annDraft.revision,
						document: { ...annDraft.document, title: 'Ann’s title' }
					}
				});
				expect(annSave.status).toBe(200);
				const bobSave = await api(server.url, bob, `/api/timelines/${SLUG}/draft`, {
					method: 'PUT',
					body: {
						base: bobDraft.revision,
						document: { ...bobDraft.document, title: 'Bob’s title' }
					}
				});
				expect(bobSave.status).toBe(409);
				const conflict = await bobSave.json();
				expect(conflict.error).toMatch(/saved by ann@example\.org .*Nothing was overwritten/);
				expect(conflict.current).toMatchObject({
					number: annDraft.revision + 1,
					editor: 'ann@example.org'
				});
				expect(conflict.current.document.title).toBe('Ann’s title');
				// Bob merges onto Ann's revision and saves; both edits are kept in history.
				const merged = await api(server.url, bob, `/api/timelines/${SLUG}/draft`, {
					method: 'PUT',
					body: {
						base: conflict.current.number,
						document: { ...conflict.current.document, title: 'Ann’s and Bob’s title' }
					}
				});
				expect(merged.status).toBe(200);
				const history = await (
					await api(server.url, ann, `/api/timelines/${SLUG}/revisions`)
				).json();
				expect(history.revisions.slice(0, 2).map((r: { editor: string }) => r.editor)).toEqual([
					'bob@example.org',
					'ann@example.org'
				]);
				// Readers still see the published revision.
				const reader = await (await fetch(`${server.url}/t/${SLUG}`)).text();
				expect(reader).toContain('Russia pays Taliban to kill American soldiers in Afghanistan');
				expect(reader).not.toContain('Ann’s and Bob’s title');
			});
		});

		describe('a server killed during saves', () => {
			it('restarts with the last good revision intact (kill -9 in a burst of saves)', async () => {
				const start = await draftOf(ann);
				const sent = new Map<number, string>();
				let base = start.revision as number;
				let acknowledged = base;
				let inFlight: Promise<unknown> | undefined;
				for (let i = 1; ; i++) {
					const title = `Burst save ${i}`;
					sent.set(base + 1, title);
					const request = api(server.url, ann, `/api/timelines/${SLUG}/draft`, {
						method: 'PUT',
						body: {
							base,
							document: {
								...start.document,
								title,
								events: start.document.events.slice(0, 1 + (i % 7))
							}
						}
					});
					if (i === 12) {
						// The next save is on its way when the server dies.
						inFlight = request.catch(() => null);
						await new Promise((r) => setTimeout(r, 3 + Math.random() * 10));
						server.child.kill('SIGKILL');
						break;
					}
					const response = await request;
					expect(response.status).toBe(200);
					base = acknowledged = (await response.json()).revision;
				}
				await inFlight;
				await new Promise<void>((done) =>
					server.child.exitCode !== null || server.child.signalCode
						? done()
						: server.child.once('exit', () => done())
				);
				server = await startServer(env);
				const after = await draftOf(ann);
				// The last acknowledged save is there; the one cut off is there whole or not at all.
				expect(after.revision).toBeGreaterThanOrEqual(acknowledged);
				expect(after.revision).toBeLessThanOrEqual(acknowledged + 1);
				expect(after.document.title).toBe(sent.get(after.revision));
				expect(after.document.events.length).toBeGreaterThan(0);
				const next = await api(server.url, ann, `/api/timelines/${SLUG}/draft`, {
					method: 'PUT',
					body: { base: after.revision, document: after.document }
				});
				expect(next.status).toBe(200);
				expect((await fetch(`${server.url}/t/${SLUG}`)).status).toBe(200);
			});
		});

		describe('npm run editor:add while the server runs', () => {
			// On PGlite the server holds the store, killed and started again just above (its old
			// socket left behind): the command asks it. On PostgreSQL both open the database.
			it('makes an editor who signs in at once; a new password signs them out', async () => {
				const made = await runEditorAdd(
					dataDir,
					['carol@example.org'],
					undefined,
					env.DATABASE_URL
				);
				expect(made.stderr).toBe('');
				expect(made.status).toBe(0);
				expect(made.stdout).toMatch(/^Made editor carol@example\.org\. One-time password/);
				const password = made.stdout.trim().split('\n').at(-1)!;
				const carol = await signIn(server.url, 'carol@example.org', password);
				expect((await api(server.url, carol, '/api/timelines')).status).toBe(200);
				const reset = await runEditorAdd(
					dataDir,
					['carol@example.org', '--stdin'],
					'a new long password',
					env.DATABASE_URL
				);
				expect(reset.stdout).toBe('New password for editor carol@example.org.\n');
				expect((await api(server.url, carol, '/api/timelines')).status).toBe(401);
				await signIn(server.url, 'carol@example.org', 'a new long password');
				const bad = await runEditorAdd(dataDir, ['carol'], undefined, env.DATABASE_URL);
				expect(bad.status).toBe(1);
				expect(bad.stderr).toBe('editor:add: "carol" is not an email address\n');
			});
		});
	});
}
