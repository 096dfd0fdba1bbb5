import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticTimeline } from '../../scripts/synthetic';
import { importOnFirstOpen, openStore } from '../../src/lib/server/db';
import { deleteTimeline } from '../../src/lib/server/deletion';
import { unpublish } from '../../src/lib/server/unpublish';
import { writeFileAtomic } from '../../src/lib/server/atomic-write.js';
import { freshDataDir } from './server';
import { serveStatic } from './static-host';
import { writeBrokenTimeline, writeXssCorpus } from './xss-data';

/** A timeline long enough to be sent by range (past 1,000 events): 12 chunks of 100. */
export const LONG = 'long-export';
export const LONG_EVENTS = 1_200;
/** Long timelines (so they would have range files too) taken off the site, and deleted. */
export const OFF_SITE = 'long-unpublished';
export const DELETED = 'long-deleted';

export interface StaticExport {
	/** The exported site's folder. */
	dir: string;
	/** The address its absolute links (oEmbed, link previews) were written for. */
	origin: string;
	/** What the build printed: it names the files it left out. */
	log: string;
	/** Serves the folder at its origin, as a CDN would, until `close`. */
	serve: () => Promise<Hosted>;
}

export interface Hosted {
	close: () => Promise<void>;
}

/**
 * One static export (`npm run build:static`) per test run, read by every suite that tests one
 * (static-export, xss): a build is a whole `vite build`, 25 s on CI, and was made once per
 * suite. Its data holds what each suite needs: the repository's articles, long timelines (one
 * taken off the site, one deleted), and the XSS corpus with a broken timeline file.
 *
 * The browser project's global set-up starts building it when the run starts, in the folder it
 * names and serves at its origin for the whole run (tests/support/static-export-folder.ts); a
 * suite that asks before the build is done waits for it. Neither two builds nor two hosts on
 * the one origin would do. Outside that set-up, each call builds and serves its own.
 */
export async function staticExport(): Promise<StaticExport> {
	const shared = process.env.DATELINE_TEST_STATIC_EXPORT;
	const sharedOrigin = process.env.DATELINE_TEST_STATIC_ORIGIN;
	const root = shared ?? mkdtempSync(join(tmpdir(), 'dateline-static-export-'));
	const made = join(root, 'export.json');
	const failed = join(root, 'failed.txt');
	if (!existsSync(made)) {
		if (claimed(join(root, 'building')))
			await buildInto(root, sharedOrigin ?? `http://127.0.0.1:${await steadyPort()}`);
		else await builtByAnother(made, failed);
	}
	const { origin, log } = JSON.parse(readFileSync(made, 'utf8')) as { origin: string; log: string };
	const dir = join(root, 'site');
	const port = Number(new URL(origin).port);
	return {
		dir,
		origin,
		log,
		serve: async () => {
			// The run's global set-up already serves it, to every suite at once.
			if (shared && sharedOrigin) return { close: async () => {} };
			const host = await serveStatic(dir, port);
			return { close: () => new Promise<void>((done) => host.close(() => done())) };
		}
	};
}

/**
 * Builds the export into `root`, for `origin`: `export.json` once it is made, whole or not at
 * all (a suite waiting for it reads it the moment it appears), or `failed.txt` saying why.
 */
export async function buildInto(root: string, origin: string): Promise<void> {
	try {
		writeFileAtomic(join(root, 'export.json'), JSON.stringify(await build(root, origin)));
	} catch (e) {
		writeFileAtomic(join(root, 'failed.txt'), (e as Error).message);
		throw e;
	}
}

/** A build of the export in a process of its own (./static-export-build.ts), started now. */
export interface BackgroundBuild {
	/** Ends the build if it still runs (a run that never asked for the export); then settles. */
	stop: () => Promise<void>;
}

/**
 * Starts the export into `root` in another process, which the suites that ask for it wait for,
 * as for one another's build. Its lower priority leaves the cores to the suites running.
 */
export function buildInBackground(root: string, origin: string): BackgroundBuild {
	if (!claimed(join(root, 'building'))) throw new Error(`${root} is already being built`);
	const script = fileURLToPath(new URL('./static-export-build.ts', import.meta.url));
	// Its own process group, so stopping it stops the `vite build` it runs too.
	const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script, root, origin], {
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	const exited = new Promise<void>((done) =>
		child.once('exit', (code, signal) => {
			// A build that died before it could say so still leaves the waiting suites a reason.
			if (!existsSync(join(root, 'export.json')) && !existsSync(join(root, 'failed.txt')))
				writeFileAtomic(
					join(root, 'failed.txt'),
					`the export's build ended (${signal ?? `exit ${code}`}) without a result:\n${output}`
				);
			done();
		})
	);
	return {
		stop: async () => {
			if (child.exitCode === null && child.signalCode === null && child.pid)
				process.kill(-child.pid, 'SIGTERM');
			await exited;
		}
	};
}

/** True for the one caller that makes the folder `lock`: the build is theirs. */
function claimed(lock: string): boolean {
	try {
		mkdirSync(lock);
		return true;
	} catch {
		return false;
	}
}

/** Waits for the export another suite is building, or fails with its error. */
async function builtByAnother(made: string, failed: string): Promise<void> {
	while (!existsSync(made)) {
		if (existsSync(failed))
			throw new Error(`the run's static export failed:\n${readFileSync(failed, 'utf8')}`);
		await new Promise((r) => setTimeout(r, 250));
	}
}

async function build(root: string, origin: string): Promise<{ origin: string; log: string }> {
	// The export reads a store: one of its own (PGlite), importing a copy of data/.
	const data = freshDataDir();
	writeXssCorpus(data);
	writeSyntheticTimeline(data, LONG, LONG_EVENTS);
	writeSyntheticTimeline(data, OFF_SITE, 1_001);
	writeSyntheticTimeline(data, DELETED, 1_001);
	// As editors leave them before the export: one unpublished, one deleted.
	const db = await openStore({ dir: join(data, 'db') });
	await importOnFirstOpen(db, data);
	await unpublish(db, OFF_SITE, { editorId: null });
	await deleteTimeline(db, DELETED, { editorId: null });
	await db.destroy();
	// Broken once the store holds the article's timeline: the build names the file, and exports
	// the last good version (the static-export suite reads that timeline's pages).
	writeBrokenTimeline(data);
	const env: NodeJS.ProcessEnv = { ...process.env, DATELINE_DATA: data };
	delete env.DATABASE_URL;
	// Vitest's NODE_ENV=test would build with `dev` true: every embed page hydrated by SvelteKit
	// besides its own bundle, which is not what `npm run build:static` writes.
	delete env.NODE_ENV;
	const run = spawnSync('npx', ['vite', 'build'], {
		env: { ...env, VITE_DATELINE_TARGET: 'static', DATELINE_ORIGIN: origin },
		encoding: 'utf8'
	});
	const log = `${run.stdout}\n${run.stderr}`;
	if (run.status !== 0) throw new Error(`static build failed:\n${log}`);
	// Out of the checkout, so a developer's own build-static/ is never one a suite wrote.
	cpSync(resolve('build-static'), join(root, 'site'), { recursive: true });
	rmSync(resolve('build-static'), { recursive: true, force: true });
	rmSync(data, { recursive: true, force: true });
	return { origin, log };
}

/**
 * A free port below the kernel's ephemeral range: the export is written for one origin and
 * served minutes later, and a port in that range could meanwhile be the local end of any
 * connection the suites between make.
 */
export async function steadyPort(): Promise<number> {
	let ephemeral = 32_768;
	try {
		ephemeral = Number(
			readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').split(/\s+/)[0]
		);
	} catch {
		// not Linux: its usual range starts higher still
	}
	for (;;) {
		const port = ephemeral - 1 - Math.floor(Math.random() * 10_000);
		if (await listens(port)) return port;
	}
}

function listens(port: number): Promise<boolean> {
	return new Promise((done) => {
		const probe = createServer();
		probe.once('error', () => done(false));
		probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
	});
}
