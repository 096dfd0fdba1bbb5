import { describe, expect, it } from 'vitest';
import { fuzzyDate } from '../timeline/fuzzy-date';
import type { Timeline } from '../timeline/types';
import { exportIcs } from './ics';

const event = (id: string, value: string, mod?: 'END') => ({
	id,
	title: `Event ${id}, with <b>markup</b>; and a comma`,
	summary: 'It happened.',
	start: fuzzyDate(value, value, mod)!,
	source: { article: 's', start: 0, end: 0 }
});

describe('iCalendar export', () => {
	const timeline: Timeline = {
		article: 'story',
		title: 'Story',
		published: '2020-06-26',
		events: [
			event('day', '2020-06-26'),
			event('late', '2020-03', 'END'),
			event('clock', '2020-06-26T14:30'),
			{
				...event('bc', '2020'),
				start: { ...fuzzyDate('44 BC', '2020')!, earliest: '-000043-01-01T00:00:00.000Z' }
			}
		]
	};
	const { ics, skipped } = exportIcs(timeline, { origin: 'https://dateline.example' });
	const lines = ics.replace(/\r\n /g, '').split('\r\n');

	it('writes a day as an all-day event and a fuzzy date as the days it can mean', () => {
		expect(lines).toContain('DTSTART;VALUE=DATE:20200626');
		expect(lines).toContain('DTEND;VALUE=DATE:20200627');
		expect(lines).toContain('DTSTART;VALUE=DATE:20200321');
		expect(lines).toContain('DTEND;VALUE=DATE:20200401');
		expect(lines).toContain('DTSTART:20200626T143000Z');
		expect(lines).toContain('DTEND:20200626T143100Z');
	});

	it('escapes text as RFC 5545 asks, links each event and stamps the publication day', () => {
		expect(lines).toContain('SUMMARY:Event day\\, with <b>markup</b>\\; and a comma');
		expect(lines).toContain('URL;VALUE=URI:https://dateline.example/t/story#day');
		expect(lines.filter((l) => l.startsWith('DTSTAMP:'))).toEqual(
			Array(3).fill('DTSTAMP:20200626T000000Z')
		);
	});

	it("links to the timeline's own address when its slug is not its article's name", () => {
		const renamed = exportIcs(timeline, { origin: 'https://dateline.example', slug: 'renamed' });
		expect(renamed.ics.replace(/\r\n /g, '')).toContain(
			'URL;VALUE=URI:https://dateline.example/t/renamed#day'
		);
	});

	it('leaves out what iCalendar cannot hold and says so', () => {
		expect(skipped).toEqual([{ id: 'bc', reason: 'iCalendar has no years before AD 1 (44 BC)' }]);
		expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);
	});
});
