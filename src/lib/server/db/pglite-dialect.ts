import type { PGlite } from '@electric-sql/pglite';
import {
	CompiledQuery,
	PostgresAdapter,
	PostgresIntrospector,
	PostgresQueryCompiler,
	type DatabaseConnection,
	type Dialect,
	type Driver,
	type Kysely,
	type QueryResult,
	type TransactionSettings
} from 'kysely';

/**
 * Kysely on an embedded PGlite. PGlite is one Postgres backend, so it has one connection:
 * the driver hands it to one caller at a time (a transaction keeps it until it commits), the
 * way a pool of size one would. Our own because kysely-pglite-dialect's peer range stops at
 * PGlite 0.4 and the whole thing is this file.
 */
export class PGliteDialect implements Dialect {
	constructor(private readonly open: () => Promise<PGlite>) {}
	createAdapter = () => new PostgresAdapter();
	createDriver = (): Driver => new PGliteDriver(this.open);
	createIntrospector = (db: Kysely<unknown>) => new PostgresIntrospector(db);
	createQueryCompiler = () => new PostgresQueryCompiler();
}

class PGliteDriver implements Driver {
	private pglite?: PGlite;
	private connection?: PGliteConnection;
	/** Resolves when the connection is free; callers queue on it. */
	private free: Promise<void> = Promise.resolve();

	constructor(private readonly open: () => Promise<PGlite>) {}

	async init() {
		this.pglite = await this.open();
		this.connection = new PGliteConnection(this.pglite);
	}

	async acquireConnection(): Promise<DatabaseConnection> {
		const previous = this.free;
		let release!: () => void;
		this.free = new Promise((done) => (release = done));
		await previous;
		this.connection!.release = release;
		return this.connection!;
	}

	async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
		const level = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
		await connection.executeQuery(CompiledQuery.raw(`begin${level}`));
	}

	async commitTransaction(connection: DatabaseConnection) {
		await connection.executeQuery(CompiledQuery.raw('commit'));
	}

	async rollbackTransaction(connection: DatabaseConnection) {
		await connection.executeQuery(CompiledQuery.raw('rollback'));
	}

	async releaseConnection(connection: DatabaseConnection) {
		(connection as PGliteConnection).release?.();
	}

	async destroy() {
		await this.free;
		if (this.pglite && !this.pglite.closed) await this.pglite.close();
	}
}

class PGliteConnection implements DatabaseConnection {
	release?: () => void;
	constructor(private readonly pglite: PGlite) {}

	async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
		const result = await this.pglite.query<R>(query.sql, [...query.parameters]);
		return {
			rows: result.rows,
			...(result.affectedRows !== undefined && { numAffectedRows: BigInt(result.affectedRows) })
		};
	}

	// eslint-disable-next-line require-yield
	async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
		throw new Error('PGlite: streaming queries are not supported');
	}
}
