/**
 * Bytes a browser loads: the JavaScript and CSS files the embed page and the reader page request
 * for the seed timeline, loaded in headless Chromium from the built Node server (build/index.js,
 * from `npm run build`), beside the bundles a page loads for TimelineJS3 and vis-timeline (dev
 * dependencies, for this bench only). Sizes are raw, gzip and brotli at their highest levels,
 * as adapter-node's `precompress` writes the built files the server sends.
 *
 *   npm run bench:size
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/support/browser';
import { startServer } from '../tests/support/server';

const SLUG = 'russian-bounties-taliban';

interface Sizes {
	files: number;
	raw: number;
	gzip: number;
	brotli: number;
}

const none = (): Sizes => ({ files: 0, raw: 0, gzip: 0, brotli: 0 });

function add(sizes: Sizes, bytes: Buffer): void {
	sizes.files += 1;
	sizes.raw += bytes.length;
	sizes.gzip += gzipSync(bytes, { level: 9 }).length;
	sizes.brotli += brotliCompressSync(bytes, {
		params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY }
	}).length;
}

interface Row {
	what: string;
	js: Sizes;
	css: Sizes;
	note: string;
}

/** Every script and stylesheet the page requests until it is drawn and the network is quiet. */
async function pageRow(what: string, url: string): Promise<Row> {
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const loads: Promise<[string, Buffer]>[] = [];
		page.on('response', (response) => {
			const type = response.request().resourceType();
			if (type === 'script' || type === 'stylesheet') {
				loads.push(response.body().then((body) => [type, body]));
			}
		});
		await page.goto(url);
		await page.waitForSelector('.reader[data-interactive]');
		await page.waitForLoadState('networkidle');
		const row: Row = { what, js: none(), css: none(), note: `\`${new URL(url).pathname}\`` };
		for (const [type, body] of await Promise.all(loads)) {
			add(type === 'script' ? row.js : row.css, body);
		}
		return row;
	} finally {
		await browser.close();
	}
}

const require = createRequire(import.meta.url);

/** A rival's own bundle files, as its documentation tells a page to load them. */
function bundleRow(what: string, js: string[], css: string[]): Row {
	const row: Row = { what, js: none(), css: none(), note: '' };
	try {
		for (const file of js) add(row.js, readFileSync(require.resolve(file)));
		for (const file of css) add(row.css, readFileSync(require.resolve(file)));
		row.note = [...js, ...css].map((f) => `\`${f}\``).join(', ');
	} catch (error) {
		row.note = `not installed (${(error as Error).message.split('\n')[0]})`;
	}
	return row;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const server = await startServer();
const rows: Row[] = [];
try {
	rows.push(await pageRow('Dateline embed', `${server.url}/embed/${SLUG}`));
	rows.push(await pageRow('Dateline reader', `${server.url}/t/${SLUG}`));
} finally {
	await server.stop();
}
rows.push(
	bundleRow(
		'TimelineJS3 (@knight-lab/timelinejs)',
		['@knight-lab/timelinejs/dist/js/timeline.js'],
		['@knight-lab/timelinejs/dist/css/timeline.css']
	),
	bundleRow(
		'vis-timeline (standalone)',
		['vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'],
		['vis-timeline/styles/vis-timeline-graph2d.min.css']
	)
);

console.log(
	'JavaScript and CSS loaded for the seed timeline (KB = 1,024 bytes; gzip -9, brotli q11)\n'
);
console.log(
	'| What | JS files | JS raw KB | JS gzip KB | JS brotli KB | CSS files | CSS raw KB | CSS gzip KB | CSS brotli KB | Measured from |'
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const { what, js, css, note } of rows) {
	console.log(
		`| ${what} | ${js.files} | ${kb(js.raw)} | ${kb(js.gzip)} | ${kb(js.brotli)} | ${css.files} | ${kb(css.raw)} | ${kb(css.gzip)} | ${kb(css.brotli)} | ${note} |`
	);
}
