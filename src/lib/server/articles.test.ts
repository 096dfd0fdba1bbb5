import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSlug, listArticles, readArticle, readTimeline } from './articles';

const article = (title: string, published = '2020-06-26') =>
	`---\ntitle: ${title}\nsource: Wire\npublished: ${published}\n---\nThe plant closed in 2019. It reopened last month.\n`;

let dir: string;
const before = process.env.DATELINE_DATA;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'dateline-data-'));
	mkdirSync(join(dir, 'articles'));
	mkdirSync(join(dir, 'timelines'));
	writeFileSync(join(dir, 'articles', 'plant.md'), article('Plant story'));
	writeFileSync(join(dir, 'articles', 'older.md'), article('Older story', '2019-01-01'));
	writeFileSync(join(dir, 'articles', 'broken.md'), article('Broken'));
	writeFileSync(join(dir, 'timelines', 'broken.json'), '{ "events": [ { "id": "x" } ] }');
	writeFileSync(join(dir, 'articles', 'notjson.md'), article('Not JSON'));
	writeFileSync(join(dir, 'timelines', 'notjson.json'), '{ "events": [ ');
	process.env.DATELINE_DATA = dir;
});

afterAll(() => {
	if (before === undefined) delete process.env.DATELINE_DATA;
	else process.env.DATELINE_DATA = before;
});

describe('reading data/', () => {
	it('lists articles, newest first', () => {
		const list = listArticles();
		expect(list.map((a) => a.slug)).toContain('plant');
		expect(list.at(-1)!.slug).toBe('older');
	});

	it('extracts a timeline when no editor has published one', () => {
		const { timeline } = readTimeline('plant')!;
		expect(timeline.events.map((e) => e.start.value)).toEqual(['2019', '2020-05', '2020-06-26']);
	});

	it('fails a bad timeline file with the file, the event and the field', () => {
		expect(() => readTimeline('broken')).toThrow(
			/data\/timelines\/broken\.json: events\[0\] \(id "x"\): title/
		);
		expect(() => readTimeline('notjson')).toThrow(/data\/timelines\/notjson\.json: not valid JSON/);
	});

	it('refuses slugs that could leave the data folder', () => {
		expect(isSlug('../etc/passwd')).toBe(false);
		expect(readArticle('../articles/plant')).toBeNull();
		expect(readTimeline('nope')).toBeNull();
	});
});
