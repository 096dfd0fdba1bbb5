import type { Problem } from '../timeline/problems';
import { readCalendarParts, type TjsDate } from './calendar';
import type { TjsDocument, TjsEvent } from './timelinejs';

/**
 * TimelineJS 2's JSON (2012–2015, still in many sites and classes):
 * `{ "timeline": { "headline", "text", "asset", "date": [ { "startDate": "2011,12,10", "endDate",
 * "headline", "text", "tag", "asset": { "media", "credit", "caption", "thumbnail" } } ], "era": [ … ] } }`.
 * It is read by turning it into the TimelineJS 3 document it stands for, so one importer reads
 * both and an export writes TimelineJS 3 (which TimelineJS 3 reads). Keys with no TimelineJS 3
 * name (`classname`, `type`, `lang`) are kept as they were.
 */
const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** True for a TimelineJS 2 document: a `timeline` object holding a `date` list. */
export function isTimelineJs2(json: unknown): boolean {
	return isObject(json) && isObject(json.timeline) && Array.isArray(json.timeline.date);
}

type Fields = (keyof TjsDate & string)[];

/**
 * How TimelineJS 2 wrote a date (its VMM.Date.parse): comma lists from the year down, a bare
 * year, ISO dates, and US month/day/year. One row per form, with a file that uses it.
 */
export const TJS2_DATE_FORMS: readonly { pattern: RegExp; fields: Fields; example: string }[] = [
	{
		// "2011,12,10,07,02,10", "1985,12," (a trailing comma), "2006", "-500"
		pattern: /^(-?\d+)(?:,\s*(\d*))?(?:,\s*(\d*))?(?:,\s*(\d*))?(?:,\s*(\d*))?(?:,\s*(\d*))?,?$/,
		fields: ['year', 'month', 'day', 'hour', 'minute', 'second'],
		example: 'tjs2-blog-json.js, tjs2-career-trailing-comma-date.json, tjs2-pei-college.json'
	},
	{
		// "2012-01-26", "2012-01-26T14:30", "2012-01-26 14:30:05"
		pattern: /^(-?\d{1,4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/,
		fields: ['year', 'month', 'day', 'hour', 'minute', 'second'],
		example: 'the TimelineJS 2 documentation'
	},
	{
		// "1/26/2012": TimelineJS 2 gave slashes to the browser's Date, which reads month first.
		pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
		fields: ['month', 'day', 'year'],
		example: 'the TimelineJS 2 documentation'
	}
];

/** A TimelineJS 2 date string as TimelineJS 3 date fields, or null if it is none of the forms. */
export function tjs2Date(raw: string): TjsDate | null {
	const text = raw.trim();
	for (const { pattern, fields } of TJS2_DATE_FORMS) {
		const m = pattern.exec(text);
		if (!m) continue;
		const date: TjsDate = {};
		fields.forEach((field, i) => {
			if (m[i + 1]) date[field] = Number(m[i + 1]);
		});
		return date;
	}
	return null;
}

/** Where a problem found in the TimelineJS 3 form sits in the TimelineJS 2 file. */
export const TJS2_PLACES: readonly [RegExp, string][] = [
	[/: events\[(\d+)\]/, ': timeline.date[$1]'],
	[/: start_date\b/, ': startDate'],
	[/: end_date\b/, ': endDate'],
	[/: text\.headline\b/, ': headline'],
	[/: text\.text\b/, ': text']
];

export function tjs2Place(where: string): string {
	return TJS2_PLACES.reduce((w, [pattern, place]) => w.replace(pattern, place), where);
}

function slideOf(
	entry: Record<string, unknown>,
	where: string,
	problems: Problem[],
	dated: boolean
): TjsEvent {
	const { startDate, endDate, headline, text, asset, tag, ...rest } = entry;
	const slide: TjsEvent = { ...rest };
	for (const [key, raw, field] of [
		['startDate', startDate, 'start_date'],
		['endDate', endDate, 'end_date']
	] as const) {
		if (raw === undefined || raw === '') continue;
		const date = typeof raw === 'string' || typeof raw === 'number' ? tjs2Date(String(raw)) : null;
		if (!date) {
			problems.push({
				where: `${where}: ${key}`,
				message: `${JSON.stringify(raw)} is not a date TimelineJS 2 reads; write it as "2012,1,26" (year, month, day)`
			});
			continue;
		}
		const parts = readCalendarParts(date);
		if ('problems' in parts)
			for (const message of parts.problems) problems.push({ where: `${where}: ${key}`, message });
		else slide[field] = date;
	}
	if (dated && startDate === undefined)
		problems.push({ where: `${where}: startDate`, message: 'missing; write it as "2012,1,26"' });
	const words: Record<string, unknown> = {};
	if (headline !== undefined) words.headline = headline;
	if (text !== undefined) words.text = text;
	if (Object.keys(words).length) slide.text = words;
	if (isObject(asset)) {
		const { media, ...others } = asset;
		slide.media = { ...(media !== undefined ? { url: media } : {}), ...others };
	}
	if (tag !== undefined) slide.group = tag as string;
	return slide;
}

/**
 * The TimelineJS 3 document a TimelineJS 2 one stands for, and the problems with its dates,
 * named as the TimelineJS 2 file names them (`timeline.date[3]: startDate`).
 */
export function fromTimelineJs2(
	json: unknown,
	file: string
): { doc: TjsDocument; problems: Problem[] } {
	const timeline = (json as { timeline: Record<string, unknown> }).timeline;
	const { date, era, headline, text, asset, ...rest } = timeline;
	const problems: Problem[] = [];
	const events = (date as unknown[]).map((entry, i) =>
		isObject(entry)
			? slideOf(entry, `${file}: timeline.date[${i}]`, problems, true)
			: (entry as TjsEvent)
	);
	const doc: TjsDocument = { ...rest, events };
	const title = slideOf({ headline, text, asset }, `${file}: timeline`, problems, false);
	if (Object.keys(title).length) doc.title = title;
	if (Array.isArray(era))
		doc.eras = era.map((entry, i) =>
			isObject(entry) ? slideOf(entry, `${file}: timeline.era[${i}]`, problems, true) : entry
		);
	return { doc, problems };
}
