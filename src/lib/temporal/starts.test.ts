import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tag } from './tagger';

/** Every article text kept in the repository: news, a chronology, a history, the seed. */
function texts(): string[] {
	const root = join(import.meta.dirname, '../../..');
	const dirs = [
		'data/articles',
		'tests/fixtures/articles',
		'src/lib/extract/fixtures/dev',
		'src/lib/extract/fixtures/held-out',
		'src/lib/extract/fixtures/chronologies'
	];
	return dirs.flatMap((dir) =>
		readdirSync(join(root, dir))
			.filter((f) => f.endsWith('.md'))
			.map((f) => readFileSync(join(root, dir, f), 'utf8'))
	);
}

describe('the tagger skips tokens no pattern starts at', () => {
	const all = texts();

	it('finds the same expressions as asking every pattern at every token, on real articles', () => {
		for (const text of all) expect(tag(text, '2024-03-15')).toEqual(tag(text, '2024-03-15', true));
	});

	it('and on word salad made of those articles’ words', () => {
		const words = [...new Set(all.join(' ').split(/\s+/))];
		const salad = fc
			.array(fc.constantFrom(...words), { minLength: 1, maxLength: 80 })
			.map((w) => w.join(' '));
		fc.assert(
			fc.property(salad, (text) => {
				expect(tag(text, '2020-06-26')).toEqual(tag(text, '2020-06-26', true));
			}),
			{ numRuns: 300, seed: 13 }
		);
	});
});
