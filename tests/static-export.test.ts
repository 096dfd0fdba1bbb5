import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { artifactPath, freePort } from './support/server';

const SLUG = 'russian-bounties-taliban';
let ORIGIN: string;
const DIR = resolve('build-static');
const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml'
};
let host: HttpServer;
let browser: Browser;

/** A plain static host, as a CDN would be: a path is a file, or that path plus ".html". */
function serveStatic(port: number): Promise<HttpServer> {
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', ORIGIN).pathname);
		const candidates = [join(DIR, path), join(DIR, `${path}.html`), join(DIR, path, 'index.html')];
		const file = candidates.find((f) => f.startsWith(DIR) && existsSync(f) && statSync(f).isFile());
		if (!file) {
			res.writeHead(404).end('not found');
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		res.end(readFileSync(file));
	});
	return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

beforeAll(async () => {
	const port = await freePort();
	ORIGIN = `http://127.0.0.1:${port}`;
	const build = spawnSync('npx', ['vite', 'build'], {
		env: { ...process.env, VITE_DATELINE_TARGET: 'static', DATELINE_ORIGIN: ORIGIN },
		encoding: 'utf8'
	});
	if (build.status !== 0) throw new Error(`static build failed:\n${build.stdout}\n${build.stderr}`);
	host = await serveStatic(port);
	browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
	await browser?.close();
	await new Promise((done) => host?.close(done));
});

describe('the static export (npm run build:static)', () => {
	it('writes every timeline page, embed, oEmbed JSON, the schema and a _headers file', () => {
		for (const file of [
			'index.html',
			`t/${SLUG}.html`,
			`embed/${SLUG}.html`,
			`oembed/${SLUG}.json`,
			'timeline.schema.json',
			'embed.js',
			'_headers'
		]) {
			expect(existsSync(join(DIR, file)), file).toBe(true);
		}
		const oembed = JSON.parse(readFileSync(join(DIR, 'oembed', `${SLUG}.json`), 'utf8'));
		expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
		expect(oembed.html).toContain(`${ORIGIN}/embed/${SLUG}`);
		const headers = readFileSync(join(DIR, '_headers'), 'utf8');
		expect(headers).toMatch(/frame-ancestors \*/);
		expect(headers).toMatch(/frame-ancestors 'none'/);
	});

	it('serves a working reader and a dark embed from plain files', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${ORIGIN}/t/${SLUG}`);
		await page.waitForSelector('.reader[data-interactive]');
		await page.click('.article-text a.dated:has-text("Twenty Americans")');
		await page.waitForSelector('.card');
		expect(await page.evaluate(() => location.hash)).toMatch(/^#2019-twenty-americans/);
		await page.goto(`${ORIGIN}/embed/${SLUG}?theme=dark`);
		await page.waitForSelector('.reader[data-interactive]');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await page.screenshot({ path: artifactPath('static-embed-dark.png') });
		expect(errors).toEqual([]);
		await page.close();
	});
});
