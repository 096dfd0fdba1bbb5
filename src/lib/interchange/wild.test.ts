import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../timeline/problems';
import { sameValue } from '../timeline/same-value';
import type { FuzzyDate, Timeline } from '../timeline/types';
import { validateTimeline } from '../timeline/validate';
import { exportTimeline, importTimelineFile } from './index';

/**
 * TimelineJS files as people wrote them (fixtures/wild, sources in its SOURCES.md). Each row is
 * what Dateline does with one: how many events it reads, or the refusal it gives.
 */
const WILD: Record<string, number | RegExp> = {
	'besttime-nineteen-columns.csv': 2,
	'chronogramm-display-in-date.json': 2,
	'classroom-lowercase.csv': 3,
	'constructed-bom-bc.json': 3,
	'github-page-saved-as-json.json': /^github-page-saved-as-json\.json: this is a web page \(HTML\)/,
	'houston-copy-template-url.json': 5,
	'houston-event-types.json': 2,
	'houston-no-title.json': 3,
	'hundred-years-war.json': 6,
	'indian-art-shifted.csv': /^indian-art-shifted\.csv: row 2: End Time: .*cells are missing/,
	'inls161-jekyll-template.json': /^inls161-jekyll-template\.json: this is a template/,
	'jazz-trailing-comma.json': 3,
	'middle-ages-var.js': 2,
	'moscow-bomb-hoax.json': 2,
	'nyt-articles-generated.csv': /^nyt-articles-generated\.csv: row 3: a cell opens with a quote/,
	'palestine-dates.json': 5,
	'site-da-mari.json': 3,
	'tjs2-blog-json.js': 2,
	'tjs2-career-spans.json': 3,
	'tjs2-career-trailing-comma-date.json': 5,
	'tjs2-conlanger-jsonp.jsonp': 2,
	'tjs2-govhack-scripts.json': 3,
	'tjs2-mars-jsonp.jsonp': 2,
	'tjs2-pei-college.json': 1,
	'tjs2-people-say.json': 4,
	'tjs2-sstimeline-leading-space.json': 4,
	'tjs2-tags-classnames.json': 3,
	'trump100-title-row.csv': 2,
	'universal-jurisdiction.json': 4,
	'video-clips-jsonp.js': 2,
	'video-eras-object.json': 1
};

const dir = new URL('./fixtures/wild/', import.meta.url);
const files = readdirSync(dir).filter((f) => !f.endsWith('.md'));
const read = (file: string) => readFileSync(new URL(file, dir), 'utf8');
const published = '2026-12-05';

function attempt(file: string, text = read(file)) {
	try {
		return { timeline: importTimelineFile(text, { file, published }).timeline };
	} catch (e) {
		if (!(e instanceof DataError)) throw e;
		return { error: e };
	}
}

/** A date Dateline can draw: instants in order, and a TIMEX3 value no finer than the fields. */
function checkDate(date: FuzzyDate) {
	const [earliest, latest] = [Date.parse(date.earliest), Date.parse(date.latest)];
	expect(Number.isFinite(earliest) && Number.isFinite(latest)).toBe(true);
	expect(earliest).toBeLessThanOrEqual(latest);
	// A year is a year, never January 1: from its first instant to its last.
	if (/^(BC)?\d{4}$/.test(date.value)) {
		expect(date.precision).toBe('year');
		expect(date.earliest).toMatch(/-01-01T00:00:00\.000Z$/);
		expect(date.latest).toMatch(/-12-31T23:59:59\.999Z$/);
	}
	if (/^(BC)?\d{4}-\d{2}$/.test(date.value)) expect(date.precision).toBe('month');
	if (/^(BC)?\d{4}-\d{2}-\d{2}$/.test(date.value)) expect(date.precision).toBe('day');
}

/** What a round trip must keep of each event: its words and its dates. */
const kept = (t: Timeline) =>
	t.events.map((e) => ({ title: e.title, summary: e.summary, start: e.start, end: e.end }));

describe('TimelineJS files from the wild', () => {
	it('has a row for every wild file, and a file for every row', () => {
		expect(files.sort()).toEqual(Object.keys(WILD).sort());
	});

	for (const file of files) {
		it(`${file}: ${typeof WILD[file] === 'number' ? `reads ${WILD[file]} events, valid dates, stable round trips` : 'is refused with one line per problem, naming the place'}`, () => {
			const expected = WILD[file]!;
			const { timeline, error } = attempt(file);
			if (expected instanceof RegExp) {
				expect(error).toBeInstanceOf(DataError);
				expect(error!.message).toMatch(expected);
				for (const p of error!.problems) {
					expect(p.where.startsWith(file)).toBe(true);
					expect(`${p.where}: ${p.message}`).not.toMatch(/\n/);
				}
				return;
			}
			expect(error).toBeUndefined();
			expect(timeline!.events).toHaveLength(expected);
			expect(() => validateTimeline(JSON.parse(JSON.stringify(timeline)), file)).not.toThrow();
			for (const event of timeline!.events) {
				checkDate(event.start);
				if (event.end) checkDate(event.end);
				// HTML is read as words: no tag survives into a title or a summary (a file that
				// writes "&lt;script&gt;" means those characters, and gets them).
				if (!read(file).includes('&lt;'))
					expect(`${event.title} ${event.summary}`).not.toMatch(/<\/?[a-z][^>]*>/i);
			}
			// Out as TimelineJS and as a sheet, and back: the same events; out again: the same file.
			for (const format of ['timelinejs', 'csv'] as const) {
				const out = exportTimeline(timeline!, format).body;
				const name = format === 'csv' ? 'again.csv' : 'again.json';
				const again = importTimelineFile(out, { file: name, published, slug: timeline!.article });
				expect(sameValue(kept(again.timeline), kept(timeline!))).toBe(true);
				expect(exportTimeline(again.timeline, format).body).toBe(out);
			}
		});
	}
});
