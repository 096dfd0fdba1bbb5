import Papa from 'papaparse';
import { sameValue } from '../timeline/same-value';
import { DataError, type Problem } from '../timeline/problems';
import type { Timeline } from '../timeline/types';
import { readCalendarParts, type TjsDate } from './calendar';
import { neutraliseCell, restoreCell } from './formula-cells';
import type { ImportOptions, Imported } from './imported';
import { exportTimelineJs, importTimelineJs, type TjsDocument, type TjsEvent } from './timelinejs';

/**
 * The TimelineJS Google Sheets template, as CSV (File → Download → CSV): one row per slide,
 * these columns, `Type` "title" for the title slide and "era" for eras. Columns the template
 * does not have are kept per row and written back.
 */
export const SHEET_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Type',
	'Group',
	'Background'
] as const;
type Column = (typeof SHEET_COLUMNS)[number];
type Cells = Record<string, string>;

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

// Seconds may have one digit: programs that cut an ISO time short write "05:00:0"
// (nyt-articles-generated.csv).
const TIME = /^(\d{1,2})(?::(\d{2}))?(?::(\d{1,2}))?(?:\.(\d{1,3}))?\s*([ap])?\.?\s*(?:m\.?)?$/i;

/** "21:30", "9:30 PM", "21:30:15.250" → hour, minute, second, millisecond; null if none of those. */
function readTime(cell: string): Partial<TjsDate> | null {
	const m = TIME.exec(cell.trim());
	if (!m) return null;
	let hour = Number(m[1]);
	if (m[5]) {
		if (hour < 1 || hour > 12) return null;
		hour = (hour % 12) + (m[5].toLowerCase() === 'p' ? 12 : 0);
	}
	const time: Partial<TjsDate> = { hour };
	if (m[2] !== undefined) time.minute = Number(m[2]);
	if (m[3] !== undefined) time.second = Number(m[3]);
	if (m[4] !== undefined) time.millisecond = Number(m[4].padEnd(3, '0'));
	return time;
}

function writeTime(date: TjsDate): string {
	if (date.hour === undefined || date.hour === '') return '';
	const pad = (v: unknown) => String(v ?? 0).padStart(2, '0');
	let time = `${pad(date.hour)}:${pad(date.minute)}`;
	if (date.second !== undefined && date.second !== '') time += `:${pad(date.second)}`;
	if (date.millisecond !== undefined && date.millisecond !== '')
		time += `.${String(date.millisecond).padStart(3, '0')}`;
	return time;
}

function dateOfCells(cells: Cells, prefix: '' | 'End '): TjsDate | undefined {
	const at = (c: string) => (cells[`${prefix}${c}`] ?? '').trim();
	if (!at('Year') && !at('Month') && !at('Day') && !at('Time')) return undefined;
	const date: TjsDate = {};
	for (const [field, column] of [
		['year', 'Year'],
		['month', 'Month'],
		['day', 'Day']
	] as const) {
		if (at(column)) date[field] = /^-?\d+$/.test(at(column)) ? Number(at(column)) : at(column);
	}
	if (at('Time')) Object.assign(date, readTime(at('Time')) ?? { hour: at('Time') });
	return date;
}

/** A row as the TimelineJS event (or title slide, or era) it stands for. */
function slideOfCells(cells: Cells): TjsEvent {
	const slide: TjsEvent = {};
	const start = dateOfCells(cells, '');
	const end = dateOfCells(cells, 'End ');
	if (start) slide.start_date = start;
	if (end) slide.end_date = end;
	const text: Record<string, string> = {};
	if (cells.Headline) text.headline = cells.Headline;
	if (cells.Text) text.text = cells.Text;
	if (Object.keys(text).length) slide.text = text;
	const media: Record<string, string> = {};
	for (const [key, column] of [
		['url', 'Media'],
		['credit', 'Media Credit'],
		['caption', 'Media Caption'],
		['thumbnail', 'Media Thumbnail']
	] as const) {
		if (cells[column]) media[key] = cells[column];
	}
	if (Object.keys(media).length) slide.media = media;
	if (cells['Display Date']) slide.display_date = cells['Display Date'];
	if (cells.Group) slide.group = cells.Group;
	const background = (cells.Background ?? '').trim();
	// The template's Background takes an image URL or a CSS colour ("#8BB1C4", "lightblue").
	if (background)
		slide.background = /^(https?:)?\/\//i.test(background)
			? { url: background }
			: { color: background };
	return slide;
}

function cellsOfSlide(slide: TjsEvent, type: string): Cells {
	const cells: Cells = {};
	const date = (d: unknown, prefix: '' | 'End ') => {
		if (!isObject(d)) return;
		const t = d as TjsDate;
		for (const [field, column] of [
			['year', 'Year'],
			['month', 'Month'],
			['day', 'Day']
		] as const) {
			if (t[field] !== undefined && t[field] !== '') cells[`${prefix}${column}`] = String(t[field]);
		}
		const time = writeTime(t);
		if (time) cells[`${prefix}Time`] = time;
	};
	date(slide.start_date, '');
	date(slide.end_date, 'End ');
	const display =
		slide.display_date ?? (isObject(slide.start_date) ? slide.start_date.display_date : undefined);
	if (typeof display === 'string' && display) cells['Display Date'] = display;
	if (isObject(slide.text)) {
		if (typeof slide.text.headline === 'string') cells.Headline = slide.text.headline;
		if (typeof slide.text.text === 'string') cells.Text = slide.text.text;
	}
	if (isObject(slide.media)) {
		const m = slide.media;
		for (const [key, column] of [
			['url', 'Media'],
			['credit', 'Media Credit'],
			['caption', 'Media Caption'],
			['thumbnail', 'Media Thumbnail']
		] as const) {
			if (typeof m[key] === 'string' && m[key]) cells[column] = m[key] as string;
		}
	}
	if (type) cells.Type = type;
	if (typeof slide.group === 'string' && slide.group) cells.Group = slide.group;
	if (isObject(slide.background)) {
		const b = slide.background.url ?? slide.background.color;
		if (typeof b === 'string' && b) cells.Background = b;
	}
	return cells;
}

const DATE_COLUMN: Record<string, Column> = {
	year: 'Year',
	month: 'Month',
	day: 'Day',
	hour: 'Time',
	minute: 'Time',
	second: 'Time',
	millisecond: 'Time'
};

/** Problems with a row's dates, named by spreadsheet row and column. */
function rowProblems(cells: Cells, row: string, needsStart: boolean): Problem[] {
	const problems: Problem[] = [];
	for (const prefix of ['', 'End '] as const) {
		const time = (cells[`${prefix}Time`] ?? '').trim();
		if (time && !readTime(time))
			problems.push({
				where: `${row}: ${prefix}Time`,
				message: `"${time}" is not a time; write it as 21:30, 21:30:15 or 9:30 PM`
			});
		const date = dateOfCells(cells, prefix);
		if (!date) {
			if (!prefix && needsStart)
				problems.push({ where: `${row}: Year`, message: 'empty; every event needs a year' });
			continue;
		}
		if (time && !readTime(time)) continue;
		const parts = readCalendarParts(date);
		if ('problems' in parts) {
			for (const message of parts.problems) {
				const field = message.slice(0, message.indexOf(':'));
				problems.push({
					where: `${row}: ${prefix}${DATE_COLUMN[field] ?? 'Year'}`,
					message: message.slice(message.indexOf(':') + 2)
				});
			}
		}
	}
	return problems;
}

/** What the CSV parser's findings mean for a person fixing the sheet, by its error code. */
const PARSE_PROBLEMS: Record<string, string> = {
	// nyt-articles-generated.csv: `"Text of the article." Found at: https://…`
	InvalidQuotes:
		'a cell opens with a quote but goes on after its closing quote; put the whole cell inside the quotes, doubling any quote in it ("")',
	MissingQuotes:
		'a quote opens a cell and is never closed, so the rest of the file reads as that one cell',
	UndetectableDelimiter: 'no commas found; save the sheet as comma-separated values (.csv)'
};

/**
 * A row shorter than the header whose dates fail has most likely lost a cell in the middle,
 * which moves every cell after it one column left (indian-art-shifted.csv: the display date
 * lands under End Time). One line saying so helps more than one per displaced cell.
 */
function shortRowProblems(problems: Problem[], row: string[], columns: string[]): Problem[] {
	if (!problems.length || row.length >= columns.length) return problems;
	const [first] = problems;
	return [
		{
			where: first!.where,
			message: `${first!.message}; this row has ${row.length} cells where the first row names ${columns.length} columns, so cells are missing before this one and the ones after them sit under the wrong columns`
		}
	];
}

/**
 * Reads a TimelineJS sheet saved as CSV into a Dateline timeline and its article, or throws a
 * DataError naming every bad row (as the spreadsheet numbers them) and column.
 */
export function importSheet(csv: string, options: ImportOptions): Imported {
	const file = options.file ?? 'timeline.csv';
	const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
	// Cells our own export kept from running as formulas ("'=SUM(…)") read as they were written.
	const [header, ...rows] = parsed.data.map((row) => row.map(restoreCell));
	if (!header) throw new DataError([{ where: file, message: 'the file is empty' }]);
	// Headers match the template's whatever their case or spacing ("end year", " Headline ").
	const canonical = new Map(SHEET_COLUMNS.map((c) => [c.toLowerCase(), c]));
	const columns = header.map((h) => canonical.get(h.trim().toLowerCase()) ?? h);
	if (!columns.includes('Year')) {
		throw new DataError([
			{
				where: `${file}: row 1`,
				message: `no "Year" column; the first row must name the TimelineJS template's columns (${SHEET_COLUMNS.join(', ')})`
			}
		]);
	}
	const problems: Problem[] = [];
	const doc: TjsDocument = { events: [] };
	const eventCells: Cells[] = [];
	const eraCells: Cells[] = [];
	let titleCells: Cells | undefined;
	// One line per row the parser could not read, said so the sheet can be fixed.
	const unreadable = new Set<number>();
	for (const e of parsed.errors) {
		const row = (e.row ?? 0) + 1;
		if (unreadable.has(row)) continue;
		unreadable.add(row);
		problems.push({ where: `${file}: row ${row}`, message: PARSE_PROBLEMS[e.code] ?? e.message });
	}
	rows.forEach((row, i) => {
		const cells: Cells = {};
		columns.forEach((c, j) => {
			if (row[j] !== undefined && row[j] !== '') cells[c] = row[j]!;
		});
		const type = (cells.Type ?? '').trim().toLowerCase();
		const where = `${file}: row ${i + 2}`;
		if (unreadable.has(i + 2)) return;
		problems.push(...shortRowProblems(rowProblems(cells, where, type !== 'title'), row, columns));
		const slide = slideOfCells(cells);
		if (type === 'title' && !titleCells) {
			titleCells = cells;
			doc.title = slide;
		} else if (type === 'era') {
			eraCells.push(cells);
			(doc.eras ??= []).push(slide);
		} else {
			eventCells.push(cells);
			doc.events.push(slide);
		}
	});
	if (problems.length) throw new DataError(problems);
	const imported = importTimelineJs(doc, { ...options, file });
	imported.timeline.events.forEach((event, i) => {
		event.extra = { ...event.extra, csv: eventCells[i] };
	});
	imported.timeline.extra = {
		...imported.timeline.extra,
		csv: { columns, ...(titleCells ? { title: titleCells } : {}), eras: eraCells }
	};
	return imported;
}

/**
 * Writes a timeline as a TimelineJS sheet CSV: rows read from a sheet come back as they were
 * unless an editor changed them (or their markup was unsafe); the title slide and eras come
 * back too. No cell runs as a formula in a spreadsheet (formula-cells.ts).
 */
export function exportSheet(timeline: Timeline): string {
	const doc = exportTimelineJs(timeline);
	const kept = isObject(timeline.extra?.csv) ? (timeline.extra.csv as Record<string, unknown>) : {};
	const keptColumns = Array.isArray(kept.columns) ? (kept.columns as string[]) : [];
	const eras = Array.isArray(kept.eras) ? (kept.eras as Cells[]) : [];
	const unchanged = (cells: unknown, slide: TjsEvent) => {
		if (!isObject(cells)) return false;
		const bare = { ...slide };
		delete bare.dateline;
		return sameValue(slideOfCells(cells as Cells), bare);
	};
	const rowOf = (slide: TjsEvent, cells: unknown, type: string): Cells => {
		if (unchanged(cells, slide)) return cells as Cells;
		// Changed: the template's columns from the slide, other columns as they were.
		const fresh = cellsOfSlide(slide, type);
		const others = isObject(cells)
			? Object.fromEntries(
					Object.entries(cells as Cells).filter(
						([c]) => !(SHEET_COLUMNS as readonly string[]).includes(c)
					)
				)
			: {};
		return { ...others, ...fresh };
	};
	const rows: Cells[] = [];
	if (doc.title) rows.push(rowOf(doc.title, kept.title, 'title'));
	// An era of another shape than the template's (one object, a string) has no row to be.
	(Array.isArray(doc.eras) ? doc.eras : []).forEach((era, i) => {
		if (isObject(era)) rows.push(rowOf(era, eras[i], 'era'));
	});
	timeline.events.forEach((event, i) => rows.push(rowOf(doc.events[i]!, event.extra?.csv, '')));
	const columns = keptColumns.length ? [...keptColumns] : [...SHEET_COLUMNS];
	for (const row of rows)
		for (const c of Object.keys(row)) if (!columns.includes(c)) columns.push(c);
	const table = [columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))];
	return Papa.unparse(
		table.map((row) => row.map(neutraliseCell)),
		{ newline: '\r\n', quotes: true }
	);
}
