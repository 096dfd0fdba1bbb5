/**
 * Every file the project writes goes through here, so a reader (a request, the file watcher, a
 * second server) sees the old file or the new one, never half of it: the text is written to a
 * temporary file in the same folder (rename is atomic only within one file system), flushed,
 * then renamed over the target. Plain JS with JSDoc types, because svelte.config.js uses it too.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/**
 * Writes `data` to `file` atomically, creating its folder if needed.
 * @param {string} file
 * @param {string | Uint8Array} data
 */
export function writeFileAtomic(file, data) {
	const dir = dirname(file);
	mkdirSync(dir, { recursive: true });
	// A dot name is skipped by the data/ scan; pid and counter keep two writers apart.
	const temp = join(dir, `.${basename(file)}.${process.pid}.${++counter}.tmp`);
	try {
		const fd = openSync(temp, 'w');
		try {
			writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
		renameSync(temp, file);
	} catch (e) {
		rmSync(temp, { force: true });
		throw e;
	}
}
