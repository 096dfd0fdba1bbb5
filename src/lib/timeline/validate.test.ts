import { describe, expect, it } from 'vitest';
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
	it('accepts a well-formed timeline and returns it unchanged', () => {
		const json = { events: [event()] };
		expect(validateTimeline(json, 'x.json')).toBe(json);
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
			'data/timelines/seed.json: expected a JSON object like { "events": [...] }'
		]);
		expect(problemsOf({})).toEqual([
			'data/timelines/seed.json: events: expected an array of events'
		]);
	});
});

describe('timelineSchema', () => {
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
