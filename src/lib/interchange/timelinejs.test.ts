import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzyDate } from '../timeline/fuzzy-date';
import { validateTimeline } from '../timeline/validate';
import type { Timeline } from '../timeline/types';
import { DataError } from '../timeline/problems';
import { safeDocument } from './safe-slide';
import { importTimelineFile } from './index';
import { exportTimelineJs, importTimelineJs, type TjsDocument } from './timelinejs';

const fixture = (name: string) =>
	readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const options = { slug: 'space-race', published: '2026-12-04', file: 'apollo.json' };

describe('TimelineJS JSON import', () => {
	const doc = JSON.parse(fixture('apollo.timelinejs.json')) as TjsDocument;
	const { article, timeline } = importTimelineJs(doc, options);

	it('reads every event with its headline, its text as words and its date to the field given', () => {
		expect(timeline.title).toBe('The race to the Moon');
		expect(timeline.events).toHaveLength(6);
		const [sputnik, gagarin, kennedy, apollo, last] = timeline.events;
		expect(sputnik!.id).toBe('sputnik');
		expect(sputnik!.summary).toBe(
			'The Soviet Union launches the first artificial satellite, a 58 cm sphere that beeps for 21 days.'
		);
		expect(sputnik!.start).toMatchObject({ value: '1957-10-04', precision: 'day' });
		expect(gagarin!.start).toMatchObject({
			value: '1961-04-12T06:07',
			precision: 'time',
			text: 'April 12, 1961, 9:07 Moscow time',
			earliest: '1961-04-12T06:07:00.000Z'
		});
		expect(kennedy!.summary).toBe('“before this decade is out, of landing a man on the Moon”');
		expect(apollo!.id).toBe('apollo-11-mission');
		expect(apollo!.end).toMatchObject({ value: '1969-07-24', latest: '1969-07-24T23:59:59.999Z' });
		expect(apollo!.summary).toBe('Launch, landing on July 20 & return: NASA calls it a success.');
		expect(last!.start).toMatchObject({ value: '1972', precision: 'year' });
		expect(last!.summary).toBe('');
	});

	it('reads a negative year as BC, the way TimelineJS shows it', () => {
		const halley = timeline.events[5]!;
		expect(halley.start.value).toBe('BC0240');
		expect(halley.start.text).toBe('240 BC');
		// 240 BC is astronomical year -239.
		expect(halley.start.earliest).toBe('-000239-01-01T00:00:00.000Z');
		expect(halley.start.latest).toBe('-000239-12-31T23:59:59.999Z');
	});

	it('gives every event a sentence in the article it builds, and the result is a valid timeline', () => {
		for (const event of timeline.events) {
			const sentence = article.text.slice(event.source.start, event.source.end);
			expect(sentence).toBe(event.summary || event.title);
		}
		expect(() => validateTimeline(JSON.parse(JSON.stringify(timeline)), 'x')).not.toThrow();
	});

	it('exports the very same document when nothing was edited', () => {
		expect(exportTimelineJs(timeline)).toEqual(doc);
	});

	it('writes an edit into the kept event and keeps its media, group and background', () => {
		const edited: Timeline = structuredClone(timeline);
		const apollo = edited.events[3]!;
		apollo.title = 'Apollo 11 <lands>';
		apollo.start = fuzzyDate('July 20, 1969', '1969-07-20')!;
		const out = exportTimelineJs(edited).events[3]!;
		expect(out.text!.headline).toBe('Apollo 11 &lt;lands&gt;');
		expect(out.text!.text).toBe(doc.events[3]!.text!.text);
		expect(out.start_date).toEqual({ year: 1969, month: 7, day: 20 });
		expect(out.background).toEqual({ url: 'https://example.org/moon.jpg', opacity: 50 });
		expect(out.group).toBe('United States');
		expect(out.unique_id).toBe('Apollo 11 Mission');
		// …and Dateline reads back what it wrote.
		const again = importTimelineJs(exportTimelineJs(edited), options).timeline.events[3]!;
		expect(again.title).toBe('Apollo 11 <lands>');
		expect(again.start).toEqual(apollo.start);
	});

	it('names the event and the field of every problem in a bad file', () => {
		const bad = {
			events: [
				{ start_date: { year: '2020', month: '13' }, text: { headline: 'x' } },
				{ text: { headline: 'no date' }, unique_id: 'nodate' },
				{ start_date: { year: 2021, month: 2, day: 30 } },
				{ start_date: { year: 'twenty' } },
				{ start_date: { year: 2020 }, end_date: { year: 2019 } },
				'a string'
			]
		};
		let error: unknown;
		try {
			importTimelineJs(bad, options);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(DataError);
		expect((error as DataError).problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
			'apollo.json: events[0]: start_date: month: 13 is out of range (1–12)',
			'apollo.json: events[1] (unique_id "nodate"): start_date: missing; every event needs at least { "year": … }',
			'apollo.json: events[2]: start_date: day: February has no day 30',
			'apollo.json: events[3]: start_date: year: "twenty" is not a whole number',
			'apollo.json: events[4]: end_date: ends before start_date',
			'apollo.json: events[5]: expected an object with start_date and text'
		]);
		expect(() => importTimelineJs({ slides: [] }, options)).toThrow(
			/expected a TimelineJS document/
		);
	});
});

describe('Dateline → TimelineJS → Dateline', () => {
	it('keeps a fuzzy date as Dateline read it, and tells TimelineJS its words', () => {
		const late = fuzzyDate('late March', '2020-03', 'END')!;
		const timeline: Timeline = {
			article: 'a',
			title: 'T',
			published: '2020-06-26',
			events: [
				{
					id: 'briefed',
					title: 'Trump briefed',
					summary: 'It was briefed in late March.',
					start: late,
					source: { article: 'a', start: 0, end: 10 },
					confidence: 0.6
				}
			]
		};
		const doc = exportTimelineJs(timeline);
		expect(doc.title).toEqual({ text: { headline: 'T' } });
		expect(doc.events[0]).toMatchObject({
			start_date: { year: 2020, month: 3 },
			display_date: 'late March 2020',
			unique_id: 'briefed'
		});
		const back = importTimelineJs(doc, { published: '2020-06-26' }).timeline.events[0]!;
		expect(back).toMatchObject({ id: 'briefed', start: late, confidence: 0.6 });
	});
});

// Calendar fields as TimelineJS files write them: numbers or numeric strings.
const field = (lo: number, hi: number) =>
	fc.oneof(
		fc.integer({ min: lo, max: hi }),
		fc.integer({ min: lo, max: hi }).map((n) => String(n))
	);
const tjsDate = fc
	.record(
		{
			year: fc.oneof(field(1, 2100), fc.integer({ min: -5000, max: -1 })),
			month: field(1, 12),
			day: field(1, 28),
			hour: field(0, 23),
			minute: field(0, 59)
		},
		{ requiredKeys: ['year'] }
	)
	.map((d) => {
		// A finer field only with the coarser ones: drop what lacks its parent.
		const out: Record<string, unknown> = { year: d.year };
		if (d.month === undefined) return out;
		out.month = d.month;
		if (d.day === undefined) return out;
		out.day = d.day;
		if (d.hour === undefined) return out;
		out.hour = d.hour;
		if (d.minute !== undefined) out.minute = d.minute;
		return out;
	});
const html = fc.oneof(
	fc.string(),
	fc.constantFrom('<p>Hello &amp; <b>bye</b></p>', 'a < b', '<script>alert(1)</script>', '')
);
const tjsEvent = fc.record(
	{
		start_date: tjsDate,
		end_date: fc.constant({ year: 9999 }),
		text: fc.record({ headline: html, text: html }, { requiredKeys: [] }),
		media: fc.record({ url: fc.webUrl(), caption: fc.string(), credit: fc.string() }),
		group: fc.string(),
		display_date: fc.string(),
		background: fc.oneof(
			fc.record({ color: fc.constantFrom('#000', 'red') }),
			fc.record({ url: fc.webUrl() })
		),
		autolink: fc.boolean(),
		unique_id: fc.string(),
		custom: fc.jsonValue()
	},
	{ requiredKeys: ['start_date'] }
);
const tjsDocument = fc.record(
	{
		title: fc.record({ text: fc.record({ headline: html, text: html }) }),
		events: fc.array(tjsEvent, { maxLength: 8 }),
		eras: fc.array(
			fc.record({ start_date: tjsDate, end_date: tjsDate, text: fc.record({ headline: html }) }),
			{
				maxLength: 2
			}
		),
		scale: fc.constantFrom('human', 'cosmological')
	},
	{ requiredKeys: ['events'] }
);

// A hundred generated documents each: seconds of CPU on a loaded machine, hence the timeouts.
describe('round trips (property)', () => {
	it('any TimelineJS document comes back from Dateline unchanged, but for markup that is not safe', () => {
		fc.assert(
			fc.property(tjsDocument, (doc) => {
				const json = JSON.parse(JSON.stringify(doc)) as TjsDocument;
				const { timeline } = importTimelineJs(json, { published: '2026-12-04' });
				const out = exportTimelineJs(timeline);
				expect(out).toEqual(safeDocument(json));
				// …and Dateline reads the same events from what it wrote as from the original (but
				// for a display date's tags, which TimelineJS strips too: "<b>1999</b>" is "1999").
				const again = importTimelineJs(JSON.parse(JSON.stringify(out)), {
					published: '2026-12-04'
				}).timeline;
				const plain = json.events.map((e) => !/<[^>]*>/.test(String(e.display_date ?? '')));
				const words = (t: Timeline) =>
					t.events.filter((_, i) => plain[i]).map((e) => [e.title, e.summary, e.start]);
				expect(words(again)).toEqual(words(timeline));
			}),
			{ numRuns: 100 }
		);
	}, 60_000);

	it('any Dateline timeline comes back from TimelineJS with the same events', () => {
		const values = fc.oneof(
			fc.integer({ min: 1000, max: 2100 }).map(String),
			fc
				.tuple(fc.integer({ min: 1000, max: 2100 }), fc.integer({ min: 1, max: 12 }))
				.map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
			fc
				.tuple(
					fc.integer({ min: 1000, max: 2100 }),
					fc.integer({ min: 1, max: 12 }),
					fc.integer({ min: 1, max: 28 })
				)
				.map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
			fc
				.tuple(
					fc.integer({ min: 1000, max: 2100 }),
					fc.constantFrom('SP', 'SU', 'FA', 'WI', 'Q2', 'H1')
				)
				.map(([y, s]) => `${y}-${s}`),
			fc.integer({ min: 150, max: 210 }).map(String)
		);
		const date = fc
			.tuple(fc.string(), values, fc.constantFrom(undefined, 'START', 'MID', 'END', 'APPROX'))
			.map(([text, value, mod]) => fuzzyDate(text, value, mod as never)!);
		const event = fc.record({
			title: fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0),
			summary: fc.string(),
			start: date,
			confidence: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined })
		});
		fc.assert(
			fc.property(
				fc.array(event, { maxLength: 6 }),
				fc.string({ minLength: 1 }),
				(events, title) => {
					const timeline: Timeline = {
						article: 'story',
						title,
						published: '2020-06-26',
						events: events.map((e, i) => ({
							id: `e${i}`,
							...e,
							...(e.confidence === undefined ? { confidence: undefined } : {}),
							source: { article: 'story', start: 0, end: 0 }
						}))
					};
					for (const e of timeline.events) if (e.confidence === undefined) delete e.confidence;
					const back = importTimelineJs(JSON.parse(JSON.stringify(exportTimelineJs(timeline))), {
						published: '2020-06-26'
					}).timeline;
					expect(back.events.map(({ source: _s, extra: _x, ...e }) => e)).toEqual(
						timeline.events.map(({ source: _s, ...e }) => ({
							...e,
							// Headlines and texts are HTML in TimelineJS: whitespace runs read as one space.
							title: e.title.replace(/\s+/g, ' ').trim() || e.title,
							summary: e.summary.replace(/\s+/g, ' ').trim()
						}))
					);
				}
			),
			{ numRuns: 100 }
		);
	}, 60_000);
});

describe('after a database', () => {
	it('still exports an unedited event as it came, though its keys come back in another order', () => {
		const doc = JSON.parse(fixture('apollo.timelinejs.json')) as TjsDocument;
		const { timeline } = importTimelineJs(doc, options);
		// PostgreSQL's jsonb orders keys by length, then bytes.
		const reorder = (v: unknown): unknown =>
			Array.isArray(v)
				? v.map(reorder)
				: v && typeof v === 'object'
					? Object.fromEntries(
							Object.entries(v)
								.sort(([a], [b]) => a.length - b.length || (a < b ? -1 : 1))
								.map(([k, x]) => [k, reorder(x)])
						)
					: v;
		expect(exportTimelineJs(reorder(timeline) as Timeline)).toEqual(doc);
	});
});

describe('TimelineJS files as people write them (fixtures/wild)', () => {
	const wild = (name: string) =>
		JSON.parse(fixture(`wild/${name}`).replace(/^\uFEFF/, '')) as TjsDocument;
	const read = (name: string) =>
		importTimelineJs(wild(name), { published: '2026-12-05', file: name }).timeline;

	it('takes the words for a date from display_date inside start_date', () => {
		const [first] = read('chronogramm-display-in-date.json').events;
		expect(first!.start).toMatchObject({ text: '15 avril 2002', value: '2002-04-15' });
	});

	it('takes a display date of "." for a hidden date, not for words', () => {
		const [label] = read('hundred-years-war.json').events;
		expect(label!.start).toMatchObject({ text: '', value: '0900', precision: 'year' });
	});

	it('gives a date no words "as written" unless the file wrote a display date', () => {
		const doc = {
			events: [
				{ start_date: { year: 2019, month: 4 }, text: { headline: 'Bounties offered' } },
				{
					start_date: { year: 2019, month: 4 },
					display_date: 'Spring 2019',
					text: { headline: 'Talks' }
				}
			]
		};
		const [plain, said] = importTimelineJs(doc, { published: '2026-12-05' }).timeline.events;
		expect(plain!.start).toMatchObject({ text: '', value: '2019-04', precision: 'month' });
		expect(said!.start).toMatchObject({ text: 'Spring 2019', value: '2019-04' });
		// Exported again, it writes no display date either.
		expect(
			exportTimelineJs(importTimelineJs(doc, { published: '2026-12-05' }).timeline).events[0]
		).not.toHaveProperty('display_date');
	});

	it('names a file without a title slide after the file, so two are two timelines', () => {
		const timeline = read('houston-no-title.json');
		expect(timeline.title).toBe('houston no title');
		expect(timeline.article).toBe('houston-no-title');
		// A title slugify cannot spell leaves the file's name too.
		expect(read('video-eras-object.json').article).toBe('video-eras-object');
	});

	it('keeps eras of another shape as they were, and takes nothing down for them', () => {
		const timeline = read('video-eras-object.json');
		expect(timeline.events).toHaveLength(1);
		expect(exportTimelineJs(timeline).eras).toEqual(wild('video-eras-object.json').eras);
	});

	it('reads an end date of empty strings as no end date', () => {
		const text = fixture('wild/middle-ages-var.js')
			.replace(/^var \w+ = /, '')
			.replace(/;\s*$/, '');
		const timeline = importTimelineJs(JSON.parse(text), { published: '2026-12-05' }).timeline;
		expect(timeline.events[1]!.start).toMatchObject({ value: '1712', precision: 'year' });
		expect(timeline.events[1]!.end).toBeUndefined();
	});

	it('titles an event by its date when its text is a placeholder ("<p>.</p>")', () => {
		const doc = {
			events: [{ start_date: { year: 2011, month: 1, day: 26 }, text: { text: '<p>.</p>' } }]
		};
		const [event] = importTimelineJs(doc, { published: '2026-12-05' }).timeline.events;
		expect(event!.title).toBe('January 26, 2011');
		expect(event!.summary).toBe('.');
	});
});

describe('the byline of an imported timeline', () => {
	const events = [{ start_date: { year: 2018, month: 3 }, text: { headline: 'Judge ruled' } }];
	it('is the file’s own credit (its title slide’s), and its day is unknown', () => {
		const { article, timeline } = importTimelineJs(
			{
				title: { text: { headline: 'Ruling' }, media: { credit: '<b>Ana Ruiz</b>, The Ledger' } },
				events
			},
			{ file: 'ruling.json', published: '2026-12-06' }
		);
		expect(article.source).toBe('Ana Ruiz, The Ledger');
		expect(timeline.publishedUnknown).toBe(true);
		// The import day stays only as what relative dates typed later count from.
		expect(timeline.published).toBe('2026-12-06');
		expect(validateTimeline(timeline, 'ruling.json').publishedUnknown).toBe(true);
	});

	it('is none when the file gives none: never the file’s name', () => {
		for (const [file, content] of [
			['moscow-bomb-hoax.json', fixture('wild/moscow-bomb-hoax.json')],
			['trump100-title-row.csv', fixture('wild/trump100-title-row.csv')],
			['tjs2-pei-college.json', fixture('wild/tjs2-pei-college.json')]
		] as const) {
			const { article } = importTimelineFile(content, { file, published: '2026-12-06' });
			expect(article!.source, file).not.toContain(file.replace(/\.[a-z]+$/, ''));
		}
		const { article } = importTimelineJs({ events }, { file: 'x.json', published: '2026-12-06' });
		expect(article.source).toBe('');
	});
});
