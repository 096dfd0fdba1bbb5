import type { Browser, BrowserContext, Page } from 'playwright-core';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { askRunningServer } from '../../src/lib/server/editor-socket';
import { SESSION_COOKIE as SESSION } from '../../src/lib/server/sessions';
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
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION}=`));
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

type Editor = { email: string; password: string };
type Viewport = { width: number; height: number };
/** A phone (touch events, laid out as a phone's browser lays it out), or any other context option. */
type Device = Parameters<Browser['newContext']>[0];

/**
 * Each suite server's session for each editor (`url email` → the cookie's value): an editor
 * signs in through the form once, and each later context is handed that session, where signing
 * in through the form on every row cost every signed-in row a page, a password hash and a wait.
 */
const sessions = new Map<string, string>();

/** A context with the page's errors (and any dialog, dismissed) collected. */
async function newContext(browser: Browser, viewport: Viewport, device: Device) {
	const context = await browser.newContext({ viewport, acceptDownloads: true, ...device });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('dialog', (d) => {
		errors.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	return { context, page, errors };
}

/**
 * The editor's session on a suite's server: signed in through the sign-in page (landing on
 * `next`, /new) the first time, and again whenever a row has signed it out since.
 */
async function session(browser: Browser, url: string, editor: Editor): Promise<string> {
	const key = `${url} ${editor.email}`;
	const kept = sessions.get(key);
	if (kept && (await api(url, `${SESSION}=${kept}`, '/new')).status === 200) return kept;
	const { context, page, errors } = await newContext(browser, { width: 1280, height: 900 }, {});
	try {
		await page.goto(`${url}/signin?next=/new`);
		await page.fill('input[name="email"]', editor.email);
		await page.fill('input[name="password"]', editor.password);
		await Promise.all([
			page.waitForURL((u) => u.pathname === '/new'),
			page.click('button[type="submit"]')
		]);
		if (errors.length) throw new Error(`signing in through the form: ${errors.join('\n')}`);
		const made = (await context.cookies(url)).find((c) => c.name === SESSION)?.value;
		if (!made) throw new Error(`signing in ${editor.email} through the form set no session`);
		sessions.set(key, made);
		return made;
	} finally {
		await context.close();
	}
}

/**
 * A browser context signed in as the editor (the suite's session for them), its page still
 * blank, with the page's errors collected: for a row that opens a page of its own.
 */
export async function signedInContext(
	browser: Browser,
	url: string,
	editor: Editor,
	viewport: Viewport = { width: 1280, height: 900 },
	device: Device = {}
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
	const value = await session(browser, url, editor);
	const opened = await newContext(browser, viewport, device);
	await opened.context.addCookies([{ name: SESSION, value, url, httpOnly: true, sameSite: 'Lax' }]);
	return opened;
}

/** A browser context signed in as the editor, on /new once it has hydrated. */
export async function signedInPage(
	browser: Browser,
	url: string,
	editor: Editor,
	viewport?: Viewport,
	device?: Device
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
	const opened = await signedInContext(browser, url, editor, viewport, device);
	await opened.page.goto(`${url}/new`);
	await opened.page.waitForSelector('main[data-interactive]');
	return opened;
}
