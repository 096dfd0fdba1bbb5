import type { Browser, BrowserContext, Page } from 'playwright-core';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { askRunningServer } from '../../src/lib/server/editor-socket';
import type { Server } from './server';

/** The environment `npm run editor:add` is run in for a data folder's store. */
function editorAddEnv(dataDir: string, databaseUrl?: string): NodeJS.ProcessEnv {
	// The suites' servers keep a PGlite store in their data folder (tests/support/server.ts drops
	// DATABASE_URL), so the editor goes there too, not into the PostgreSQL CI starts.
	const env: NodeJS.ProcessEnv = { ...process.env, DATELINE_DATA: dataDir };
	delete env.DATABASE_URL;
	if (databaseUrl) env.DATABASE_URL = databaseUrl;
	return env;
}

/**
 * Makes an editor in a data folder's store, the way an administrator does (npm run editor:add):
 * its PGlite store, or the PostgreSQL database `databaseUrl` names when the suite's server uses one.
 */
export function addEditor(
	dataDir: string,
	email: string,
	password: string,
	databaseUrl?: string
): void {
	const result = spawnSync('npx', ['tsx', 'scripts/editor-add.ts', email, '--stdin'], {
		input: password,
		encoding: 'utf8',
		env: editorAddEnv(dataDir, databaseUrl)
	});
	if (result.status !== 0)
		throw new Error(`editor:add failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Makes editors in a running suite server's store, as `npm run editor:add` does while the server
 * runs (it asks the server through its socket): no command to start and no store to open, which
 * cost seconds an editor on a loaded machine. For a server on its data folder's PGlite store.
 */
export async function addEditors(
	server: Server,
	editors: { email: string; password: string }[]
): Promise<void> {
	for (const { email, password } of editors) {
		const made = await askRunningServer(join(server.dataDir, 'db'), { email, password });
		if (!made) throw new Error(`editor:add: the server on ${server.url} takes no editor requests`);
	}
}

/**
 * Runs `npm run editor:add` without blocking the test's own connections to a running server
 * (a blocked event loop reuses a keep-alive connection the server has closed meanwhile).
 */
export function runEditorAdd(
	dataDir: string,
	args: string[],
	input?: string,
	databaseUrl?: string
): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((done) => {
		const child = spawn('npx', ['tsx', 'scripts/editor-add.ts', ...args], {
			env: editorAddEnv(dataDir, databaseUrl)
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('close', (status) => done({ status, stdout, stderr }));
		child.stdin.end(input ?? '');
	});
}

/** Signs in through the sign-in form and returns the session cookie (`name=value`). */
export async function signIn(url: string, email: string, password: string): Promise<string> {
	const response = await fetch(`${url}/signin`, {
		method: 'POST',
		headers: { origin: url, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password }),
		redirect: 'manual'
	});
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith('dateline_session='));
	if (!cookie) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
	return cookie.split(';')[0]!;
}

/** A JSON request as the editor's page makes it: same-origin, with the session cookie. */
export function api(
	url: string,
	cookie: string | null,
	path: string,
	init: { method?: string; body?: unknown } = {}
) {
	return fetch(`${url}${path}`, {
		method: init.method ?? 'GET',
		headers: {
			origin: url,
			...(cookie && { cookie }),
			...(init.body !== undefined && { 'content-type': 'application/json' })
		},
		...(init.body !== undefined && { body: JSON.stringify(init.body) }),
		redirect: 'manual'
	});
}

/**
 * A browser context signed in through the sign-in page, on /new once it has finished starting
 * (hydrated, its first requests done), with the page's errors collected.
 */
export async function signedInPage(
	browser: Browser,
	url: string,
	editor: { email: string; password: string },
	viewport = { width: 1280, height: 900 },
	/**
	 * A phone (touch events, the page laid out as a phone's browser lays it out), or any other
	 * option of the browser context, such as the languages it asks for.
	 */
	device: Parameters<Browser['newContext']>[0] = {}
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
	const context = await browser.newContext({ viewport, acceptDownloads: true, ...device });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('dialog', (d) => {
		errors.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	await page.goto(`${url}/signin?next=/new`);
	await page.fill('input[name="email"]', editor.email);
	await page.fill('input[name="password"]', editor.password);
	await Promise.all([
		page.waitForURL((u) => u.pathname === '/new'),
		page.click('button[type="submit"]')
	]);
	await page.waitForLoadState('networkidle');
	return { context, page, errors };
}
