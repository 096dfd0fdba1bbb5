import { describe, expect, it } from 'vitest';
import { EVENT_FIELDS, FUZZY_DATE_FIELDS, SOURCE_FIELDS, TIMELINE_FIELDS } from './fields';
import { fuzzyDate } from './fuzzy-date';
import { DataError } from './problems';
import { timelineSchema } from './schema';
import { validateTimeline } from './validate';

const event = (over: Record<string, unknown> = {}) => ({
	id: '2019-bounties',
	title: 'Russian unit offered rewards',
	summary: 'The unit offered rewards last year.',
	start: fuzzyDate('last year', '2019'),
	source: { article: 'seed', start: 0, end: 35 },
	...over
});

function problemsOf(json: unknown): string[] {
	try {
		validateTimeline(json, 'data/timelines/seed.json');
	} catch (e) {
		if (e instanceof DataError) return e.problems.map((p) => `${p.where}: ${p.message}`);
		throw e;
	}
	return [];
}

describe('validateTimeline', () => {
	it('accepts a well-formed timeline and returns an equal copy, not the object it was given', () => {
		const json = { events: [event()] };
		const timeline = validateTimeline(json, 'x.json');
		expect(timeline).toEqual(json);
		expect(timeline).not.toBe(json);
		expect(timeline.events[0]).not.toBe(json.events[0]);
	});

	it('publishes only known fields and warns about every other key, at every level', () => {
		const json = JSON.parse(
			JSON.stringify({
				notes: 'call the reviewer',
				events: [
					event({
						reviewer: 'A. Person',
						start: { ...event().start, draft: true },
						source: { article: 'seed', start: 0, end: 35, page: 3 }
					})
				]
			})
		);
		const warnings: { where: string; message: string }[] = [];
		const timeline = validateTimeline(json, 'data/timelines/seed.json', warnings);
		const published = JSON.stringify(timeline);
		for (const secret of ['call the reviewer', 'A. Person', 'draft', 'page']) {
			expect(published).not.toContain(secret);
		}
		expect(warnings.map((w) => `${w.where}: ${w.message.split(' (')[0]}`)).toEqual([
			'data/timelines/seed.json: unknown field "notes" is not published',
			'data/timelines/seed.json: events[0] (id "2019-bounties"): unknown field "reviewer" is not published',
			'data/timelines/seed.json: events[0] (id "2019-bounties"): start: unknown field "draft" is not published',
			'data/timelines/seed.json: events[0] (id "2019-bounties"): source: unknown field "page" is not published'
		]);
	});

	it('leaves out __proto__ keys and deeply nested extras without touching any prototype', () => {
		let deep = '1';
		for (let i = 0; i < 10_000; i++) deep = `{"a":${deep}}`;
		const json = JSON.parse(
			`{"__proto__": {"polluted": true}, "notes": ${deep}, "events": [${JSON.stringify(event()).replace(/^\{/, '{"__proto__": {"x": 1}, ')}]}`
		);
		const warnings: { where: string; message: string }[] = [];
		const timeline = validateTimeline(json, 'x.json', warnings);
		expect(Object.keys(timeline)).toEqual(['events']);
		expect(Object.getPrototypeOf(timeline)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(JSON.stringify(timeline)).not.toContain('__proto__');
		expect(warnings.map((w) => w.message)).toEqual([
			expect.stringContaining('"__proto__"'),
			expect.stringContaining('"notes"'),
			expect.stringContaining('"__proto__"')
		]);
	});

	it('keeps the fields another format gave (extra) only as plain, shallow JSON objects', () => {
		let deep = '1';
		for (let i = 0; i < 10_000; i++) deep = `{"a":${deep}}`;
		const kept = {
			...event(),
			extra: { timelinejs: { media: { url: 'https://x.example/a.jpg' } } }
		};
		const ok = validateTimeline(
			{ events: [kept], extra: { timelinejs: { scale: 'human' } } },
			'x.json'
		);
		expect(ok.events[0]!.extra).toEqual(kept.extra);
		expect(() =>
			validateTimeline(JSON.parse(`{"events": [], "extra": ${deep}}`), 'x.json')
		).toThrow(/x\.json: extra: nested deeper than 32 levels/);
		expect(() => validateTimeline({ events: [{ ...event(), extra: [1] }] }, 'x.json')).toThrow(
			/extra: expected an object of fields kept from another format/
		);
	});

	it('caps the warnings of one file and says how many more there are', () => {
		const json: Record<string, unknown> = { events: [] };
		for (let i = 0; i < 500; i++) json[`k${i}`] = i;
		const warnings: { where: string; message: string }[] = [];
		validateTimeline(json, 'x.json', warnings);
		expect(warnings).toHaveLength(21);
		expect(warnings.at(-1)!.message).toBe('and 480 more unknown fields, none of them published');
	});

	it('refuses more events than a timeline may hold, saying the limit', () => {
		const events = Array.from({ length: 100_001 }, () => null);
		expect(problemsOf({ events })).toEqual([
			'data/timelines/seed.json: events: has 100,001 events; a timeline holds at most 100,000, so split it into several timelines'
		]);
	});

	it('names the file, the event and the field of each problem', () => {
		const problems = problemsOf({
			events: [event(), event({ id: 'b', start: { ...event().start, value: '' } })]
		});
		expect(problems).toEqual([
			'data/timelines/seed.json: events[1] (id "b"): start.value: expected a TIMEX3 value such as "2020-03"'
		]);
	});

	it('reports every problem at once, not just the first', () => {
		const problems = problemsOf({
			events: [event({ id: 'Bad Id', title: '', source: { article: 'seed', start: 9, end: 3 } })]
		});
		expect(problems).toHaveLength(3);
		expect(problems.join('\n')).toMatch(/id: expected lower-case/);
		expect(problems.join('\n')).toMatch(/title: expected a non-empty string/);
		expect(problems.join('\n')).toMatch(/source\.end: ends \(3\) before it starts \(9\)/);
	});

	it('refuses duplicate ids, unknown modifiers and malformed instants', () => {
		const start = { ...event().start, mod: 'LATE', earliest: '2019-01-01' };
		const problems = problemsOf({ events: [event(), event({ start })] });
		expect(problems.join('\n')).toMatch(/id: another event already has this id/);
		expect(problems.join('\n')).toMatch(/start\.mod: "LATE" is not a TIMEX3 modifier/);
		expect(problems.join('\n')).toMatch(/start\.earliest: expected an ISO 8601 UTC instant/);
	});

	it('says what a timeline file should look like when it is not one', () => {
		expect(problemsOf([1, 2])).toEqual([
			'data/timelines/seed.json: expected a JSON object like { "events": [...] }, found an array'
		]);
		expect(problemsOf({})).toEqual([
			'data/timelines/seed.json: events: expected an array of events, found nothing'
		]);
	});
});

describe('timelineSchema', () => {
	it('allows exactly the fields the validator publishes, and no others', () => {
		const event = timelineSchema.properties.events.items;
		const levels = [
			[timelineSchema, TIMELINE_FIELDS],
			[event, EVENT_FIELDS],
			[timelineSchema.$defs.fuzzyDate, FUZZY_DATE_FIELDS],
			[timelineSchema.$defs.source, SOURCE_FIELDS]
		] as const;
		for (const [schema, fields] of levels) {
			expect(schema.additionalProperties).toBe(false);
			expect(Object.keys(schema.properties).sort()).toEqual([...fields].sort());
		}
	});

	it('publishes the same required fields the validator enforces', () => {
		const item = timelineSchema.properties.events.items;
		expect(item.required).toEqual(['id', 'title', 'summary', 'start', 'source']);
		expect(timelineSchema.$defs.fuzzyDate.required).toEqual([
			'text',
			'value',
			'earliest',
			'latest',
			'precision'
		]);
	});
});
