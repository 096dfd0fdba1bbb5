import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every Svelte component under src/, by path. */
function components(dir = 'src'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return components(path);
		return entry.name.endsWith('.svelte') ? [path] : [];
	});
}

describe('words for screen readers only', () => {
	it('are hidden by the one global .visually-hidden rule (src/app.css), never by a copy of it in a component', () => {
		const copies = components().filter((path) =>
			/clip:\s*rect\(0(px)?,?\s*0(px)?,?\s*0(px)?,?\s*0(px)?\)/.test(readFileSync(path, 'utf8'))
		);
		expect(copies).toEqual([]);
		expect(readFileSync('src/app.css', 'utf8')).toMatch(
			/\.visually-hidden \{[^}]*clip: rect\(0 0 0 0\)/
		);
	});
});
