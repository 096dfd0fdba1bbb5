import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server as HttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzyDate } from '../src/lib/timeline/fuzzy-date';
import { launchBrowser } from './support/browser';
import { tripwiredPage } from './support/tripwire';
import { artifactPath, emptyDataDir, freePort, startServer, type Server } from './support/server';
import { serveStatic } from './support/static-host';
import { xssVectors } from './support/xss-vectors';

/**
 * The XSS corpus (tests/support/xss-vectors.ts, over 100 vectors) in every field of articles
 * and timelines, rendered on every page of the Node server and of the static export. A vector
 * that ran would call window.__xss() or open a dialog; neither may ever happen.
 */
const VECTORS = xssVectors();
const CHUNKS = 2;
const chunks = Array.from({ length: CHUNKS }, (_, k) => VECTORS.filter((_, i) => i % CHUNKS === k));
const slug = (k: number) => `xss-${k + 1}`;
const STATIC_DIR = 'build-static';

let data: string;
let server: Server;
let browser: Browser;

function writeData(dir: string) {
	mkdirSync(join(dir, 'articles'), { recursive: true });
	mkdirSync(join(dir, 'timelines'), { recursive: true });
	cpSync('data/articles', join(dir, 'articles'), { recursive: true });
	chunks.forEach((vectors, k) => {
		const line = vectors.join(' ');
		const body = vectors
			.map((v, i) => `${v} The council voted on March ${(i % 28) + 1}, 2019, to close it.`)
			.join('\n\n');
		writeFileSync(
			join(dir, 'articles', `${slug(k)}.md`),
			`---\ntitle: ${line}\nsource: ${line}\npublished: 2020-06-26\n---\n${body}\n`
		);
		// Half the articles carry an editor's timeline with a vector in every free-text field.
		if (k % 2) return;
		const date = (text: string) => ({ ...fuzzyDate('March 2019', '2019-03')!, text });
		const events = vectors.map((v, i) => ({
			id: `v${i}`,
			title: v,
			summary: v,
			start: date(v),
			end: { ...fuzzyDate('2020', '2020')!, text: v },
			source: { article: v, start: 0, end: 10 },
			notes: v
		}));
		writeFileSync(
			join(dir, 'timelines', `${slug(k)}.json`),
			JSON.stringify({
				article: vectors[0],
				title: line,
				published: '2020-06-26',
				events,
				reviewer: v0(vectors)
			})
		);
	});
	// A broken file: its problem is shown to editors, with a vector in it.
	writeFileSync(
		join(dir, 'timelines', 'russian-bounties-taliban.json'),
		`{ "events": [${VECTORS[5]}`
	);
}
const v0 = (vectors: string[]) => ({ [vectors[0]!]: vectors[1] });

beforeAll(async () => {
	data = emptyDataDir();
	writeData(data);
	server = await startServer({ DATELINE_DATA: data, DATELINE_CACHE: join(data, '.cache') });
	browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	rmSync(data, { recursive: true, force: true });
});

/** Opens each path in one page with the tripwires set, and returns whatever fired. */
async function visit(origin: string, paths: string[], shot?: string): Promise<string[]> {
	const { page, fired } = await tripwiredPage(browser);
	for (const path of paths) {
		const response = await page.goto(`${origin}${path}`);
		expect(response?.status(), path).toBeLessThan(500);
		await page.waitForLoadState('networkidle');
		// Hover and focus what can be hovered and focused, as a reader would.
		await page.mouse.move(400, 300);
		await page.keyboard.press('Tab');
		// The vectors are on the page, as text.
		if (path !== '/status')
			expect(await page.locator('body').textContent(), path).toContain('__xss(');
	}
	if (shot) await page.screenshot({ path: artifactPath(shot), fullPage: false });
	await page.close();
	return fired;
}

const pages = (hashed: string) => [
	'/',
	...chunks.flatMap((_, k) => [`/t/${slug(k)}#v1`, `/embed/${slug(k)}?article=1#v2`]),
	`/embed/${slug(0)}?event=v3&id=${encodeURIComponent(hashed)}&theme=${encodeURIComponent(hashed)}`,
	`/t/${slug(0)}#${encodeURIComponent(hashed)}`
];

describe('the XSS corpus in every field', () => {
	it(`has at least 100 vectors (${VECTORS.length})`, () => {
		expect(VECTORS.length).toBeGreaterThanOrEqual(100);
	});

	it('runs nothing on the Node server: home, status, readers, embeds', async () => {
		const fired = await visit(server.url, ['/status', ...pages(VECTORS[0]!)], 'xss-node-1280.png');
		expect(fired).toEqual([]);
	});

	it('publishes no unknown field of a timeline file', async () => {
		const res = await fetch(`${server.url}/t/${slug(0)}/__data.json`);
		const text = await res.text();
		expect(text).not.toContain('"notes"');
		expect(text).not.toContain('"reviewer"');
	});
});

describe('the XSS corpus in the static export', () => {
	let host: HttpServer;
	let origin: string;
	let log: string;
	let exported: string;

	beforeAll(async () => {
		const port = await freePort();
		origin = `http://127.0.0.1:${port}`;
		// The same files in a folder of their own: the running server holds its store open.
		exported = mkdtempSync(join(tmpdir(), 'dateline-xss-export-'));
		writeData(exported);
		const env: NodeJS.ProcessEnv = { ...process.env };
		delete env.DATABASE_URL;
		const build = spawnSync('npx', ['vite', 'build'], {
			env: {
				...env,
				VITE_DATELINE_TARGET: 'static',
				DATELINE_ORIGIN: origin,
				DATELINE_DATA: exported,
				DATELINE_CACHE: join(data, '.cache')
			},
			encoding: 'utf8'
		});
		log = `${build.stdout}\n${build.stderr}`;
		if (build.status !== 0) throw new Error(`static build failed:\n${log}`);
		host = await serveStatic(STATIC_DIR, port);
	}, 240_000);

	afterAll(async () => {
		await new Promise((done) => host?.close(done));
		if (exported) rmSync(exported, { recursive: true, force: true });
		// The export of the real data/ is what other suites expect to find.
		rmSync(STATIC_DIR, { recursive: true, force: true });
	});

	it('names the broken file and its problem in the build log, and exports the rest', () => {
		expect(log).toMatch(
			/Left out of the export: data\/timelines\/russian-bounties-taliban\.json: not valid JSON/
		);
	});

	it('runs nothing on any exported page', async () => {
		const fired = await visit(origin, pages(VECTORS[1]!), 'xss-static-1280.png');
		expect(fired).toEqual([]);
	});
});
