import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './article';
import { extractTimeline } from './events';

const file = 'data/articles/russian-bounties-taliban.md';
const article = parseArticle(readFileSync(file, 'utf8'), 'russian-bounties-taliban', file);
const timeline = extractTimeline(article);
const find = (words: RegExp) =>
	timeline.events.filter((e) => words.test(e.summary) && words.test(e.title + e.summary));

describe('the seed article (NYT, 2020-06-26) becomes its timeline', () => {
	it('reads the publication date from the front matter', () => {
		expect(timeline.published).toBe('2020-06-26');
		expect(timeline.article).toBe('russian-bounties-taliban');
	});

	// what happened, how the sentence says it, value, mod, precision
	const expected: [string, RegExp, string, string | undefined, string][] = [
		[
			'the 2016 presidential-election interference',
			/interfered in 2016 presidential election/i,
			'2016',
			undefined,
			'year'
		],
		['the Helsinki summit', /summit in Helsinki/i, '2018', undefined, 'year'],
		[
			'twenty Americans killed in combat',
			/Twenty Americans killed in combat in Afghanistan/,
			'2019',
			undefined,
			'year'
		],
		['the bounties offered "last year"', /Russian unit offered rewards/, '2019', undefined, 'year'],
		[
			'the briefing and NSC meeting "in late March"',
			/Intelligence finding briefed to President Donald Trump/,
			'2020-03',
			'END',
			'month'
		],
		[
			'the finding concluded "months ago"',
			/United States concluded/,
			'PAST_REF',
			undefined,
			'approximate'
		],
		['the report itself', /publishes this report/, '2020-06-26', undefined, 'day']
	];
	it.each(expected)('finds %s', (_what, title, value, mod, precision) => {
		const event = timeline.events.find((e) => title.test(e.title));
		expect(event, `no event titled ${title}`).toBeDefined();
		expect(event!.start.value).toBe(value);
		expect(event!.start.mod).toBe(mod);
		expect(event!.start.precision).toBe(precision);
	});

	it('dates "late March" to the last third of March before publication', () => {
		const [event] = find(/late March/);
		expect(event!.start).toMatchObject({
			text: 'late March',
			earliest: '2020-03-21T00:00:00.000Z',
			latest: '2020-03-31T23:59:59.999Z'
		});
	});

	it('dates "months ago" as approximate and before June 2020', () => {
		const event = timeline.events.find((e) => e.start.text === 'months ago')!;
		expect(Date.parse(event.start.latest)).toBeLessThan(Date.parse('2020-06-01'));
		expect(event.confidence).toBeLessThan(
			timeline.events.find((e) => e.start.value === '2018')!.confidence!
		);
	});

	it('orders events by date and gives each a unique, URL-safe id', () => {
		const ids = timeline.events.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
		const years = timeline.events.map((e) => e.start.earliest);
		expect(years[0]).toMatch(/^2016/);
		expect(years.at(-1)).toMatch(/^2020-06-26/);
	});

	it("keeps each event's sentence as its summary and points at it by offset", () => {
		for (const event of timeline.events) {
			expect(article.text.slice(event.source.start, event.source.end)).toBe(event.summary);
			expect(event.source.article).toBe('russian-bounties-taliban');
		}
	});

	it('makes no event of page chrome (headlines, captions, byline, "Load more")', () => {
		const chrome =
			/^(Russia pays Taliban|American troops in Afghanistan|U\.S\. troops|By New York Times|Load more)/;
		for (const event of timeline.events) expect(event.summary).not.toMatch(chrome);
		expect(timeline.events).toHaveLength(7);
	});

	it("writes titles like a timeline's, not truncated sentences", () => {
		for (const event of timeline.events) {
			expect(event.title.split(' ').length).toBeLessThanOrEqual(11);
			expect(event.title).not.toMatch(/[,;:…]$|\b(the|a|of|in|and)$/i);
			expect(event.title).not.toMatch(/\b(officials said|reported)\b/);
		}
	});

	it('re-reads the same article into the same ids', () => {
		expect(extractTimeline(article).events.map((e) => e.id)).toEqual(
			timeline.events.map((e) => e.id)
		);
	});
});
