/**
 * Writes the store's published timelines out as files.
 *
 *   npm run export                          every published timeline into data/ (articles + timelines)
 *   npm run export -- --dir <dir>           the same into another folder
 *   npm run export -- <slug> [--format json|timelinejs|csv|ics]   one timeline's published revision on stdout
 */
import { resolve } from 'node:path';
import { EXPORT_FORMATS, exportTimeline, type TimelineFormat } from '../src/lib/interchange';
import { exportDataDir } from '../src/lib/server/data-files';
import { dataDir } from '../src/lib/server/db';
import { isRedirect, readPublished } from '../src/lib/server/timelines';
import { withStore } from './store-cli';

const USAGE = 'usage: npm run export -- [--dir <dir>] | <slug> [--format json|timelinejs|csv|ics]';
const FORMATS = EXPORT_FORMATS;

await withStore('export', async (db) => {
	const argv = process.argv.slice(2);
	let slug: string | undefined;
	let dir: string | undefined;
	let format = 'json';
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--dir') dir = argv[++i];
		else if (arg === '--format') format = argv[++i] ?? '';
		else if (arg.startsWith('--format=')) format = arg.slice(9);
		else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`);
		else slug = arg;
	}
	if (!FORMATS.includes(format as TimelineFormat))
		throw new Error(`--format ${format}: expected one of ${FORMATS.join(', ')}`);
	if (slug) {
		const found = await readPublished(db, slug);
		if (isRedirect(found)) throw new Error(`"${slug}" was renamed to "${found.redirect}"`);
		if (!found) throw new Error(`no published timeline called "${slug}"`);
		const out = exportTimeline(found.timeline, format as TimelineFormat, {
			slug,
			...(process.env.ORIGIN ? { origin: process.env.ORIGIN } : {})
		});
		for (const warning of out.warnings) process.stderr.write(`warning: ${warning}\n`);
		process.stdout.write(out.body);
		return;
	}
	const target = resolve(dir ?? dataDir());
	const out = await exportDataDir(db, target);
	process.stdout.write(
		`Wrote ${out.timelines.length} timeline(s) and ${out.articles.length} article(s) into ${target}\n`
	);
});
