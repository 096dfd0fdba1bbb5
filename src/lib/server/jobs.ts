import { sql, type Kysely } from 'kysely';
import type { Database, JobState } from './db/schema';

type Db = Kysely<Database>;

/**
 * Background work in the store: a request records a job and returns; a worker claims it,
 * runs its plain function, and writes the result. Claiming uses FOR UPDATE SKIP LOCKED, so
 * several app servers on one PostgreSQL share the queue without running a job twice.
 */
export type JobHandler = (
	db: Db,
	payload: Record<string, unknown>,
	job: Job
) => Promise<Record<string, unknown>>;

export interface Job {
	id: number;
	kind: string;
	state: JobState;
	payload: Record<string, unknown>;
	result: Record<string, unknown> | null;
	error: string | null;
	createdBy: number | null;
	createdAt: string;
	finishedAt: string | null;
}

/** A job left running this long belonged to a server that died; it is queued again. */
const STALE_MINUTES = 5;
const MAX_ATTEMPTS = 3;

export async function enqueueJob(
	db: Db,
	kind: string,
	payload: Record<string, unknown>,
	createdBy: number | null
): Promise<number> {
	const { id } = await db
		.insertInto('jobs')
		.values({ kind, payload: JSON.stringify(payload), created_by: createdBy })
		.returning('id')
		.executeTakeFirstOrThrow();
	wake();
	return id;
}

export async function readJob(db: Db, id: number): Promise<Job | null> {
	const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
	if (!row) return null;
	return {
		id: row.id,
		kind: row.kind,
		state: row.state,
		payload: row.payload,
		result: row.result,
		error: row.error,
		createdBy: row.created_by,
		createdAt: new Date(row.created_at).toISOString(),
		finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null
	};
}

/** Claims the oldest queued job, or none. */
async function claim(db: Db) {
	const { rows } = await sql<{ id: number; kind: string; payload: Record<string, unknown> }>`
		update jobs set state = 'running', started_at = now(), attempts = attempts + 1
		where id = (
			select id from jobs where state = 'queued' order by id
			for update skip locked limit 1
		)
		returning id, kind, payload`.execute(db);
	return rows[0] ?? null;
}

/** Runs one queued job if there is one; true when it did. */
export async function runOneJob(db: Db, handlers: Record<string, JobHandler>): Promise<boolean> {
	const job = await claim(db);
	if (!job) return false;
	const handler = handlers[job.kind];
	try {
		if (!handler) throw new Error(`no worker knows jobs of kind "${job.kind}"`);
		const full = (await readJob(db, job.id))!;
		const result = await handler(db, job.payload, full);
		await db
			.updateTable('jobs')
			.set({ state: 'done', result: JSON.stringify(result), finished_at: new Date() })
			.where('id', '=', job.id)
			.execute();
	} catch (e) {
		await db
			.updateTable('jobs')
			.set({ state: 'failed', error: (e as Error).message, finished_at: new Date() })
			.where('id', '=', job.id)
			.execute();
	}
	return true;
}

/** Runs every queued job now (the command line and tests, where no worker loop runs). */
export async function drainJobs(db: Db, handlers: Record<string, JobHandler>): Promise<void> {
	while (await runOneJob(db, handlers));
}

/** Jobs of a dead server go back in the queue; ones that keep killing servers fail. */
export async function requeueStaleJobs(db: Db, olderThanMinutes = STALE_MINUTES): Promise<void> {
	const before = new Date(Date.now() - olderThanMinutes * 60_000);
	await db
		.updateTable('jobs')
		.set({
			state: 'failed',
			error: `stopped ${MAX_ATTEMPTS} times without finishing`,
			finished_at: new Date()
		})
		.where('state', '=', 'running')
		.where('started_at', '<=', before)
		.where('attempts', '>=', MAX_ATTEMPTS)
		.execute();
	await db
		.updateTable('jobs')
		.set({ state: 'queued' })
		.where('state', '=', 'running')
		.where('started_at', '<=', before)
		.execute();
}

let nudge: (() => void) | null = null;
/** Wakes this process's worker at once instead of at its next poll. */
function wake() {
	nudge?.();
}

/**
 * The worker loop of one server: runs jobs as they come, polling the store every `pollMs` for
 * jobs other servers queued. Returns a function that stops it.
 */
export function startWorker(
	db: Db,
	handlers: Record<string, JobHandler>,
	{ pollMs = 1000, staleMinutes = STALE_MINUTES } = {}
): () => Promise<void> {
	let stopped = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const loop = (async () => {
		await requeueStaleJobs(db, staleMinutes).catch(() => {});
		while (!stopped) {
			const ran = await runOneJob(db, handlers).catch((e) => {
				console.error(`job worker: ${(e as Error).message}`);
				return false;
			});
			if (ran) continue;
			await new Promise<void>((done) => {
				nudge = done;
				timer = setTimeout(done, pollMs);
			});
		}
	})();
	return async () => {
		stopped = true;
		clearTimeout(timer);
		nudge?.();
		await loop;
	};
}
