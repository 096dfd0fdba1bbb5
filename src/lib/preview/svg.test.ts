import { describe, expect, it } from 'vitest';
import { fuzzyDate } from '../timeline/fuzzy-date';
import type { Timeline, TimelineEvent } from '../timeline/types';
import { escapeXml, PREVIEW_HEIGHT, PREVIEW_WIDTH, previewSvg } from './svg';

const event = (id: string, title: string, value: string): TimelineEvent => ({
	id,
	title,
	summary: title,
	start: fuzzyDate(value, value)!,
	source: { article: 'a', start: 0, end: 1 }
});

const timeline = (events: TimelineEvent[]): Timeline => ({
	article: 'a',
	title: 'T',
	published: '2020-06-26',
	events
});

describe('previewSvg: a timeline as a link preview', () => {
	it('draws every event at the size link previews use', () => {
		const svg = previewSvg(
			timeline([event('a', 'First thing', '2016'), event('b', 'Second thing', '2020-06-26')]),
			{ title: 'A story', byline: 'The Paper · Jun 26, 2020' }
		);
		expect(svg).toContain(`width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}"`);
		expect(svg).toContain('First thing');
		expect(svg).toContain('2 dated events');
		expect(svg).toMatch(/<circle /);
		expect(svg).toMatch(/<rect [^>]*stroke-width="1.5"/);
	});

	it('labels a range with both its ends, as the chart does', () => {
		const rift = { ...event('r', 'Clubs stop racing', '1883'), end: fuzzyDate('1902', '1902')! };
		const svg = previewSvg(timeline([rift, event('b', 'Record set', '2024-06-15')]), {
			title: 'Rowing',
			byline: ''
		});
		expect(svg).toContain('>1883 – 1902<');
	});

	it('never lets an article’s text become markup', () => {
		const svg = previewSvg(timeline([event('a', '<script>alert(1)</script>', '2016')]), {
			title: 'Tom & Jerry <b>',
			byline: '"Quoted"'
		});
		expect(svg).not.toContain('<script');
		expect(svg).not.toContain('<b>');
		expect(svg).toContain('Tom &amp; Jerry &lt;b&gt;');
		expect(escapeXml(`'"<>&`)).toBe('&apos;&quot;&lt;&gt;&amp;');
	});

	it('groups events too close to label into a cluster with a count, as the chart does', () => {
		const many = Array.from({ length: 60 }, (_, i) =>
			event(`e${i}`, `Event ${i}`, `2020-03-${String((i % 28) + 1).padStart(2, '0')}`)
		);
		expect(previewSvg(timeline(many), { title: 'Dense', byline: 'x' })).toMatch(/\d+ events/);
	});
});
