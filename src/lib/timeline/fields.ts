/**
 * The fields a timeline file may carry, level by level: the one list every part of Dateline
 * reads. `validateTimeline` copies these and nothing else into what is published (an editor's
 * notes or a reviewer's name in a file stay private), reports any other key as a warning, and
 * the JSON Schema allows exactly these (a test keeps the two in step).
 *
 * Adding a field to the model: add it here, to `types.ts`, to `schema.ts` with its type, and
 * give `validate.ts` a check for its value.
 */
export const TIMELINE_FIELDS = [
	'article',
	'articles',
	'title',
	'published',
	'publishedIsGuess',
	'publishedUnknown',
	'events',
	'extra'
] as const;

export const EVENT_FIELDS = [
	'id',
	'title',
	'summary',
	'start',
	'end',
	'source',
	'sources',
	'confidence',
	'kind',
	'extra'
] as const;

export const FUZZY_DATE_FIELDS = [
	'text',
	'value',
	'mod',
	'earliest',
	'latest',
	'precision',
	'inferred'
] as const;

export const SOURCE_FIELDS = ['article', 'start', 'end'] as const;

/** Copies the listed fields that `from` has as its own, and names the keys it leaves out. */
export function pickFields(
	from: Record<string, unknown>,
	fields: readonly string[]
): { picked: Record<string, unknown>; unknown: string[] } {
	const picked: Record<string, unknown> = {};
	const unknown: string[] = [];
	for (const key of Object.keys(from)) {
		if (fields.includes(key)) picked[key] = from[key];
		else unknown.push(key);
	}
	return { picked, unknown };
}
