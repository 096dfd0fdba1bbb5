import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { createServer, request, type IncomingMessage } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import type { Store } from './db/connect';
import { addEditor } from './editors';
import { revokeEditorSessions } from './sessions';

/**
 * `npm run editor:add` while the server runs. An embedded PGlite store is one process's
 * database (db/connect.ts locks it), so the command asks the process that holds it, through a
 * Unix socket in a folder only the store's owner may open: nothing on the network can reach
 * it, and whoever can open the folder could already write the store's files, so the folder's
 * permissions are the guard a token on disk would be.
 */

/** What an editor:add asks: an account, and its password unless one is to be made up. */
export interface EditorRequest {
	email: string;
	password?: string;
}

/** What it is told: the account, whether it is new, and the password it now has. */
export interface EditorAnswer {
	email: string;
	created: boolean;
	password: string;
}

/** Makes an editor or gives one a new password; a new password signs them out everywhere. */
export async function setEditor(db: Store, { email, password }: EditorRequest) {
	const result = await addEditor(db, email, password);
	if (!result.created) await revokeEditorSessions(db, result.editor.id);
	return { email: result.editor.email, created: result.created, password: result.password };
}

/** Beside the store's folder (`data/db.run/editors.sock`), as its pid file is. */
export const editorSocketPath = (storeDir: string) =>
	join(`${resolve(storeDir)}.run`, 'editors.sock');

/** A socket's address must fit in 107 bytes (Linux's sun_path, less its terminator). */
const SOCKET_PATH_BYTES = 107;
const REQUEST_BYTES = 16 * 1024;

/**
 * Takes editor:add requests for the store this process holds, until the returned function
 * is called. A folder too deep for a socket's address is said once; the command then stops
 * with the store's lock message, as before.
 */
export async function serveEditorRequests(
	db: Store,
	storeDir: string
): Promise<() => Promise<void>> {
	const path = editorSocketPath(storeDir);
	if (Buffer.byteLength(path) > SOCKET_PATH_BYTES) {
		console.warn(
			`Dateline: ${path} is too long for a socket: npm run editor:add needs the server stopped`
		);
		return async () => {};
	}
	const folder = dirname(path);
	mkdirSync(folder, { recursive: true, mode: 0o700 });
	chmodSync(folder, 0o700);
	// A socket left by a holder that was killed: this process holds the store's lock now.
	rmSync(path, { force: true });
	const server = createServer((req, res) => {
		const answer = (status: number, body: unknown) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body));
		};
		if (req.method !== 'POST' || req.url !== '/editors')
			return answer(404, { error: 'only POST /editors is taken here' });
		readRequest(req)
			.then((body) => setEditor(db, body))
			.then(
				(editor) => answer(200, editor),
				(e: Error) => answer(400, { error: e.message })
			);
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(path, () => done());
	});
	// The socket never keeps a process alive on its own.
	server.unref();
	return () =>
		new Promise<void>((done) =>
			server.close(() => {
				rmSync(folder, { recursive: true, force: true });
				done();
			})
		);
}

async function readRequest(req: IncomingMessage): Promise<EditorRequest> {
	let text = '';
	for await (const chunk of req) {
		text += chunk;
		if (text.length > REQUEST_BYTES) throw new Error('the request is too large');
	}
	const body = JSON.parse(text) as Partial<EditorRequest>;
	if (typeof body.email !== 'string') throw new Error('which editor? give an email address');
	if (body.password !== undefined && typeof body.password !== 'string')
		throw new Error('the password must be text');
	return { email: body.email, ...(body.password !== undefined && { password: body.password }) };
}

/** How long a command waits for a server busy with a long save before it says so. */
const ANSWER_MS = 60_000;

/**
 * Asks the server that holds the store, when one does: its answer, or null when no process
 * listens (no server runs, or it was killed), so the command opens the store itself.
 */
export function askRunningServer(
	storeDir: string,
	body: EditorRequest
): Promise<EditorAnswer | null> {
	const socketPath = editorSocketPath(storeDir);
	return new Promise((done, fail) => {
		const req = request(
			{
				socketPath,
				method: 'POST',
				path: '/editors',
				headers: { 'content-type': 'application/json' },
				timeout: ANSWER_MS
			},
			async (res) => {
				let text = '';
				for await (const chunk of res) text += chunk;
				const json = JSON.parse(text) as EditorAnswer & { error?: string };
				if (res.statusCode === 200) done(json);
				else fail(new Error(json.error ?? `the running server answered ${res.statusCode}`));
			}
		);
		req.on('timeout', () =>
			req.destroy(
				new Error(`the running server did not answer in ${ANSWER_MS / 1000} s; try again`)
			)
		);
		req.on('error', (e: NodeJS.ErrnoException) => {
			if (e.code === 'ENOENT' || e.code === 'ECONNREFUSED') done(null);
			else fail(e);
		});
		req.end(JSON.stringify(body));
	});
}
