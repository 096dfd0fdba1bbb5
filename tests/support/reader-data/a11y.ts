/** The timeline tests/a11y.test.ts reads beside the seed. */
import { cpSync } from 'node:fs';
import { folderForFile } from '../../../scripts/interchange-files';
import type { ReaderData } from '.';

export const data: ReaderData = {
	/** An imported TimelineJS file (src/lib/interchange/fixtures), read as `npm run import` reads it. */
	prepare: async (dir) => {
		const folder = await folderForFile('src/lib/interchange/fixtures/apollo.timelinejs.json');
		cpSync(folder!, dir, { recursive: true });
	}
};
