import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { extractTimeline } from '../extract/events';
import type { Article, Timeline } from '../timeline/types';

/**
 * Extraction off the event loop: one worker thread runs `extractTimeline` (a plain function,
 * so a job queue could run it anywhere) while the server goes on answering requests. The
 * worker runs this very module: bundled or not, it then has the extractor without a second
 * build entry. Imports here are relative because the worker loads the source as it is.
 */
const ROLE = 'dateline:extract';

interface Job {
	id: number;
	article: Article;
}
type Reply = { id: number; timeline: Timeline } | { id: number; error: string };

if (!isMainThread && workerData === ROLE) {
	parentPort!.on('message', ({ id, article }: Job) => {
		let reply: Reply;
		try {
			reply = { id, timeline: extractTimeline(article) };
		} catch (e) {
			reply = { id, error: (e as Error).message };
		}
		parentPort!.postMessage(reply);
	});
}

/** How long one article may take before its worker is stopped and the job fails. */
const JOB_TIMEOUT_MS = 120_000;

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { done: (t: Timeline) => void; fail: (e: Error) => void }>();

function spawn(): Worker {
	const url = new URL(import.meta.url);
	// From source (vite dev, Vitest) the module is TypeScript: tsx teaches the worker to load it.
	const w = url.pathname.endsWith('.ts')
		? new Worker(
				`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`,
				{ eval: true, workerData: ROLE }
			)
		: new Worker(url, { workerData: ROLE });
	w.unref();
	w.on('message', (reply: Reply) => {
		const job = waiting.get(reply.id);
		waiting.delete(reply.id);
		if ('error' in reply) job?.fail(new Error(reply.error));
		else job?.done(reply.timeline);
	});
	const abandon = (error: Error) => {
		if (worker === w) worker = null;
		for (const job of waiting.values()) job.fail(error);
		waiting.clear();
	};
	w.on('error', (e) => abandon(new Error(`the extraction worker failed: ${e.message}`)));
	w.on('exit', (code) => abandon(new Error(`the extraction worker stopped (exit code ${code})`)));
	return w;
}

/** Extracts an article's timeline in the worker thread; jobs run one after another. */
export function extractInWorker(article: Article): Promise<Timeline> {
	worker ??= spawn();
	const w = worker;
	const id = ++nextId;
	return new Promise<Timeline>((done, fail) => {
		const timer = setTimeout(() => {
			fail(new Error(`extraction took longer than ${JOB_TIMEOUT_MS / 1000} s and was stopped`));
			waiting.delete(id);
			void w.terminate();
		}, JOB_TIMEOUT_MS);
		timer.unref();
		waiting.set(id, {
			done: (t) => (clearTimeout(timer), done(t)),
			fail: (e) => (clearTimeout(timer), fail(e))
		});
		w.ref();
		w.postMessage({ id, article } satisfies Job);
	}).finally(() => {
		if (waiting.size === 0) w.unref();
	});
}
