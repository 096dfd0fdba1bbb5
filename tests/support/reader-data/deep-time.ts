/** The articles tests/deep-time.test.ts reads: one extracted, one whose timeline an editor wrote. */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fuzzyDate } from '../../../src/lib/timeline/fuzzy-date';
import type { ReaderData } from '.';

/** A history of the Roman Republic (tests/fixtures), extracted when the page is first read. */
export const ROME = 'rome-republic';
/** An article whose timeline an editor wrote by hand, with BC dates in it. */
export const EDITED = 'ides-of-march';

export const data: ReaderData = {
	prepare: (dir) => {
		cpSync(`tests/fixtures/${ROME}.md`, join(dir, 'articles', `${ROME}.md`));
		const text = 'Caesar was killed in 44 BC. Augustus died in AD 14.';
		writeFileSync(
			join(dir, 'articles', `${EDITED}.md`),
			`---\ntitle: The Ides of March\nsource: Desk\npublished: 2024-03-15\n---\n${text}\n`
		);
		const event = (id: string, title: string, words: string, value: string, start: number) => ({
			id,
			title,
			summary: title,
			start: fuzzyDate(words, value),
			source: { article: EDITED, start, end: start + 26 }
		});
		writeFileSync(
			join(dir, 'timelines', `${EDITED}.json`),
			JSON.stringify({
				article: EDITED,
				title: 'The Ides of March',
				published: '2024-03-15',
				events: [
					event('caesar-killed', 'Caesar is killed', '44 BC', 'BC0044', 0),
					event('augustus-dies', 'Augustus dies', 'AD 14', '0014', 28)
				]
			})
		);
	}
};
