import { closeDatabase, database } from '../src/lib/server/db';

/**
 * What the store's command-line entries share: the same store the server uses (PGlite in
 * data/db, or DATABASE_URL), closed on the way out, and errors as one line on stderr.
 */
export async function withStore<T>(
	name: string,
	run: (db: Awaited<ReturnType<typeof database>>) => Promise<T>
): Promise<void> {
	try {
		await run(await database());
		await closeDatabase();
	} catch (e) {
		process.stderr.write(`${name}: ${(e as Error).message}\n`);
		await closeDatabase().catch(() => {});
		process.exit(1);
	}
}
