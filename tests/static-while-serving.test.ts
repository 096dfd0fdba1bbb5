import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDataDir, startServer, type Server } from './support/server';

/**
 * `npm run build:static` while the server runs on the same embedded store: the export reads the
 * store, which one process holds, so it refuses at once in one line saying what to do, before
 * any build (it ran a minute of build and failed in a stack trace).
 */
let server: Server;
let dataDir: string;

beforeAll(async () => {
	dataDir = emptyDataDir();
	server = await startServer({ DATELINE_DATA: dataDir });
}, 240_000);

afterAll(async () => {
	await server?.stop();
	if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the static export while the server runs', () => {
	it('refuses at once in one line naming the server and what to do, building nothing', () => {
		const env: NodeJS.ProcessEnv = { ...process.env, DATELINE_DATA: dataDir };
		delete env.DATABASE_URL;
		const run = spawnSync('npm', ['run', '--silent', 'build:static'], { env, encoding: 'utf8' });
		const owner = readFileSync(join(dataDir, 'db.pid'), 'utf8').trim();
		expect(run.status).toBe(1);
		const lines = run.stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(
			new RegExp(
				`^build:static: .*db is in use by process ${owner} \\(a running Dateline server\\); stop it and run npm run build:static again, or set DATABASE_URL`
			)
		);
		// Vite never started.
		expect(run.stdout).not.toMatch(/vite|transforming/i);
	});
});
