import { validateTimeline } from '../timeline/validate';
import { DataError } from '../timeline/problems';
import type { Article, Timeline } from '../timeline/types';
import type { TimelineFormat } from './formats';
import { exportIcs } from './ics';
import type { ImportOptions } from './imported';
import { exportSheet, importSheet } from './sheet';
import { exportTimelineJs, importTimelineJs } from './timelinejs';

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
 * document is TimelineJS when its events have `start_date`, Dateline's when they have `start`.
 * Null when it is neither (an article, perhaps).
 */
export function detectFormat(file: string, text: string): 'json' | 'timelinejs' | 'csv' | null {
	if (/\.csv$/i.test(file)) return 'csv';
	const trimmed = text.trimStart();
	if (!/\.json$/i.test(file) && !trimmed.startsWith('{')) return null;
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return /\.json$/i.test(file) ? 'json' : null;
	}
	const events = (json as { events?: unknown })?.events;
	const first = Array.isArray(events) ? (events[0] as Record<string, unknown> | undefined) : null;
	if (first && typeof first === 'object' && 'start_date' in first) return 'timelinejs';
	if (
		json &&
		typeof json === 'object' &&
		'title' in json &&
		typeof (json as { title: unknown }).title === 'object'
	)
		return 'timelinejs';
	return 'json';
}

/** A timeline file read: TimelineJS JSON and sheets bring their article; ours points at one. */
export function importTimelineFile(
	text: string,
	options: ImportOptions & { file: string }
): { format: 'json' | 'timelinejs' | 'csv'; article?: Article; timeline: Timeline } {
	const format = detectFormat(options.file, text);
	if (format === 'csv') return { format, ...importSheet(text, options) };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		throw new DataError([
			{ where: options.file, message: `not valid JSON (${(e as Error).message})` }
		]);
	}
	if (format === 'timelinejs') return { format, ...importTimelineJs(json, options) };
	const timeline = validateTimeline(json, options.file);
	return {
		format: 'json',
		timeline: options.slug ? { ...timeline, article: options.slug } : timeline
	};
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
				body: `${JSON.stringify(timeline, null, '\t')}\n`,
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
