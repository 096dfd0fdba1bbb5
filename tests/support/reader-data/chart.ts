/** The articles tests/chart.test.ts reads beside the seed. */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { ReaderData } from '.';

export const data: ReaderData = {
	/** A 41-event chronology, a 164-event history and a news report, extracted on import. */
	prepare: (dir) => {
		cpSync('tests/fixtures/articles', join(dir, 'articles'), { recursive: true });
	}
};
