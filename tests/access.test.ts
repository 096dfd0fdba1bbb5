import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEditor, api, signIn } from './support/editor';
import { freshDataDir, startServer, type Server } from './support/server';

const SLUG = 'russian-bounties-taliban';
const WRITES = ['POST', 'PUT', 'PATCH', 'DELETE'];
let server: Server;
let cookie: string;

/**
 * Every write the app has, read from the route files themselves, so a route added later is
 * checked without anyone remembering to list it: endpoints' POST/PUT/PATCH/DELETE handlers
 * and pages' form actions.
 */
function writeRoutes(): { method: string; path: string; file: string }[] {
	const routes: { method: string; path: string; file: string }[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const file = join(dir, name);
			if (statSync(file).isDirectory()) walk(file);
			else if (/^\+(server|page\.server)\.(ts|js)$/.test(name)) {
				const source = readFileSync(file, 'utf8');
				const route = relative('src/routes', dir)
					.split('/')
					.filter((part) => part && !/^\(.*\)$/.test(part))
					.map((part) =>
						part
							.replace('[slug]', SLUG)
							.replace(/\[(n|id|revision)\]/, '1')
							.replace(/\[[^\]]+\]/, 'x')
					)
					.join('/');
				const path = `/${route}`;
				if (name.startsWith('+server')) {
					for (const method of WRITES) {
						if (new RegExp(`export (const|async function|function) ${method}\\b`).test(source)) {
							routes.push({ method, path, file });
						}
					}
				} else if (/export const actions\b/.test(source)) {
					const body = source.slice(source.indexOf('export const actions'));
					const names = [...body.matchAll(/^\t(\w+):\s*async/gm)].map((m) => m[1]!);
					for (const action of names.length ? names : ['default']) {
						routes.push({
							method: 'POST',
							path: action === 'default' ? path : `${path}?/${action}`,
							file
						});
					}
				}
			}
		}
	};
	walk('src/routes');
	return routes;
}

const routes = writeRoutes();
/** Signing in is the one write open to a visitor. */
const guarded = routes.filter((r) => !r.path.startsWith('/signin'));

beforeAll(async () => {
	const dataDir = freshDataDir();
	addEditor(dataDir, 'ann@example.org', 'correct horse battery');
	server = await startServer({ DATELINE_DATA: dataDir });
	cookie = await signIn(server.url, 'ann@example.org', 'correct horse battery');
}, 240_000);

afterAll(async () => server?.stop());

async function headRevision() {
	const draft = await (await api(server.url, cookie, `/api/timelines/${SLUG}/draft`)).json();
	return draft.revision as number;
}

describe('writes need a signed-in editor and this site’s origin', () => {
	it('finds the app’s write routes (endpoints and form actions)', () => {
		const paths = routes.map((r) => `${r.method} ${r.path}`);
		expect(paths).toEqual(
			expect.arrayContaining([
				`PUT /api/timelines/${SLUG}/draft`,
				`POST /api/timelines/${SLUG}/publish`,
				`POST /api/timelines/${SLUG}/revisions/1/restore`,
				'POST /api/timelines',
				'POST /signout?/here',
				'POST /signout?/everywhere'
			])
		);
	});

	it('every write route answers 401 without a session, and changes nothing', async () => {
		const before = await headRevision();
		for (const { method, path } of guarded) {
			const response = await fetch(`${server.url}${path}`, {
				method,
				headers: { origin: server.url, 'content-type': 'application/json' },
				body: JSON.stringify({
					base: before,
					revision: 1,
					document: {},
					slug: 'x',
					article: { title: 't', text: 'In 2019.' }
				}),
				redirect: 'manual'
			});
			expect(response.status, `${method} ${path}`).toBe(401);
		}
		// A session cookie that is not one (forged, expired, revoked) is no session.
		for (const { method, path } of guarded) {
			const response = await fetch(`${server.url}${path}`, {
				method,
				headers: {
					origin: server.url,
					cookie: 'dateline_session=forged-token-aaaaaaaaaaaaaaaaaaaaaaaa'
				},
				redirect: 'manual'
			});
			expect(response.status, `${method} ${path} with a forged cookie`).toBe(401);
		}
		// The one open write takes a form's size, not an editor's draft's.
		const huge = await fetch(`${server.url}/signin`, {
			method: 'POST',
			headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
			body: `email=${'a'.repeat(100_000)}&password=x`,
			redirect: 'manual'
		});
		expect(huge.status).toBe(413);
		// Its body is left unread, so the server closes that connection rather than keep it for
		// the next request (which read ECONNRESET on a loaded CI machine).
		expect(huge.headers.get('connection')).toBe('close');
		expect((await huge.json()).error).toMatch(/is more than the 65536 allowed/);
		expect(await headRevision()).toBe(before);
	});

	it('every write route answers 403 to another site’s page, even with a valid session', async () => {
		const before = await headRevision();
		for (const { method, path } of routes) {
			for (const origin of ['https://evil.example', null]) {
				const response = await fetch(`${server.url}${path}`, {
					method,
					headers: { cookie, 'content-type': 'application/json', ...(origin && { origin }) },
					body: JSON.stringify({ base: before, revision: 1, document: {} }),
					redirect: 'manual'
				});
				expect(response.status, `${method} ${path} from ${origin}`).toBe(403);
			}
		}
		expect(await headRevision()).toBe(before);
	});

	it('reading stays public; editor-only reads answer 401 without a session', async () => {
		for (const path of [`/t/${SLUG}`, `/embed/${SLUG}`, `/oembed/${SLUG}.json`, '/']) {
			expect((await fetch(`${server.url}${path}`)).status, path).toBe(200);
		}
		for (const path of [
			`/api/timelines/${SLUG}/draft`,
			`/api/timelines/${SLUG}/revisions`,
			'/api/timelines',
			'/api/jobs/1'
		]) {
			expect((await fetch(`${server.url}${path}`)).status, path).toBe(401);
		}
	});

	it('the session cookie is HttpOnly and SameSite=Lax; signing out revokes it', async () => {
		const response = await fetch(`${server.url}/signin`, {
			method: 'POST',
			headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ email: 'ann@example.org', password: 'correct horse battery' }),
			redirect: 'manual'
		});
		const header = response.headers.getSetCookie().find((c) => c.startsWith('dateline_session='))!;
		expect(header).toMatch(/HttpOnly/i);
		expect(header).toMatch(/SameSite=Lax/i);
		const other = header.split(';')[0]!;
		expect((await api(server.url, other, `/api/timelines/${SLUG}/draft`)).status).toBe(200);
		const out = await fetch(`${server.url}/signout?/here`, {
			method: 'POST',
			headers: {
				origin: server.url,
				cookie: other,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: '',
			redirect: 'manual'
		});
		expect(out.status).toBe(303);
		expect((await api(server.url, other, `/api/timelines/${SLUG}/draft`)).status).toBe(401);
		expect((await api(server.url, cookie, `/api/timelines/${SLUG}/draft`)).status).toBe(200);
	});

	it('bad input gets a 4xx naming what and where, never a 500', async () => {
		const base = await headRevision();
		const cases: [string, string, unknown, number, RegExp][] = [
			[
				'PUT',
				`/api/timelines/${SLUG}/draft`,
				{ base: 'x', document: {} },
				400,
				/base: expected a revision number/
			],
			[
				'PUT',
				`/api/timelines/${SLUG}/draft`,
				{ base, document: { events: [{ id: 'A B' }] } },
				422,
				/events\[0\].*: id/
			],
			[
				'PUT',
				`/api/timelines/no-such/draft`,
				{ base: 0, document: {} },
				404,
				/No timeline called "no-such"/
			],
			['POST', `/api/timelines/${SLUG}/publish`, { revision: 999 }, 404, /no revision 999/],
			['POST', '/api/timelines', { article: { title: 'T' } }, 400, /article\.text/],
			[
				'POST',
				'/api/timelines',
				{ article: { title: 'T', text: 'x', published: 'June' } },
				400,
				/article\.published/
			],
			['POST', `/api/timelines/${SLUG}/rename`, { slug: '../etc' }, 400, /slug/]
		];
		for (const [method, path, body, status, message] of cases) {
			const response = await api(server.url, cookie, path, { method, body });
			expect(response.status, `${method} ${path}`).toBe(status);
			expect((await response.json()).error, `${method} ${path}`).toMatch(message);
		}
		const notJson = await fetch(`${server.url}/api/timelines/${SLUG}/draft`, {
			method: 'PUT',
			headers: { origin: server.url, cookie, 'content-type': 'application/json' },
			body: '{"base": 1,'
		});
		expect(notJson.status).toBe(400);
		expect((await notJson.json()).error).toMatch(/body: not valid JSON/);
		expect(await headRevision()).toBe(base);
	});
});
