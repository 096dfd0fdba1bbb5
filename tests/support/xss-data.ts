import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fuzzyDate } from '../../src/lib/timeline/fuzzy-date';
import { xssVectors } from './xss-vectors';

/**
 * The XSS corpus (./xss-vectors.ts) as data files: articles and timelines with a vector in every
 * field, for the Node server (tests/xss.test.ts) and the static export (./static-export.ts).
 */
export const VECTORS = xssVectors();
const CHUNKS = 2;
export const chunks = Array.from({ length: CHUNKS }, (_, k) =>
	VECTORS.filter((_, i) => i % CHUNKS === k)
);
export const slug = (k: number) => `xss-${k + 1}`;

/** Writes the corpus into a data folder, beside a copy of the repository's articles. */
export function writeXssData(dir: string) {
	writeXssCorpus(dir);
	writeBrokenTimeline(dir);
}

/** The articles and timelines, with a vector in every field. */
export function writeXssCorpus(dir: string) {
	mkdirSync(join(dir, 'articles'), { recursive: true });
	mkdirSync(join(dir, 'timelines'), { recursive: true });
	cpSync('data/articles', join(dir, 'articles'), { recursive: true });
	chunks.forEach((vectors, k) => {
		const line = vectors.join(' ');
		const body = vectors
			.map((v, i) => `${v} The council voted on March ${(i % 28) + 1}, 2019, to close it.`)
			.join('\n\n');
		writeFileSync(
			join(dir, 'articles', `${slug(k)}.md`),
			`---\ntitle: ${line}\nsource: ${line}\npublished: 2020-06-26\n---\n${body}\n`
		);
		// Half the articles carry an editor's timeline with a vector in every free-text field.
		if (k % 2) return;
		const date = (text: string) => ({ ...fuzzyDate('March 2019', '2019-03')!, text });
		const events = vectors.map((v, i) => ({
			id: `v${i}`,
			title: v,
			summary: v,
			start: date(v),
			end: { ...fuzzyDate('2020', '2020')!, text: v },
			source: { article: v, start: 0, end: 10 },
			notes: v
		}));
		writeFileSync(
			join(dir, 'timelines', `${slug(k)}.json`),
			JSON.stringify({
				article: vectors[0],
				title: line,
				published: '2020-06-26',
				events,
				reviewer: v0(vectors)
			})
		);
	});
}

/**
 * A broken timeline file over the repository's article: its problem is shown to editors, with a
 * vector in it.
 */
export function writeBrokenTimeline(dir: string) {
	writeFileSync(
		join(dir, 'timelines', 'russian-bounties-taliban.json'),
		`{ "events": [${VECTORS[5]}`
	);
}
const v0 = (vectors: string[]) => ({ [vectors[0]!]: vectors[1] });
