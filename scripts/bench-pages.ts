/**
 * Bytes of every page and file that may carry a long timeline's events, at each size: the
 * reader, the embed, SvelteKit's `__data.json`, oEmbed, the preview image, a range file, the
 * search, the editor's page and its draft (signed in), the home page and /status, served by the
 * built Node server (build/index.js, from `npm run build`) from a data folder of synthetic
 * timelines (scripts/synthetic.ts). Each body is measured as received, raw and gzip (level 9),
 * with the time the server took to answer it.
 *
 *   npm run bench:pages [-- --sizes 1000,10000,100000]
 */
import { rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { addEditor, signIn } from '../tests/support/editor';
import { emptyDataDir, startServer } from '../tests/support/server';
import { writeSyntheticTimeline } from './synthetic';

const args = process.argv.slice(2);
const option = (name: string) => {
	const at = args.indexOf(`--${name}`);
	return at >= 0 ? args[at + 1] : undefined;
};
const SIZES = (option('sizes') ?? '10000,100000').split(',').map(Number);
const EDITOR = { email: 'bench@example.org', password: 'bench-pages-password' };

/** What to fetch for a timeline, and whether it needs a signed-in editor. */
const PAGES: { what: string; path: (slug: string) => string; editor?: boolean }[] = [
	{ what: 'reader page', path: (s) => `/t/${s}` },
	{ what: 'embed page', path: (s) => `/embed/${s}` },
	{ what: 'embed page, opening on an event', path: (s) => `/embed/${s}?event=${s}-4321` },
	{ what: 'reader `__data.json`', path: (s) => `/t/${s}/__data.json` },
	{ what: 'oEmbed', path: (s) => `/oembed/${s}.json` },
	{ what: 'preview image (PNG)', path: (s) => `/t/${s}/preview.png` },
	{ what: 'a range file (100 events)', path: (s) => `/t/${s}/events/0.json` },
	{ what: 'search ("strike")', path: (s) => `/t/${s}/events.json?q=strike` },
	{ what: 'home page', path: () => `/` },
	{ what: 'status (JSON)', path: () => `/status` },
	{ what: 'editor page (signed in)', path: (s) => `/t/${s}/edit`, editor: true },
	{ what: 'editor draft (JSON API)', path: (s) => `/api/timelines/${s}/draft`, editor: true }
];

const fmt = (n: number) => n.toLocaleString('en');

async function main() {
	const data = emptyDataDir();
	const slugs = SIZES.map((n) => `synthetic-${n}`);
	SIZES.forEach((n, i) => writeSyntheticTimeline(data, slugs[i]!, n));
	addEditor(data, EDITOR.email, EDITOR.password);
	const server = await startServer({ DATELINE_DATA: data });
	try {
		const cookie = await signIn(server.url, EDITOR.email, EDITOR.password);
		console.log('| Events | What | Path | Status | Raw bytes | Gzip bytes | Answered in (ms) |');
		console.log('| -----: | ---- | ---- | -----: | --------: | ---------: | ---------------: |');
		for (const [i, n] of SIZES.entries()) {
			const slug = slugs[i]!;
			for (const page of PAGES) {
				const path = page.path(slug);
				const started = performance.now();
				const response = await fetch(`${server.url}${path}`, {
					headers: {
						'accept-encoding': 'identity',
						...(path === '/status' && { accept: 'application/json' }),
						...(page.editor && { cookie, origin: server.url })
					},
					redirect: 'manual'
				});
				const body = Buffer.from(await response.arrayBuffer());
				const ms = performance.now() - started;
				const gzip = gzipSync(body, { level: 9 }).length;
				console.log(
					`| ${fmt(n)} | ${page.what} | \`${path.replace(slug, '<slug>').replace(slug, '<slug>')}\` | ${response.status} | ${fmt(body.length)} | ${fmt(gzip)} | ${fmt(Math.round(ms))} |`
				);
			}
		}
	} finally {
		await server.stop();
		rmSync(data, { recursive: true, force: true });
	}
}

await main();
