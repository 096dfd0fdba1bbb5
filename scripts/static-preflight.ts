import { storeOwner } from '../src/lib/server/db/connect';
import { storeOptions } from '../src/lib/server/db';

/**
 * Run before `npm run build:static`: the static export reads the store's published timelines,
 * and an embedded store (PGlite) is one process's. While a server holds it, the build would
 * run for a minute and then fail in a stack trace; this says so at once, in one line.
 * A PostgreSQL store (DATABASE_URL) is shared, and the build runs beside the servers.
 */
const { dir } = storeOptions();
const owner = dir ? storeOwner(dir) : null;
if (owner) {
	process.stderr.write(
		`build:static: ${dir} is in use by process ${owner} (a running Dateline server); stop it and run npm run build:static again, or set DATABASE_URL to a PostgreSQL server that the build can read beside it.\n`
	);
	process.exit(1);
}
