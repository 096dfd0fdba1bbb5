import { validateTimeline } from '../timeline/validate';
import { DataError } from '../timeline/problems';
import type { Article, Timeline } from '../timeline/types';
import type { TimelineFormat } from './formats';
import { exportIcs } from './ics';
import type { ImportOptions, Imported } from './imported';
import { parseJsonText, readJsonText } from './json-text';
import { exportSheet, importSheet } from './sheet';
import { exportTimelineJs, importTimelineJs } from './timelinejs';
import { fromTimelineJs2, isTimelineJs2, tjs2Place } from './timelinejs2';
import { withSafeKeptSlides } from './safe-slide';

export { exportIcs, type IcsExport } from './ics';
export { exportSheet, importSheet, SHEET_COLUMNS } from './sheet';
export {
	eventToTjs,
	exportTimelineJs,
	importTimelineJs,
	type TjsDocument,
	type TjsEvent
} from './timelinejs';
export { htmlToText, textToHtml } from './html-text';
export type { ImportOptions, Imported } from './imported';

export { EXPORT_FORMATS, type TimelineFormat } from './formats';

/**
 * Which format a timeline file is in, from its name and content: a sheet is CSV; a JSON
 * document (bare, or in a `var x = …` / JSONP wrapper) is TimelineJS when it is TimelineJS 2
 * (`timeline.date`) or its events have `start_date` or its title is a slide, Dateline's when
 * its events have `start`. Null when it is neither (an article, perhaps).
 */
export function detectFormat(file: string, text: string): 'json' | 'timelinejs' | 'csv' | null {
	if (/\.csv$/i.test(file)) return 'csv';
	const named = /\.(json|jsonp|js)$/i.test(file);
	if (!named && !/^\s*(\uFEFF)?[{[]/.test(text)) return null;
	const parsed = parseJsonText(text);
	if ('problem' in parsed) return named ? 'json' : null;
	const json = parsed.json as { events?: unknown; title?: unknown } | null;
	if (isTimelineJs2(json)) return 'timelinejs';
	const events = json?.events;
	const first = Array.isArray(events) ? (events[0] as Record<string, unknown> | undefined) : null;
	if (first && typeof first === 'object' && 'start_date' in first) return 'timelinejs';
	if (json && typeof json === 'object' && typeof json.title === 'object') return 'timelinejs';
	return 'json';
}

/** A timeline file read: TimelineJS JSON and sheets bring their article; ours points at one. */
export function importTimelineFile(
	text: string,
	options: ImportOptions & { file: string }
): { format: 'json' | 'timelinejs' | 'csv'; article?: Article; timeline: Timeline } {
	const format = detectFormat(options.file, text);
	if (format === 'csv') return { format, ...importSheet(text, options) };
	const json = readJsonText(text, options.file);
	if (isTimelineJs2(json)) return { format: 'timelinejs', ...importTimelineJs2(json, options) };
	if (format === 'timelinejs') return { format, ...importTimelineJs(json, options) };
	const timeline = validateTimeline(json, options.file);
	return {
		format: 'json',
		timeline: options.slug ? { ...timeline, article: options.slug } : timeline
	};
}

/** A TimelineJS 2 document read as the TimelineJS 3 one it stands for; problems in its terms. */
function importTimelineJs2(json: unknown, options: ImportOptions & { file: string }): Imported {
	const { doc, problems } = fromTimelineJs2(json, options.file);
	try {
		if (problems.length) throw new DataError([]);
		return importTimelineJs(doc, options);
	} catch (e) {
		if (!(e instanceof DataError)) throw e;
		const named = e.problems.map((p) => ({
			where: tjs2Place(p.where),
			message: p.message.replace(/\bstart_date\b/g, 'startDate')
		}));
		throw new DataError([...problems, ...named]);
	}
}

export interface Exported {
	body: string;
	contentType: string;
	extension: string;
	/** What the format could not hold, for the person exporting to read. */
	warnings: string[];
}

/** A timeline written in one of the export formats. */
export function exportTimeline(
	timeline: Timeline,
	format: TimelineFormat,
	options: { origin?: string; slug?: string } = {}
): Exported {
	switch (format) {
		case 'json':
			return {
				body: `${JSON.stringify(withSafeKeptSlides(timeline), null, '\t')}\n`,
				contentType: 'application/json; charset=utf-8',
				extension: 'json',
				warnings: []
			};
		case 'timelinejs':
			return {
				body: `${JSON.stringify(exportTimelineJs(timeline), null, '\t')}\n`,
				contentType: 'application/json; charset=utf-8',
				extension: 'timelinejs.json',
				warnings: []
			};
		case 'csv':
			return {
				body: `${exportSheet(timeline)}\r\n`,
				contentType: 'text/csv; charset=utf-8',
				extension: 'csv',
				warnings: []
			};
		case 'ics': {
			const { ics, skipped } = exportIcs(timeline, options);
			return {
				body: ics,
				contentType: 'text/calendar; charset=utf-8',
				extension: 'ics',
				warnings: skipped.map((s) => `event "${s.id}" left out: ${s.reason}`)
			};
		}
	}
}
