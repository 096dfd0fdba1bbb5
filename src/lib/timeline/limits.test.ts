import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_BYTES } from './limits';

describe('the size of a draft', () => {
	it("is within the Node server's own body limit, which it sets unless the host does", () => {
		const entry = readFileSync('scripts/node-server.js', 'utf8');
		const mb = Number(/const DRAFT_LIMIT_MB = (\d+);/.exec(entry)?.[1]);
		expect(mb * 1024 * 1024).toBe(MAX_DRAFT_BYTES);
		expect(entry).toMatch(/process\.env\.BODY_SIZE_LIMIT \?\?= `\$\{DRAFT_LIMIT_MB\}M`/);
	});
});
