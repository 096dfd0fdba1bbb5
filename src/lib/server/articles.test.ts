import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataProblems, isSlug, readArticle, readCuratedTimeline, slugsIn } from './articles';
import { extracted } from './extraction';

const article = (title: string, published = '2020-06-26') =>
	`---\ntitle: ${title}\nsource: Wire\npublished: ${published}\n---\nThe plant closed in 2019. It reopened last month.\n`;

let dir: string;
const before = { data: process.env.DATELINE_DATA, cache: process.env.DATELINE_CACHE };
const write = (path: string, text: string | Buffer) => {
	writeFileSync(join(dir, path), text);
	// Older than the settling window: these files are whole.
	const past = new Date(Date.now() - 10_000);
	utimesSync(join(dir, path), past, past);
};

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'dateline-data-'));
	mkdirSync(join(dir, 'articles'));
	mkdirSync(join(dir, 'timelines'));
	write('articles/plant.md', article('Plant story'));
	write('articles/older.md', article('Older story', '2019-01-01'));
	write('articles/broken.md', article('Broken'));
	write('timelines/broken.json', '{ "events": [ { "id": "x" } ] }');
	write('articles/notjson.md', article('Not JSON'));
	write('timelines/notjson.json', '{ "events": [ ');
	// Every kind of damage, side by side with the good files.
	write('articles/empty.md', '');
	write('articles/no-front-matter.md', 'Just a story told in 2019.\n');
	write('articles/unclosed.md', '---\ntitle: T\nsource: Wire\n');
	write('articles/bom.md', `\uFEFF${article('With a byte order mark')}`);
	write('articles/impossible.md', article('Impossible', '2021-02-30'));
	write('articles/binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
	write('articles/latin1.md', Buffer.from(article('Caf\xe9'), 'latin1'));
	mkdirSync(join(dir, 'articles', 'folder.md'));
	write('articles/separator.md', article('"Line\u2028separated"'));
	write('timelines/plant.json.bak', 'not ours');
	process.env.DATELINE_DATA = dir;
	process.env.DATELINE_CACHE = join(dir, '.cache');
});

afterAll(() => {
	for (const [key, value] of [
		['DATELINE_DATA', before.data],
		['DATELINE_CACHE', before.cache]
	] as const) {
		if (value === undefined) delete process.env[key];
		else process.env[key] = value;
	}
	rmSync(dir, { recursive: true, force: true });
});

describe('reading data/', () => {
	it('reads the readable articles, whatever else is in the folder', () => {
		const readable = slugsIn('articles', '.md').filter((slug) => {
			try {
				return readArticle(slug) !== null;
			} catch {
				return false;
			}
		});
		expect(readable).toEqual(['bom', 'broken', 'notjson', 'older', 'plant', 'separator']);
		expect(readArticle('separator')!.title).toBe('Line\u2028separated');
		expect(readArticle('bom')!.title).toBe('With a byte order mark');
	});

	it('names each broken file and its problem, and what readers get meanwhile', () => {
		const byFile = new Map(dataProblems().map((p) => [p.file, p]));
		const message = (file: string) =>
			byFile
				.get(file)
				?.problems.map((p) => `${p.where}: ${p.message}`)
				.join(' | ');
		expect(message('data/articles/empty.md')).toMatch(
			/^data\/articles\/empty\.md: is empty; expected front matter/
		);
		expect(message('data/articles/no-front-matter.md')).toMatch(
			/expected front matter opening with a "---" line, found "Just a story told in 2019\."/
		);
		expect(message('data/articles/unclosed.md')).toMatch(/never closes/);
		expect(message('data/articles/impossible.md')).toMatch(/"2021-02-30" is not a calendar date/);
		expect(message('data/articles/binary.md')).toMatch(/binary file/);
		expect(message('data/articles/latin1.md')).toMatch(/is not UTF-8 text/);
		expect(message('data/articles/folder.md')).toMatch(/is a folder, not a file/);
		expect(message('data/timelines/broken.json')).toMatch(/events\[0\] \(id "x"\): title/);
		expect(message('data/timelines/notjson.json')).toMatch(/not valid JSON/);
		expect(byFile.get('data/articles/empty.md')).toMatchObject({
			level: 'error',
			serving: 'nothing'
		});
		expect(byFile.has('data/articles/bom.md')).toBe(false);
		expect(byFile.has('data/articles/plant.md')).toBe(false);
	});

	it('extracts an article in the worker', async () => {
		const timeline = await extracted(readArticle('plant')!);
		expect(timeline.events.map((e) => e.start.value)).toEqual(['2019', '2020-05', '2020-06-26']);
	}, 30_000);

	it('fails a bad timeline file with the file, the event and the field', () => {
		expect(() => readCuratedTimeline('broken')).toThrow(
			/data\/timelines\/broken\.json: events\[0\] \(id "x"\): title/
		);
		expect(() => readCuratedTimeline('notjson')).toThrow(
			/data\/timelines\/notjson\.json: not valid JSON/
		);
		expect(readCuratedTimeline('plant')).toBeNull();
	});

	it('refuses slugs that could leave the data folder', async () => {
		expect(isSlug('../etc/passwd')).toBe(false);
		expect(readArticle('../articles/plant')).toBeNull();
		expect(readCuratedTimeline('nope')).toBeNull();
	});
});

describe('a file that breaks after it was good', () => {
	it('serves the last good version while the file is broken, and the new one once it is whole', () => {
		write('articles/edited.md', article('First version'));
		expect(readArticle('edited')!.title).toBe('First version');
		// A non-atomic save caught halfway: the front matter is cut off.
		write('articles/edited.md', '---\ntitle: Second ver');
		expect(readArticle('edited')!.title).toBe('First version');
		const problem = dataProblems().find((p) => p.file === 'data/articles/edited.md')!;
		expect(problem).toMatchObject({ level: 'error', serving: 'the last good version' });
		write('articles/edited.md', article('Second version'));
		expect(readArticle('edited')!.title).toBe('Second version');
		expect(dataProblems().some((p) => p.file === 'data/articles/edited.md')).toBe(false);
	});

	it('keeps the last good version while a file is still being written', () => {
		write('articles/saving.md', article('Saved'));
		expect(readArticle('saving')!.title).toBe('Saved');
		// Just modified: an editor may still be writing it.
		writeFileSync(join(dir, 'articles/saving.md'), article('Sav'));
		expect(readArticle('saving')!.title).toBe('Saved');
	});
});

describe('curated timelines', () => {
	it('publishes only known fields and lists the others as warnings', async () => {
		write('articles/curated.md', article('Curated'));
		const timeline = await extracted(readArticle('plant')!);
		const curated = {
			...timeline,
			reviewer: 'A. Person',
			events: timeline!.events.map((e) => ({ ...e, notes: 'private' }))
		};
		write('timelines/curated.json', JSON.stringify(curated));
		expect(JSON.stringify(readCuratedTimeline('curated'))).not.toMatch(/A\. Person|private/);
		const warning = dataProblems().find((p) => p.file === 'data/timelines/curated.json')!;
		expect(warning.level).toBe('warning');
		expect(warning.serving).toBe('the file without these fields');
		expect(warning.problems.map((p) => p.message).join('\n')).toMatch(/"reviewer"[\s\S]*"notes"/);
	}, 30_000);
});
