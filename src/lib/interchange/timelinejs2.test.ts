import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../timeline/problems';
import { exportTimeline, importTimelineFile } from './index';
import { fromTimelineJs2, isTimelineJs2, tjs2Date } from './timelinejs2';

const wild = (name: string) =>
	readFileSync(new URL(`./fixtures/wild/${name}`, import.meta.url), 'utf8');
const published = '2026-12-05';

describe('TimelineJS 2 dates', () => {
	// One row per form TimelineJS 2 read: the string, the TimelineJS 3 fields it means.
	const rows: [string, object | null][] = [
		['2011,12,10,07,02,10', { year: 2011, month: 12, day: 10, hour: 7, minute: 2, second: 10 }],
		['2011,12,11,08,11', { year: 2011, month: 12, day: 11, hour: 8, minute: 11 }],
		['1985,12,', { year: 1985, month: 12 }],
		['1981,01,20', { year: 1981, month: 1, day: 20 }],
		['2006', { year: 2006 }],
		['-500', { year: -500 }],
		['2012-01-26', { year: 2012, month: 1, day: 26 }],
		['2012-01-26T14:30', { year: 2012, month: 1, day: 26, hour: 14, minute: 30 }],
		['1/26/2012', { year: 2012, month: 1, day: 26 }],
		['last spring', null],
		['', null]
	];
	for (const [text, fields] of rows) {
		it(`"${text}" → ${JSON.stringify(fields)}`, () => expect(tjs2Date(text)).toEqual(fields));
	}
});

describe('TimelineJS 2 documents', () => {
	it('reads the title slide, dates, assets and tags under their TimelineJS 3 names', () => {
		const json = JSON.parse(wild('tjs2-tags-classnames.json'));
		expect(isTimelineJs2(json)).toBe(true);
		const { doc, problems } = fromTimelineJs2(json, 'tags.json');
		expect(problems).toEqual([]);
		expect(doc.title).toEqual({ text: { headline: 'Sh*t People Say', text: 'People say stuff' } });
		expect(doc.events[0]).toEqual({
			start_date: { year: 2011, month: 12, day: 12 },
			end_date: { year: 2012, month: 1, day: 27 },
			text: { headline: 'Vine', text: '<p>Vine Test</p>' },
			media: { url: 'https://vine.co/v/b55LOA1dgJU', credit: '', caption: '' },
			group: 'era1',
			classname: 'timeSpecial1'
		});
		expect(doc).toMatchObject({ type: 'default', startDate: '2012,1,26' });
	});

	it('imports a TimelineJS 2 file to the field it gives, and exports it as TimelineJS 3', () => {
		const { format, timeline } = importTimelineFile(wild('tjs2-blog-json.js'), {
			file: 'tjs2-blog-json.js',
			published
		});
		expect(format).toBe('timelinejs');
		expect(timeline.events[0]!.start).toMatchObject({
			value: '2011-12-10T07:02:10',
			precision: 'time'
		});
		expect(timeline.events[0]!.end).toMatchObject({ value: '2011-12-11T08:11' });
		const pei = importTimelineFile(wild('tjs2-pei-college.json'), { file: 'pei.json', published });
		expect(pei.timeline.title).toBe('Fanning grants land');
		expect(pei.timeline.events[0]!.start).toMatchObject({ value: '1834', precision: 'year' });
		const out = JSON.parse(exportTimeline(pei.timeline, 'timelinejs').body);
		expect(out.events[0]).toMatchObject({
			start_date: { year: 1834 },
			end_date: { year: 1856 },
			media: { url: 'http://www.edu.pe.ca/paro/exhibits/images/pw230176.jpg' }
		});
		expect(out.timeline).toBeUndefined();
	});

	it('names bad dates as the TimelineJS 2 file names them', () => {
		const bad = {
			timeline: {
				headline: 'x',
				date: [
					{ startDate: '2012,13,1', headline: 'a' },
					{ startDate: 'last spring', headline: 'b' },
					{ headline: 'c' },
					{ startDate: '2012,1,5', endDate: '2011', headline: 'd' }
				]
			}
		};
		let error: unknown;
		try {
			importTimelineFile(JSON.stringify(bad), { file: 'old.json', published });
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(DataError);
		expect((error as DataError).problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
			'old.json: timeline.date[0]: startDate: month: 13 is out of range (1–12)',
			'old.json: timeline.date[1]: startDate: "last spring" is not a date TimelineJS 2 reads; write it as "2012,1,26" (year, month, day)',
			'old.json: timeline.date[2]: startDate: missing; write it as "2012,1,26"'
		]);
		// Once the dates read, what is left is named in TimelineJS 2's terms too.
		const later = { timeline: { date: [bad.timeline.date[3]] } };
		expect(() =>
			importTimelineFile(JSON.stringify(later), { file: 'old.json', published })
		).toThrow('old.json: timeline.date[0]: endDate: ends before startDate');
	});
});
