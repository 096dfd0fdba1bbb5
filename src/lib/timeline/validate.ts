import {
	EVENT_FIELDS,
	FUZZY_DATE_FIELDS,
	pickFields,
	SOURCE_FIELDS,
	TIMELINE_FIELDS
} from './fields';
import { MAX_EVENTS } from './limits';
import { DataError, type Problem } from './problems';
import { INSTANT_PATTERN } from './schema';
import { EVENT_KINDS, PRECISIONS, TIMEX_MODS, type FuzzyDate, type Timeline } from './types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const ISO_INSTANT = new RegExp(INSTANT_PATTERN);

/** Unknown keys reported per file; beyond this many, one line says how many more. */
const MAX_WARNINGS = 20;

/**
 * Checks a parsed timeline file against the model and returns a new timeline holding only the
 * fields of the model (src/lib/timeline/fields.ts), or throws a DataError listing every problem
 * with the file, the event (index and id) and the field, so an editor can fix them all in one
 * pass. Keys the model does not know are left out of what is published and reported in
 * `warnings` (an editor's notes, a reviewer's name, a mistyped field); nothing else is dropped
 * or repaired silently.
 */
export function validateTimeline(json: unknown, file: string, warnings: Problem[] = []): Timeline {
	const problems: Problem[] = [];
	const at = (where: string, message: string) =>
		problems.push({ where: `${file}: ${where}`, message });
	let unknownCount = 0;
	const pick = (from: Record<string, unknown>, fields: readonly string[], where: string) => {
		const { picked, unknown } = pickFields(from, fields);
		for (const key of unknown) {
			if (++unknownCount > MAX_WARNINGS) continue;
			warnings.push({
				where: `${file}${where ? `: ${where}` : ''}`,
				message: `unknown field ${JSON.stringify(key)} is not published (known fields: ${fields.join(', ')})`
			});
		}
		return picked;
	};
	if (!isObject(json)) {
		throw new DataError([
			{
				where: file,
				message: `expected a JSON object like { "events": [...] }, found ${describe(json)}`
			}
		]);
	}
	const timeline = pick(json, TIMELINE_FIELDS, '');
	if (!Array.isArray(json.events))
		at('events', `expected an array of events, found ${describe(json.events)}`);
	else if (json.events.length > MAX_EVENTS) {
		at(
			'events',
			`has ${json.events.length.toLocaleString('en')} events; a timeline holds at most ${MAX_EVENTS.toLocaleString('en')}, so split it into several timelines`
		);
		throw new DataError(problems);
	}
	for (const key of ['publishedIsGuess', 'publishedUnknown'] as const) {
		if (json[key] !== undefined && typeof json[key] !== 'boolean')
			at(key, `expected true or false, found ${describe(json[key])}`);
	}
	for (const key of ['article', 'title', 'published'] as const) {
		if (json[key] !== undefined && typeof json[key] !== 'string') at(key, 'expected a string');
	}
	checkExtra(json.extra, (message) => at('extra', message));
	if (
		json.articles !== undefined &&
		(!Array.isArray(json.articles) || json.articles.some((a) => typeof a !== 'string'))
	) {
		at('articles', 'expected an array of article slugs');
	}
	const ids = new Set<string>();
	const events: Record<string, unknown>[] = [];
	(Array.isArray(json.events) ? json.events : []).forEach((event: unknown, i: number) => {
		const label =
			isObject(event) && typeof event.id === 'string'
				? `events[${i}] (id ${JSON.stringify(event.id.slice(0, 80))})`
				: `events[${i}]`;
		const field = (name: string, message: string) => at(`${label}: ${name}`, message);
		if (!isObject(event)) return field('', `expected an object, found ${describe(event)}`);
		const copy = pick(event, EVENT_FIELDS, label);
		events.push(copy);
		if (typeof event.id !== 'string' || !/^[a-z0-9][a-z0-9_-]*$/.test(event.id)) {
			field('id', 'expected lower-case letters, digits, "-" or "_"');
		} else if (ids.has(event.id)) {
			field('id', 'another event already has this id; ids must be unique');
		} else ids.add(event.id);
		if (typeof event.title !== 'string' || !event.title.trim())
			field('title', 'expected a non-empty string');
		if (typeof event.summary !== 'string') field('summary', 'expected a string');
		if (checkFuzzyDate(event.start, 'start', field))
			copy.start = pick(event.start, FUZZY_DATE_FIELDS, `${label}: start`);
		if (event.end !== undefined && checkFuzzyDate(event.end, 'end', field))
			copy.end = pick(event.end, FUZZY_DATE_FIELDS, `${label}: end`);
		if (checkSource(event.source, 'source', field))
			copy.source = pick(event.source, SOURCE_FIELDS, `${label}: source`);
		if (event.sources !== undefined) {
			if (!Array.isArray(event.sources)) field('sources', 'expected an array of sources');
			else
				copy.sources = event.sources.map((s: unknown, j: number) =>
					checkSource(s, `sources[${j}]`, field)
						? pick(s, SOURCE_FIELDS, `${label}: sources[${j}]`)
						: s
				);
		}
		if (
			event.confidence !== undefined &&
			(typeof event.confidence !== 'number' || event.confidence < 0 || event.confidence > 1)
		) {
			field('confidence', 'expected a number from 0 to 1');
		}
		if (event.kind !== undefined && !EVENT_KINDS.includes(event.kind as never)) {
			field('kind', `"${String(event.kind)}" is not an event kind (${EVENT_KINDS.join(', ')})`);
		}
		checkExtra(event.extra, (message) => field('extra', message));
	});
	if (problems.length) throw new DataError(problems);
	if (unknownCount > MAX_WARNINGS) {
		warnings.push({
			where: file,
			message: `and ${unknownCount - MAX_WARNINGS} more unknown fields, none of them published`
		});
	}
	timeline.events = events;
	return timeline as unknown as Timeline;
}

/** What was found instead, in a few words: 'the number 3', 'an array', 'nothing'. */
function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'string')
		return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
	if (typeof value === 'object') return 'an object';
	return `the ${typeof value} ${String(value)}`;
}

/** Checks where an event's sentence is; true when it is an object whose fields can be copied. */
function checkSource(
	source: unknown,
	name: string,
	field: (name: string, message: string) => void
): source is Json {
	if (!isObject(source)) {
		field(name, 'expected { "article", "start", "end" }');
		return false;
	}
	if (typeof source.article !== 'string') field(`${name}.article`, 'expected the article slug');
	for (const k of ['start', 'end'] as const) {
		const v = source[k];
		if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
			field(`${name}.${k}`, 'expected a character offset (whole number ≥ 0)');
	}
	if (
		typeof source.start === 'number' &&
		typeof source.end === 'number' &&
		source.end < source.start
	) {
		field(`${name}.end`, `ends (${source.end}) before it starts (${source.start})`);
	}
	return true;
}

/** Checks a fuzzy date; true when it is an object whose fields can be copied. */
function checkFuzzyDate(
	value: unknown,
	name: string,
	field: (name: string, message: string) => void
): value is Record<string, unknown> {
	if (!isObject(value)) {
		field(
			name,
			`expected a fuzzy date { "text", "value", "earliest", "latest", "precision" }, found ${describe(value)}`
		);
		return false;
	}
	const date = value as Partial<Record<keyof FuzzyDate, unknown>>;
	if (typeof date.text !== 'string') field(`${name}.text`, 'expected the words as written');
	if (typeof date.value !== 'string' || !date.value)
		field(`${name}.value`, 'expected a TIMEX3 value such as "2020-03"');
	if (date.mod !== undefined && !TIMEX_MODS.includes(date.mod as never)) {
		field(
			`${name}.mod`,
			`"${String(date.mod)}" is not a TIMEX3 modifier (${TIMEX_MODS.join(', ')})`
		);
	}
	for (const k of ['earliest', 'latest'] as const) {
		const v = date[k];
		if (typeof v !== 'string' || !ISO_INSTANT.test(v) || Number.isNaN(Date.parse(v))) {
			field(
				`${name}.${k}`,
				`expected an ISO 8601 UTC instant like "2020-03-21T00:00:00.000Z" (before year 0 or after 9999 with a sign and six digits, "-000043-03-15T00:00:00.000Z"), found ${JSON.stringify(v)}`
			);
		}
	}
	if (
		typeof date.earliest === 'string' &&
		typeof date.latest === 'string' &&
		Date.parse(date.latest) < Date.parse(date.earliest)
	) {
		field(`${name}.latest`, 'is before earliest');
	}
	if (!PRECISIONS.includes(date.precision as never)) {
		field(
			`${name}.precision`,
			`expected one of ${PRECISIONS.join(', ')}, found ${describe(date.precision)}`
		);
	}
	if (date.inferred !== undefined && typeof date.inferred !== 'boolean') {
		field(`${name}.inferred`, `expected true or false, found ${describe(date.inferred)}`);
	}
	return true;
}

const EXTRA_DEPTH = 32;

/**
 * `extra` holds another format's fields verbatim (TimelineJS media, eras…): any JSON object,
 * but a shallow one, so no file can make a later copy or export recurse without end.
 */
function checkExtra(extra: unknown, problem: (message: string) => void) {
	if (extra === undefined) return;
	if (!isObject(extra)) return problem('expected an object of fields kept from another format');
	const stack: [unknown, number][] = [[extra, 1]];
	while (stack.length) {
		const [value, depth] = stack.pop()!;
		if (depth > EXTRA_DEPTH) return problem(`nested deeper than ${EXTRA_DEPTH} levels`);
		if (value && typeof value === 'object')
			for (const v of Object.values(value))
				if (v && typeof v === 'object') stack.push([v, depth + 1]);
	}
}
