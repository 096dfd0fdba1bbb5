import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzyDate } from './fuzzy-date';
import { TIMEX_MODS, type FuzzyDate, type Timeline } from './types';
import { validateTimeline } from './validate';
import { packTimeline, unpackTimeline } from './wire';

const two = (n: number) => String(n).padStart(2, '0');
/** TIMEX3 values of every precision Dateline writes. */
const timexValue = fc.oneof(
	fc.integer({ min: 1000, max: 2999 }).map(String),
	fc
		.record({ y: fc.integer({ min: 1000, max: 2999 }), m: fc.integer({ min: 1, max: 12 }) })
		.map(({ y, m }) => `${y}-${two(m)}`),
	fc
		.record({
			y: fc.integer({ min: 1000, max: 2999 }),
			m: fc.integer({ min: 1, max: 12 }),
			d: fc.integer({ min: 1, max: 28 })
		})
		.map(({ y, m, d }) => `${y}-${two(m)}-${two(d)}`),
	fc
		.record({ y: fc.integer({ min: 1000, max: 2999 }), w: fc.integer({ min: 1, max: 52 }) })
		.map(({ y, w }) => `${y}-W${two(w)}`),
	fc
		.record({ y: fc.integer({ min: 1000, max: 2999 }), q: fc.integer({ min: 1, max: 4 }) })
		.map(({ y, q }) => `${y}-Q${q}`),
	fc
		.record({
			y: fc.integer({ min: 1000, max: 2999 }),
			s: fc.constantFrom('SP', 'SU', 'FA', 'WI')
		})
		.map(({ y, s }) => `${y}-${s}`),
	fc.integer({ min: 100, max: 299 }).map(String),
	fc.constantFrom('PAST_REF', 'PRESENT_REF', 'FUTURE_REF')
);
const mod = fc.option(fc.constantFrom(...TIMEX_MODS), { nil: undefined });
const reference = new Date(Date.UTC(2020, 5, 26));
const date = fc
	.record({ text: fc.string({ maxLength: 20 }), value: timexValue, mod })
	.map(({ text, value, mod }) => fuzzyDate(text, value, mod, reference))
	.filter((d): d is FuzzyDate => d !== null);

const timeline = fc
	.array(
		fc.record({
			title: fc.string({ minLength: 1, maxLength: 30 }).filter((t) => t.trim() !== ''),
			summary: fc.string({ maxLength: 60 }),
			start: date,
			from: fc.nat({ max: 500 }),
			length: fc.nat({ max: 100 }),
			confidence: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined })
		}),
		{ maxLength: 20 }
	)
	.map((events): Timeline => ({
		article: 'a',
		title: 'A',
		published: '2020-06-26',
		events: events.map((e, i) => ({
			id: `e${i}`,
			title: e.title,
			summary: e.summary,
			start: e.start,
			source: { article: 'a', start: e.from, end: e.from + e.length },
			...(e.confidence === undefined ? {} : { confidence: e.confidence })
		}))
	}));

describe('fuzzy dates (fast-check)', () => {
	it('normalising is idempotent: a fuzzy date read again is the same fuzzy date', () => {
		fc.assert(
			fc.property(date, (d) => {
				expect(fuzzyDate(d.text, d.value, d.mod, reference)).toEqual(d);
				expect(Date.parse(d.earliest)).toBeLessThanOrEqual(Date.parse(d.latest));
			}),
			{ numRuns: 500 }
		);
	});
});

describe('export formats round-trip (fast-check)', () => {
	it('JSON: a timeline written and read back, validated, is the same timeline', () => {
		fc.assert(
			fc.property(timeline, (t) => {
				const read = validateTimeline(JSON.parse(JSON.stringify(t)), 'x.json');
				expect(read).toEqual(t);
				// Validation is idempotent too: what it publishes passes it unchanged.
				expect(validateTimeline(read, 'x.json')).toEqual(read);
			}),
			{ numRuns: 200 }
		);
	});

	it('the page format: packing and unpacking against the article gives the timeline back', () => {
		fc.assert(
			fc.property(timeline, (t) => {
				const sentences = t.events.map((e) => ({ ...e.source, text: e.summary }));
				const wire = JSON.parse(JSON.stringify(packTimeline(t, sentences)));
				expect(unpackTimeline(wire, sentences)).toEqual(t);
			}),
			{ numRuns: 200 }
		);
	});
});
