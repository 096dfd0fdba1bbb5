import { readFileSync, statSync, type Stats } from 'node:fs';
import { DataError, type Problem } from '../timeline/problems';
import { formatBytes } from '../timeline/limits';

/**
 * Reading one file of data/ so that nothing in it can take anything else down: a folder named
 * like a file, a binary, a file too big or still being written each become a problem of that
 * file alone, and while a file is broken its last good version is served.
 */

/** What reading a file gave: its value (maybe an older, good version) and its problems. */
export interface Loaded<T> {
	value: T | null;
	problems: Problem[];
	/** Unknown fields and the like: published without them, listed for editors. */
	warnings: Problem[];
	/** True when `value` is the last good version, because the file now is broken. */
	stale: boolean;
}

interface Entry<T> {
	stamp: string;
	loaded: Loaded<T>;
	good: T | null;
}

/** A file modified this recently may still be being written by a non-atomic editor. */
const SETTLE_MS = 200;

const stampOf = (s: Stats) => `${s.mtimeMs}:${s.size}:${s.ino}`;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads `path` (shown to people as `file`) and parses it with `parse`, memoised by the file's
 * modification time, size and inode, so an edit shows on the next request and an unchanged
 * file costs one stat. Never throws.
 */
export class DataFiles<T> {
	#entries = new Map<string, Entry<T>>();
	#maxBytes: number;
	#parse: (text: string, file: string, warnings: Problem[]) => T;

	constructor(options: {
		maxBytes: number;
		parse: (text: string, file: string, warnings: Problem[]) => T;
	}) {
		this.#maxBytes = options.maxBytes;
		this.#parse = options.parse;
	}

	load(path: string, file: string): Loaded<T> {
		const entry = this.#entries.get(path);
		let stats: Stats;
		try {
			stats = statSync(path);
		} catch (e) {
			const code = (e as NodeJS.ErrnoException).code;
			if (code === 'ENOENT') {
				// A rename in progress (atomic save) leaves no gap; a deleted file is gone.
				this.#entries.delete(path);
				return { value: null, problems: [], warnings: [], stale: false };
			}
			return this.#broken(path, entry, [{ where: file, message: `cannot be read (${code})` }]);
		}
		const stamp = stampOf(stats);
		if (entry && entry.stamp === stamp) return entry.loaded;
		if (stats.isDirectory()) {
			return this.#broken(
				path,
				entry,
				[{ where: file, message: 'is a folder, not a file; move it out of the data folder' }],
				stamp
			);
		}
		if (stats.size > this.#maxBytes) {
			return this.#broken(
				path,
				entry,
				[
					{
						where: file,
						message: `is ${formatBytes(stats.size)}; the limit is ${formatBytes(this.#maxBytes)}, so split it or cut it down`
					}
				],
				stamp
			);
		}
		// Mid-save: keep serving what was there, and look again on the next request.
		if (entry?.good && Date.now() - stats.mtimeMs < SETTLE_MS) return entry.loaded;
		let text: string;
		try {
			const bytes = readFileSync(path);
			if (stampOf(statSync(path)) !== stamp && entry?.good) return entry.loaded;
			if (bytes.includes(0)) {
				return this.#broken(
					path,
					entry,
					[{ where: file, message: 'holds NUL bytes: it is a binary file, not text' }],
					stamp
				);
			}
			text = utf8.decode(bytes);
		} catch (e) {
			const code = (e as NodeJS.ErrnoException).code;
			return this.#broken(
				path,
				entry,
				[
					{
						where: file,
						message:
							e instanceof TypeError
								? 'is not UTF-8 text; save it as UTF-8'
								: `cannot be read (${code ?? (e as Error).message})`
					}
				],
				e instanceof TypeError ? stamp : ''
			);
		}
		const warnings: Problem[] = [];
		try {
			const value = this.#parse(text, file, warnings);
			const loaded = { value, problems: [], warnings, stale: false };
			this.#entries.set(path, { stamp, loaded, good: value });
			return loaded;
		} catch (e) {
			const problems =
				e instanceof DataError ? e.problems : [{ where: file, message: (e as Error).message }];
			return this.#broken(path, entry, problems, stamp);
		}
	}

	/** Records the problems, keeping the last good version (if any) as what is served. */
	#broken(path: string, entry: Entry<T> | undefined, problems: Problem[], stamp = ''): Loaded<T> {
		const good = entry?.good ?? null;
		const loaded = { value: good, problems, warnings: [], stale: good !== null };
		// Without a stamp (the file could not be read whole), the next request tries again.
		this.#entries.set(path, { stamp, loaded, good });
		return loaded;
	}
}
