import { EVENT_KINDS, PRECISIONS, TIMEX_MODS } from './types';

/**
 * An ISO 8601 UTC instant as `Date.prototype.toISOString` writes it: four-digit years, or a
 * sign and six digits outside 0000-9999 ("-000043-03-15T00:00:00.000Z" is 15 March 44 BC,
 * year -43 counted astronomically). JSON Schema's `date-time` (RFC 3339) has no such years.
 */
export const INSTANT_PATTERN =
	'^(?:\\d{4}|[+-]\\d{6})-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z$';

/**
 * The published JSON Schema of a timeline file (served at /timeline.schema.json), so other
 * tools can read and write Dateline timelines. `validateTimeline` enforces the same rules with
 * messages that name the file, the event and the field. Every object is closed
 * (`additionalProperties: false`): its properties are exactly the lists in `fields.ts`.
 */
const fuzzyDate = {
	type: 'object',
	additionalProperties: false,
	required: ['text', 'value', 'earliest', 'latest', 'precision'],
	properties: {
		text: { type: 'string', description: 'The words as written, e.g. "late March".' },
		value: {
			type: 'string',
			description:
				'TIMEX3 value: 2016, 2020-03, 2020-06-26, 2020-W12, 2019-SU, PAST_REF, BC0044 (44 BC), BC04 (5th century BC), ...'
		},
		mod: { enum: [...TIMEX_MODS], description: 'TIMEX3 modifier; START/MID/END = early/mid/late.' },
		earliest: {
			type: 'string',
			pattern: INSTANT_PATTERN,
			description: 'First instant it can mean (UTC); BC years as -000043-01-01T00:00:00.000Z.'
		},
		latest: {
			type: 'string',
			pattern: INSTANT_PATTERN,
			description: 'Last instant it can mean (UTC), inclusive.'
		},
		precision: { enum: [...PRECISIONS] },
		inferred: {
			type: 'boolean',
			description:
				'True when the sentence has no date of its own and this one was inferred from its context.'
		}
	}
} as const;

const source = {
	type: 'object',
	additionalProperties: false,
	required: ['article', 'start', 'end'],
	properties: {
		article: { type: 'string' },
		start: { type: 'integer', minimum: 0 },
		end: { type: 'integer', minimum: 0 }
	}
} as const;

export const timelineSchema = {
	$schema: 'https://json-schema.org/draft/2020-12/schema',
	$id: 'https://dateline.example/timeline.schema.json',
	title: 'Dateline timeline',
	type: 'object',
	additionalProperties: false,
	required: ['events'],
	properties: {
		article: { type: 'string', description: 'Slug of the article the timeline was read from.' },
		articles: {
			type: 'array',
			items: { type: 'string' },
			description: 'Every article the timeline was read from, when there is more than one.'
		},
		title: { type: 'string' },
		published: { type: 'string', format: 'date', description: 'Publication date, YYYY-MM-DD.' },
		publishedIsGuess: {
			type: 'boolean',
			description: 'True when the publication date was inferred from the text.'
		},
		publishedUnknown: {
			type: 'boolean',
			description:
				'True when the story has no known day (an imported TimelineJS file): published is the day of the import, which relative dates count from, and bylines leave it out.'
		},
		extra: {
			type: 'object',
			description: 'Fields from another format (TimelineJS title slide, eras…), kept for export.'
		},
		events: {
			type: 'array',
			items: {
				type: 'object',
				additionalProperties: false,
				required: ['id', 'title', 'summary', 'start', 'source'],
				properties: {
					id: { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]*$' },
					title: { type: 'string', minLength: 1 },
					summary: { type: 'string' },
					start: { $ref: '#/$defs/fuzzyDate' },
					end: { $ref: '#/$defs/fuzzyDate' },
					source: { $ref: '#/$defs/source' },
					sources: {
						type: 'array',
						description: 'Other sentences (from other articles) telling the same happening.',
						items: { $ref: '#/$defs/source' }
					},
					confidence: { type: 'number', minimum: 0, maximum: 1 },
					kind: {
						enum: [...EVENT_KINDS],
						description:
							'happening (the default) took place; plan is a deadline, schedule or intention.'
					},
					extra: {
						type: 'object',
						description: 'Fields from another format (TimelineJS media, group…), kept for export.'
					}
				}
			}
		}
	},
	$defs: { fuzzyDate, source }
} as const;
