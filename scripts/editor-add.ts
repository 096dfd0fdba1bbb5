/**
 * Makes an editor account (or gives an existing one a new password):
 *
 *   npm run editor:add -- <email>                  prints a one-time password
 *   echo 'a long password' | npm run editor:add -- <email> --stdin
 *
 * Every session the editor had is ended when the password changes.
 */
import { addEditor } from '../src/lib/server/editors';
import { revokeEditorSessions } from '../src/lib/server/sessions';
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

await withStore('editor:add', async (db) => {
	const result = await addEditor(db, email, password);
	if (!result.created) await revokeEditorSessions(db, result.editor.id);
	const what = result.created ? 'Made editor' : 'New password for editor';
	if (fromStdin) process.stdout.write(`${what} ${result.editor.email}.\n`);
	else {
		process.stdout.write(
			`${what} ${result.editor.email}. One-time password (shown once, not stored):\n${result.password}\n`
		);
	}
});
