/** The timeline tests/reader-defects.test.ts reads beside the seed: the seed under old ids. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../../src/lib/extract/article';
import { extractTimeline } from '../../../src/lib/extract/events';
import type { ReaderData } from '.';

const SLUG = 'russian-bounties-taliban';
/** The seed as a published timeline stored with the ids of an older extractor. */
export const OLD_IDS = 'old-links';
export const OLD_ID = 'past_ref-united-states-concluded-russian-unit';

export const data: ReaderData = {
	prepare: (dir) => {
		const file = join(dir, 'articles', `${SLUG}.md`);
		copyFileSync(file, join(dir, 'articles', `${OLD_IDS}.md`));
		const seed = extractTimeline(parseArticle(readFileSync(file, 'utf8'), OLD_IDS, file));
		const stored = {
			...seed,
			events: seed.events.map((e) => ({
				...e,
				id: e.start.value === 'PAST_REF' ? OLD_ID : e.id,
				source: { ...e.source, article: OLD_IDS }
			}))
		};
		mkdirSync(join(dir, 'timelines'), { recursive: true });
		writeFileSync(join(dir, 'timelines', `${OLD_IDS}.json`), JSON.stringify(stored));
	}
};
