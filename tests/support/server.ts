import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Server {
	url: string;
	stop: () => Promise<void>;
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
	const port = await freePort();
	const entry = resolve('build/index.js');
	if (!existsSync(entry)) throw new Error('build/index.js is missing: run `vite build` first');
	const child: ChildProcess = spawn(process.execPath, [entry], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 20_000;
	for (;;) {
		try {
			const res = await fetch(url);
			if (res.ok) break;
		} catch {
			// not listening yet
		}
		if (child.exitCode !== null || Date.now() > deadline) {
			child.kill();
			throw new Error(`server on ${url} did not start:\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		url,
		stop: () =>
			new Promise((done) => {
				child.once('exit', () => done());
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
