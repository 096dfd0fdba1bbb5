/**
 * Reads files into the store.
 *
 *   npm run import                          data/articles and data/timelines (as on first start)
 *   npm run import -- <dir>                 the same from another data folder
 *   npm run import -- <file.json> [--slug <slug>]   a timeline in Dateline's JSON, with its articles
 *                                                    beside it (<dir>/articles/<slug>.md) or in data/
 *   npm run import -- <file> [--slug <slug>]        a TimelineJS JSON file or sheet (.csv), or an
 *                                                    article (.md, .txt, .html), read into a timeline
 *   --replace-deleted   a file named for a deleted timeline replaces it; the deleted one stays
 *                       restorable as <slug>-deleted (without it, such a file is refused)
 *
 * New timelines are created and published; changed ones get a new published revision;
 * problems are listed by file, event and field, and the other files are imported all the same.
 */
import { existsSync, mkdtempSync, cpSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { importDataDir } from '../src/lib/server/data-files';
import { dataDir } from '../src/lib/server/db';
import { folderForFile } from './interchange-files';
import { withStore } from './store-cli';

const USAGE = 'usage: npm run import -- [<data dir> | <file> [--slug <slug>]] [--replace-deleted]';

function parseArgs(argv: string[]) {
	let target: string | undefined;
	let slug: string | undefined;
	let replaceDeleted = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--slug') slug = argv[++i];
		else if (arg.startsWith('--slug=')) slug = arg.slice(7);
		else if (arg === '--replace-deleted') replaceDeleted = true;
		else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`);
		else target = arg;
	}
	return { target, slug, replaceDeleted };
}

/** One timeline file becomes a one-timeline data folder, so it is read exactly as data/ is. */
function folderFor(file: string, slug: string | undefined): string {
	const name = slug ?? basename(file).replace(/\.json$/i, '');
	const folder = mkdtempSync(join(tmpdir(), 'dateline-import-'));
	mkdirSync(join(folder, 'timelines'));
	cpSync(file, join(folder, 'timelines', `${name}.json`));
	for (const dir of [
		join(dirname(file), '..', 'articles'),
		join(dirname(file), 'articles'),
		join(dataDir(), 'articles')
	]) {
		if (existsSync(dir)) cpSync(dir, join(folder, 'articles'), { recursive: true, force: false });
	}
	return folder;
}

await withStore('import', async (db) => {
	const { target, slug, replaceDeleted } = parseArgs(process.argv.slice(2));
	const path = resolve(target ?? dataDir());
	if (!existsSync(path)) throw new Error(`${target}: no such file or folder`);
	const folder = statSync(path).isDirectory()
		? path
		: ((await folderForFile(path, slug)) ?? folderFor(path, slug));
	const report = await importDataDir(db, folder, { replaceDeleted });
	for (const { slug, as } of report.setAside)
		process.stdout.write(
			`set aside ${slug}: the deleted timeline is now ${as}, restorable there\n`
		);
	for (const s of report.created) process.stdout.write(`created   ${s}\n`);
	for (const s of report.updated) process.stdout.write(`updated   ${s}\n`);
	for (const s of report.unchanged) process.stdout.write(`unchanged ${s}\n`);
	for (const p of report.problems) process.stderr.write(`problem   ${p.message}\n`);
	if (report.problems.length) process.exitCode = 1;
});
