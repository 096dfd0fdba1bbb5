import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Server as HttpServer } from 'node:http';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { artifactPath, freePort, freshDataDir } from './support/server';
import { serveStatic } from './support/static-host';

const SLUG = 'russian-bounties-taliban';
let ORIGIN: string;
const DIR = resolve('build-static');
let host: HttpServer;
let browser: Browser;

beforeAll(async () => {
	const port = await freePort();
	ORIGIN = `http://127.0.0.1:${port}`;
	// The export reads a store: one of its own (PGlite), importing a copy of data/.
	const env: NodeJS.ProcessEnv = { ...process.env, DATELINE_DATA: freshDataDir() };
	delete env.DATABASE_URL;
	const build = spawnSync('npx', ['vite', 'build'], {
		env: { ...env, VITE_DATELINE_TARGET: 'static', DATELINE_ORIGIN: ORIGIN },
		encoding: 'utf8'
	});
	if (build.status !== 0) throw new Error(`static build failed:\n${build.stdout}\n${build.stderr}`);
	host = await serveStatic(DIR, port);
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
			'_headers',
			`t/${SLUG}/preview.png`
		]) {
			expect(existsSync(join(DIR, file)), file).toBe(true);
		}
		// The link preview is a real PNG, and the oEmbed thumbnail points at it.
		const png = readFileSync(join(DIR, 't', SLUG, 'preview.png'));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		const oembed = JSON.parse(readFileSync(join(DIR, 'oembed', `${SLUG}.json`), 'utf8'));
		expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
		expect(oembed.html).toContain(`${ORIGIN}/embed/${SLUG}`);
		expect(oembed.thumbnail_url).toBe(`${ORIGIN}/t/${SLUG}/preview.png`);
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
