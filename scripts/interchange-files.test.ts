import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderForFile } from './interchange-files';

const wild = (name: string) => `src/lib/interchange/fixtures/wild/${name}`;

describe('npm run import on TimelineJS files people wrote', () => {
	it('reads a TimelineJS file wrapped in a script, named after the file', async () => {
		const folder = await folderForFile(wild('video-clips-jsonp.js'));
		const timeline = JSON.parse(
			readFileSync(join(folder!, 'timelines', 'video-clips-jsonp.json'), 'utf8')
		);
		expect(timeline.events).toHaveLength(2);
	});

	it('says in one line what a page or a template saved as .json is', async () => {
		await expect(folderForFile(wild('github-page-saved-as-json.json'))).rejects.toThrow(
			/^github-page-saved-as-json\.json: this is a web page \(HTML\), not a TimelineJS file; save the raw file instead/
		);
		await expect(folderForFile(wild('inls161-jekyll-template.json'))).rejects.toThrow(
			/^inls161-jekyll-template\.json: this is a template/
		);
	});
});
