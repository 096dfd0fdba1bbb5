import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '../db/connect';
import { addEditor } from '../editors';
import { StoreError } from '../store-error';

/**
 * The stores every store test runs on: an in-memory PGlite always, and a PostgreSQL server
 * when DATABASE_URL names one (`.ci/run` starts a throw-away cluster and sets it). Each test
 * file gets a database of its own on the server, dropped afterwards.
 */
export interface StoreUnderTest {
	name: string;
	/** Why the suite is skipped, when it is. */
	skip?: string;
	open: () => Promise<{ db: Store; close: () => Promise<void> }>;
}

/**
 * A database of its own on the PostgreSQL server `url` names, for one test file: its address,
 * and `drop` to remove it afterwards.
 */
export async function scratchDatabase(
	url: string
): Promise<{ url: string; drop: () => Promise<void> }> {
	const name = `dateline_test_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: url });
	await admin.connect();
	await admin.query(`create database ${name}`);
	const target = new URL(url);
	target.pathname = `/${name}`;
	return {
		url: target.toString(),
		drop: async () => {
			// A killed server's connections may linger a moment: only then is the drop forced.
			await admin
				.query(`drop database if exists ${name}`)
				.catch(() => admin.query(`drop database if exists ${name} with (force)`));
			await admin.end();
		}
	};
}

export function storesUnderTest(): StoreUnderTest[] {
	const url = process.env.DATABASE_URL;
	const server: StoreUnderTest = url
		? {
				name: 'PostgreSQL',
				open: async () => {
					const scratch = await scratchDatabase(url);
					const db = await openStore({ url: scratch.url });
					return {
						db,
						close: async () => {
							await db.destroy();
							await scratch.drop();
						}
					};
				}
			}
		: {
				name: 'PostgreSQL',
				skip: process.env.CI
					? undefined
					: 'DATABASE_URL is not set: the PostgreSQL half is skipped (bash .ci/run starts a server and runs it)',
				open: async () => {
					throw new Error(
						'CI must test the store on PostgreSQL: set DATABASE_URL (bash .ci/run starts a throw-away cluster)'
					);
				}
			};
	return [
		{
			name: 'PGlite',
			open: async () => {
				const db = await openStore({ dir: null });
				return { db, close: () => db.destroy() };
			}
		},
		server
	];
}

/** A store opened for a test file's suite, with its two editors, Ann and Bob. */
export interface StoreWithEditors {
	db: Store;
	close: () => Promise<void>;
	ann: number;
	bob: number;
}

/**
 * Opens a store for a suite and makes its two editors, as every store suite starts (Bob's
 * address as given: one suite signs him up in capitals, to find him in lower case).
 */
export async function openWithEditors(
	store: StoreUnderTest,
	bobEmail = 'bob@example.org'
): Promise<StoreWithEditors> {
	const { db, close } = await store.open();
	const ann = (await addEditor(db, 'ann@example.org', 'correct horse battery')).editor.id;
	const bob = (await addEditor(db, bobEmail, 'staple battery horse')).editor.id;
	return { db, close, ann, bob };
}

/** The error a store call refuses with, for assertions on status and message. */
export async function refusal(promise: Promise<unknown>): Promise<StoreError> {
	try {
		await promise;
	} catch (e) {
		if (e instanceof StoreError) return e;
		throw e;
	}
	throw new Error('expected the store to refuse');
}
