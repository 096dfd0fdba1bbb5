import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './article';
import { extractTimeline } from './events';

/** A chronology's timeline without the report's own event. */
function timelineOf(file: string) {
	const slug = file.replace(/^.*\/|\.md$/g, '');
	const timeline = extractTimeline(parseArticle(readFileSync(file, 'utf8'), slug, file));
	return timeline.events.filter((e) => !/publishes this report$/.test(e.title));
}
const at = (events: ReturnType<typeof timelineOf>, value: string) =>
	events.filter((e) => e.start.value === value).map((e) => e.title);

describe('chronologies: a date heading each line dates the line after its dash', () => {
	// The chart suite's 41-event chronology; it once came out as 2 events.
	const boeing = timelineOf(
		join(import.meta.dirname, '../../../tests/fixtures/articles/boeing-737-max-timeline.md')
	);

	it('makes one event of every one of the 39 lines, titled from the text after the dash', () => {
		const lines = readFileSync(
			join(import.meta.dirname, '../../../tests/fixtures/articles/boeing-737-max-timeline.md'),
			'utf8'
		).match(/^[A-Z][a-z]+\.? \d{1,2}, \d{4} — /gm);
		expect(lines).toHaveLength(39);
		// Each line's date has an event; "in January" inside a line is one more.
		expect(boeing.filter((e) => /^\d{4}-\d\d-\d\d$/.test(e.start.value))).toHaveLength(39);
		expect(at(boeing, '2011-08-30')).toEqual([
			'Boeing launches 737 Max after American Airlines orders Airbus planes'
		]);
		expect(at(boeing, '2019-03-11')).toEqual([
			'China orders its airlines to ground their 737 Max jets'
		]);
		expect(at(boeing, '2019-12-23')).toEqual(['Boeing fires Mr. Muilenburg']);
		expect(at(boeing, '2022-03-23')).toEqual(['Jury in Texas acquits former test pilot']);
		for (const e of boeing) expect(e.title.split(' ').length, e.title).toBeGreaterThan(1);
	});

	it('names who said what when the line is a saying', () => {
		expect(at(boeing, '2019-12-16')).toEqual(['Boeing says it will suspend 737 Max production']);
	});

	// Written for this test, not tuned on: colons and en dashes, months without days, and a
	// wire dateline on the lede.
	const notreDame = timelineOf(join(import.meta.dirname, 'fixtures/chronologies/notre-dame.md'));

	it('reads colons, en dashes and month-only dates on a chronology it was not tuned on', () => {
		expect(at(notreDame, '2019-04-16')).toEqual([
			'President Emmanuel Macron vows to rebuild cathedral within five years'
		]);
		expect(at(notreDame, '2019-07-16')).toEqual([
			'Parliament passes law creating public body to oversee restoration'
		]);
		expect(at(notreDame, '2022-03')).toEqual([
			'Archaeologists uncover lead sarcophagus beneath transept floor'
		]);
		expect(at(notreDame, '2023-12-16')).toEqual([
			'New oak frame for spire lifted into place by crane'
		]);
		// Twelve lines, each dated once (a line's clock time dates its own day more finely).
		const entries = notreDame.filter((e) => e.start.value < '2024-12-08');
		expect(entries).toHaveLength(12);
	});
});

describe('datelines and entries', () => {
	it('keeps a dateline out of a title and a month in capitals out of a dateline', () => {
		const text = [
			'WASHINGTON — The Senate passed the bill on Tuesday after a long debate.',
			'MARCH 8, 2017 — The agency certifies the plane for commercial service.',
			'- 2011: Boeing launches the 737 Max after a big order from American.'
		].join('\n\n');
		const events = extractTimeline({
			slug: 's',
			title: 'S',
			source: 'X',
			published: '2024-12-09',
			text
		}).events.map((e) => [e.start.value, e.title]);
		expect(events).toContainEqual(['2024-12-03', 'Senate passed bill after long debate']);
		expect(events).toContainEqual(['2017-03-08', 'Agency certifies plane for commercial service']);
		expect(events).toContainEqual([
			'2011',
			'Boeing launches 737 Max after big order from American'
		]);
	});

	it('titles the main clause after a scene-setting date, even when it opens "the first"', () => {
		const text =
			'On Nov. 9, 1967, the first Saturn V rocket flew without a crew. Stocks fell on Tuesday, the biggest drop since December.';
		const events = extractTimeline({
			slug: 's',
			title: 'S',
			source: 'X',
			published: '2024-12-12',
			text
		}).events.map((e) => e.title);
		expect(events).toContain('First Saturn V rocket flew without crew');
		expect(events).toContain('Stocks fell');
	});
});
