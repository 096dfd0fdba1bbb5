import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations';
import { PGliteDialect } from './pglite-dialect';
import type { Database } from './schema';

export type Store = Kysely<Database>;

export interface StoreOptions {
	/** `postgres://…`: a PostgreSQL server, shared by as many app servers as need it. */
	url?: string;
	/** A folder for an embedded PGlite database; `null` keeps it in memory (tests). */
	dir?: string | null;
}

/**
 * Opens the store and brings its schema up to date. Only the dialect differs between PGlite
 * and a PostgreSQL server; every query is the same SQL.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
	const db = new Kysely<Database>({ dialect: dialectFor(options) });
	try {
		await migrate(db);
	} catch (e) {
		await db.destroy().catch(() => {});
		throw e;
	}
	return db;
}

export async function migrate(db: Kysely<Database>): Promise<void> {
	const migrator = new Migrator({ db, provider: migrationProvider });
	const { error, results } = await migrator.migrateToLatest();
	const failed = results?.find((r) => r.status === 'Error');
	// A store held by another process is said as it is, not as a failed migration.
	if (error instanceof StoreInUseError) throw error;
	if (error || failed) {
		const cause = error instanceof Error ? error.message : String(error ?? '');
		throw new Error(
			`The store's schema could not be brought up to date${failed ? ` (migration ${failed.migrationName})` : ''}: ${cause}`
		);
	}
}

function dialectFor({ url, dir }: StoreOptions) {
	if (url) {
		if (!/^postgres(ql)?:\/\//.test(url)) {
			throw new Error(`DATABASE_URL must start with postgres:// (found "${url.slice(0, 20)}…")`);
		}
		return new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 10 }) });
	}
	return new PGliteDialect(async () => {
		if (!dir) return PGlite.create();
		const path = resolve(dir);
		mkdirSync(path, { recursive: true });
		const unlock = lock(path);
		try {
			const pglite = await PGlite.create(path);
			const close = pglite.close.bind(pglite);
			pglite.close = async () => {
				await close();
				unlock();
			};
			return pglite;
		} catch (e) {
			unlock();
			throw e;
		}
	});
}

/** The embedded store is open in another process, which the message names. */
export class StoreInUseError extends Error {
	constructor(
		readonly path: string,
		readonly pid: number
	) {
		super(
			`${path} is in use by process ${pid} (a running Dateline server?). ` +
				'Stop it first, or set DATABASE_URL to a PostgreSQL server that several processes can share.'
		);
		this.name = 'StoreInUseError';
	}
}

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt it.
 * A pid file beside the folder turns that into a clear refusal (a dead owner's file is taken over).
 */
function lock(path: string): () => void {
	const file = `${path}.pid`;
	const owner = storeOwner(path);
	if (owner) throw new StoreInUseError(path, owner);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, String(process.pid));
	const unlock = () => {
		try {
			if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file);
		} catch {
			// already gone
		}
	};
	process.once('exit', unlock);
	return unlock;
}

/** The live process other than this one that holds the embedded store in `dir`, if any. */
export function storeOwner(dir: string): number | null {
	const file = `${resolve(dir)}.pid`;
	if (!existsSync(file)) return null;
	const pid = Number(readFileSync(file, 'utf8').trim());
	return pid && pid !== process.pid && alive(pid) ? pid : null;
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}
