import type { Article, Timeline } from '../timeline/types';
import ExtractWorker from './extract.worker?worker';

/**
 * Runs extraction in a Web Worker, latest request wins: while the editor types, only the last
 * text's result is delivered, and an earlier one still running is dropped.
 */
export class BackgroundExtractor {
	#worker: Worker | null = null;
	#latest = 0;
	#waiting = new Map<number, (result: Timeline | Error) => void>();

	extract(article: Article): Promise<Timeline | Error | null> {
		this.#worker ??= this.#start();
		const id = ++this.#latest;
		return new Promise((resolve) => {
			this.#waiting.set(id, (result) => resolve(id === this.#latest ? result : null));
			this.#worker!.postMessage({ id, article });
		});
	}

	#start(): Worker {
		const worker = new ExtractWorker();
		worker.onmessage = (
			message: MessageEvent<{ id: number; timeline?: Timeline; error?: string }>
		) => {
			const { id, timeline, error } = message.data;
			const done = this.#waiting.get(id);
			this.#waiting.delete(id);
			done?.(timeline ?? new Error(error ?? 'extraction failed'));
		};
		// A worker that cannot start (blocked, failed to load) answers every waiting request with
		// the reason, so the page says so instead of waiting for ever.
		worker.onerror = (e) => {
			for (const done of this.#waiting.values())
				done(new Error(e.message || 'the extraction worker failed'));
			this.#waiting.clear();
			this.#worker = null;
		};
		return worker;
	}

	stop(): void {
		this.#worker?.terminate();
		this.#worker = null;
		for (const done of this.#waiting.values()) done(new Error('stopped'));
		this.#waiting.clear();
	}
}
