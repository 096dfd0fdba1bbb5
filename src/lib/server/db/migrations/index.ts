import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-revision-titles';
import * as m0003 from './0003-unpublished';
import * as m0004 from './0004-deleted-timelines';
import * as m0005 from './0005-article-digest';

/**
 * The numbered migrations, in order. Listed by hand rather than read from the folder
 * (Kysely's FileMigrationProvider) because the server is a bundle: there is no folder at run
 * time. A new migration is a new file here and a new line below; never edit a landed one.
 */
const MIGRATIONS: Record<string, Migration> = {
	'0001-initial': m0001,
	'0002-revision-titles': m0002,
	'0003-unpublished': m0003,
	'0004-deleted-timelines': m0004,
	'0005-article-digest': m0005
};

export const migrationProvider: MigrationProvider = {
	getMigrations: async () => MIGRATIONS
};
