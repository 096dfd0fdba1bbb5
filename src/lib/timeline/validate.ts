import { DataError, type Problem } from './problems';
import {
	EVENT_KINDS,
	PRECISIONS,
	TIMEX_MODS,
	type FuzzyDate,
	type Timeline,
	type TimelineEvent
} from './types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const ISO_INSTANT = /^-?\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/**
 * Checks a parsed timeline file against the model and returns it typed, or throws a DataError
 * listing every problem with the file, the event (index and id) and the field, so an editor
 * can fix them all in one pass. Nothing is dropped or repaired silently.
 */
export function validateTimeline(json: unknown, file: string): Timeline {
	const problems: Problem[] = [];
	const at = (where: string, message: string) =>
		problems.push({ where: `${file}: ${where}`, message });
	if (!isObject(json)) {
		throw new DataError([
			{ where: file, message: 'expected a JSON object like { "events": [...] }' }
		]);
	}
	if (!Array.isArray(json.events)) at('events', 'expected an array of events');
	for (const key of ['article', 'title', 'published'] as const) {
		if (json[key] !== undefined && typeof json[key] !== 'string') at(key, 'expected a string');
	}
	const ids = new Set<string>();
	(Array.isArray(json.events) ? json.events : []).forEach((event: unknown, i: number) => {
		const label =
			isObject(event) && typeof event.id === 'string'
				? `events[${i}] (id "${event.id}")`
				: `events[${i}]`;
		const field = (name: string, message: string) => at(`${label}: ${name}`, message);
		if (!isObject(event)) return field('', 'expected an object');
		if (typeof event.id !== 'string' || !/^[a-z0-9][a-z0-9_-]*$/.test(event.id)) {
			field('id', 'expected lower-case letters, digits, "-" or "_"');
		} else if (ids.has(event.id)) {
			field('id', 'another event already has this id; ids must be unique');
		} else ids.add(event.id);
		if (typeof event.title !== 'string' || !event.title.trim())
			field('title', 'expected a non-empty string');
		if (typeof event.summary !== 'string') field('summary', 'expected a string');
		checkFuzzyDate(event.start, 'start', field);
		if (event.end !== undefined) checkFuzzyDate(event.end, 'end', field);
		const source = event.source;
		if (!isObject(source)) field('source', 'expected { "article", "start", "end" }');
		else {
			if (typeof source.article !== 'string') field('source.article', 'expected the article slug');
			for (const k of ['start', 'end'] as const) {
				const v = source[k];
				if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
					field(`source.${k}`, 'expected a character offset (whole number ≥ 0)');
			}
			if (
				typeof source.start === 'number' &&
				typeof source.end === 'number' &&
				source.end < source.start
			) {
				field('source.end', `ends (${source.end}) before it starts (${source.start})`);
			}
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
	});
	if (problems.length) throw new DataError(problems);
	return json as unknown as Timeline & { events: TimelineEvent[] };
}

function checkFuzzyDate(
	value: unknown,
	name: string,
	field: (name: string, message: string) => void
) {
	if (!isObject(value))
		return field(
			name,
			'expected a fuzzy date { "text", "value", "earliest", "latest", "precision" }'
		);
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
				`expected an ISO 8601 UTC instant like "2020-03-21T00:00:00.000Z", found ${JSON.stringify(v)}`
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
		field(`${name}.precision`, `expected one of ${PRECISIONS.join(', ')}`);
	}
	if (date.inferred !== undefined && typeof date.inferred !== 'boolean') {
		field(`${name}.inferred`, 'expected true or false');
	}
}
