/**
 * Makes an editor account (or gives an existing one a new password):
 *
 *   npm run editor:add -- <email>                  prints a one-time password
 *   echo 'a long password' | npm run editor:add -- <email> --stdin
 *
 * Every session the editor had is ended when the password changes. With the embedded store
 * and the server running, the server does it (src/lib/server/editor-socket.ts): the store is
 * its alone while it runs.
 */
import { storeOptions } from '../src/lib/server/db';
import { askRunningServer, setEditor, type EditorAnswer } from '../src/lib/server/editor-socket';
import { withStore } from './store-cli';

const USAGE = 'usage: npm run editor:add -- <email> [--stdin]';

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks)
		.toString('utf8')
		.replace(/\r?\n$/, '');
}

const args = process.argv.slice(2);
const email = args.find((a) => !a.startsWith('--'));
if (!email) {
	process.stderr.write(`editor:add: which editor? ${USAGE}\n`);
	process.exit(1);
}
const fromStdin = args.includes('--stdin');
const password = fromStdin ? await readStdin() : undefined;
const request = { email, ...(password !== undefined && { password }) };

function report(result: EditorAnswer) {
	const what = result.created ? 'Made editor' : 'New password for editor';
	if (fromStdin) process.stdout.write(`${what} ${result.email}.\n`);
	else {
		process.stdout.write(
			`${what} ${result.email}. One-time password (shown once, not stored):\n${result.password}\n`
		);
	}
}

const { dir } = storeOptions();
const answered = dir
	? await askRunningServer(dir, request).catch((e: Error) => {
			process.stderr.write(`editor:add: ${e.message}\n`);
			process.exit(1);
		})
	: null;
if (answered) report(answered);
else await withStore('editor:add', async (db) => report(await setEditor(db, request)));
