import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write.js';

describe('writeFileAtomic', () => {
	it('replaces a file whole and leaves no temporary file behind', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dateline-atomic-'));
		const file = join(dir, 'sub', 'a.json');
		writeFileAtomic(file, '{"v":1}');
		writeFileAtomic(file, '{"v":2}');
		expect(readFileSync(file, 'utf8')).toBe('{"v":2}');
		expect(readdirSync(join(dir, 'sub'))).toEqual(['a.json']);
	});

	it('keeps the old file when the write fails', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dateline-atomic-'));
		const file = join(dir, 'a.json');
		writeFileSync(file, 'old');
		// A folder where the file should go makes the rename fail.
		expect(() => writeFileAtomic(dir, 'new')).toThrow();
		expect(readFileSync(file, 'utf8')).toBe('old');
		expect(readdirSync(dir)).toEqual(['a.json']);
	});
});
