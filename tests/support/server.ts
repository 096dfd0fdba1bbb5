import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface Server {
	url: string;
	/** The data folder it serves (its store is in `<dataDir>/db`). */
	dataDir: string;
	/** The server process, for tests that kill it. */
	child: ChildProcess;
	stop: () => Promise<void>;
}

/**
 * A new data folder whose store starts empty: under the browser project, a copy of the empty
 * store its global set-up made (tests/support/store-template.ts), so the server and editor:add
 * open it rather than build one; elsewhere (the benches) the server builds it on its first start.
 */
function newDataDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'dateline-data-'));
	const template = process.env.DATELINE_TEST_STORE_TEMPLATE;
	if (template) cpSync(join(template, 'db'), join(dir, 'db'), { recursive: true });
	return dir;
}

/**
 * A data folder of its own for a suite: a copy of the repository's articles and timelines,
 * whose store starts empty and imports them, so no suite depends on a developer's data/db.
 */
export function freshDataDir(): string {
	const dir = newDataDir();
	for (const kind of ['articles', 'timelines']) {
		if (existsSync(join('data', kind)))
			cpSync(join('data', kind), join(dir, kind), { recursive: true });
	}
	return dir;
}

/**
 * A data folder with no articles or timelines: a suite that makes its own timelines starts its
 * server in seconds, without importing and extracting the repository's articles first.
 */
export function emptyDataDir(): string {
	const dir = newDataDir();
	for (const kind of ['articles', 'timelines']) mkdirSync(join(dir, kind));
	return dir;
}

/**
 * A port nobody listens on now, so suites run side by side (several checkouts on one machine,
 * or a second origin in one suite) never collide on a fixed number.
 */
export function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer();
		probe.once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => done(port));
		});
	});
}

/**
 * Starts the built Node server (build/index.js, from `vite build`) on a free port, so every
 * browser suite tests what `npm start` serves.
 */
export async function startServer(env: Record<string, string> = {}): Promise<Server> {
	const dataDir = env.DATELINE_DATA ?? freshDataDir();
	// Between the probe and the server's listen, the free port can be taken (suites run side by
	// side, and each connection Chromium opens takes a local port): then another one is tried.
	for (let attempt = 1; ; attempt++) {
		try {
			return await startOn(await freePort(), dataDir, env);
		} catch (e) {
			if (!(e instanceof PortTaken) || attempt === 3) throw e;
		}
	}
}

class PortTaken extends Error {}

async function startOn(
	port: number,
	dataDir: string,
	env: Record<string, string>
): Promise<Server> {
	const entry = resolve('build/index.js');
	if (!existsSync(entry)) throw new Error('build/index.js is missing: run `vite build` first');
	// Each suite's server has a PGlite store of its own; DATABASE_URL (set for the store suite)
	// would make them share one database.
	const inherited = { ...process.env };
	delete inherited.DATABASE_URL;
	const child: ChildProcess = spawn(process.execPath, [entry], {
		env: {
			...inherited,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			DATELINE_DATA: dataDir,
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	const url = `http://127.0.0.1:${port}`;
	// A first start creates the store and imports data/ (slow on a busy machine).
	const deadline = Date.now() + 120_000;
	for (;;) {
		try {
			const res = await fetch(url);
			if (res.ok) break;
		} catch {
			// not listening yet
		}
		if (child.exitCode !== null || Date.now() > deadline) {
			child.kill();
			if (/EADDRINUSE/.test(output)) throw new PortTaken(`port ${port} is taken`);
			throw new Error(`server on ${url} did not start:\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		url,
		dataDir,
		child,
		stop: () =>
			new Promise((done) => {
				if (child.exitCode !== null || child.signalCode !== null) return done();
				// A server that does not stop within 15 s is killed, so no suite hangs on it.
				const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
				child.once('exit', () => {
					clearTimeout(force);
					done();
				});
				child.kill();
			})
	};
}

/** Screenshots go to a git-ignored folder, kept as CI artifacts and looked at by people. */
export function artifactPath(name: string): string {
	const dir = resolve('tests/artifacts');
	mkdirSync(dir, { recursive: true });
	return resolve(dir, name);
}
