import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { fuzzyDate } from '../timeline';
import type { Timeline } from '../timeline/types';
import TimelineReader from './TimelineReader.svelte';

const timeline: Timeline = {
	title: 'Rowing clubs',
	published: '2024-06-16',
	events: [
		{
			id: 'rift',
			title: 'Clubs stop racing each other',
			summary: 'The two clubs did not race each other at all between 1883 and 1902.',
			start: fuzzyDate('1883', '1883')!,
			end: fuzzyDate('1902', '1902')!,
			source: { article: 'a', start: 0, end: 68 }
		}
	]
} as Timeline;

describe('the list of every event (screen readers and print)', () => {
	it('gives a range both its ends, in its dates and in words', () => {
		const body = render(TimelineReader, { props: { timeline, paragraphs: [] } }).body;
		const row = /<li data-print-event="rift"[^>]*>([\s\S]*?)<\/li>/.exec(body)?.[1] ?? '';
		const text = row.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
		expect(text).toContain('1883 – 1902: Clubs stop racing each other');
		expect(text).toContain('(sometime in 1883 to sometime in 1902)');
	});
});
