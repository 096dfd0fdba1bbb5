import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, exportTimeline, importTimelineFile } from './index';

const fixture = (name: string) =>
	readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('detectFormat', () => {
	it('tells TimelineJS JSON, Dateline JSON and sheets apart, and articles from all three', () => {
		expect(detectFormat('a.json', fixture('apollo.timelinejs.json'))).toBe('timelinejs');
		expect(detectFormat('a.json', '{"events":[{"id":"x","start":{}}]}')).toBe('json');
		expect(detectFormat('sheet.csv', 'Year,Headline\n')).toBe('csv');
		expect(detectFormat('story.md', '---\ntitle: x\n---\nText')).toBeNull();
		expect(detectFormat('story.txt', 'On Monday, it rained.')).toBeNull();
	});
});

describe('importTimelineFile and exportTimeline', () => {
	it('reads a sheet and writes every export format', () => {
		const { format, timeline } = importTimelineFile(fixture('newsroom-sheet.csv'), {
			file: 'sheet.csv',
			published: '2026-12-04',
			slug: 'bounties'
		});
		expect(format).toBe('csv');
		expect(timeline.article).toBe('bounties');
		expect(JSON.parse(exportTimeline(timeline, 'json').body).events).toHaveLength(4);
		expect(JSON.parse(exportTimeline(timeline, 'timelinejs').body).eras).toHaveLength(1);
		expect(exportTimeline(timeline, 'csv').body).toMatch(/^"Year","Month","Day","Time"/);
		const ics = exportTimeline(timeline, 'ics');
		expect(ics.body).toMatch(/^BEGIN:VCALENDAR/);
		expect(ics.warnings).toEqual([
			'event "bc0044-03-15-caesar-assassinated" left out: iCalendar has no years before AD 1 (Ides of March)'
		]);
	});

	it('says where a file is not JSON', () => {
		expect(() =>
			importTimelineFile('{"events": [', { file: 'broken.json', published: '2026-12-04' })
		).toThrow(/^broken\.json: not valid JSON/);
	});
});

describe('through the validator', () => {
	it('keeps what TimelineJS said beyond Dateline, so a stored timeline still exports it', async () => {
		const { validateTimeline } = await import('../timeline/validate');
		const { timeline } = importTimelineFile(fixture('apollo.timelinejs.json'), {
			file: 'apollo.json',
			published: '2026-12-04'
		});
		const stored = validateTimeline(JSON.parse(JSON.stringify(timeline)), 'stored');
		expect(JSON.parse(exportTimeline(stored, 'timelinejs').body)).toEqual(
			JSON.parse(fixture('apollo.timelinejs.json'))
		);
	});
});
