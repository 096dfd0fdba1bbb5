import { describe, expect, it } from 'vitest';
import { fuzzyDate } from './fuzzy-date';
import type { Timeline } from './types';
import { packTimeline, unpackTimeline } from './wire';

const sentences = [
	{ start: 0, end: 20, text: 'The plant closed in 2019.' },
	{ start: 21, end: 40, text: 'It reopened in May.' }
];
const timeline: Timeline = {
	article: 'a',
	title: 'A',
	published: '2020-06-26',
	events: [
		{
			id: 'a',
			title: 'Plant closed',
			summary: 'The plant closed in 2019.',
			start: fuzzyDate('2019', '2019')!,
			source: { article: 'a', start: 0, end: 20 }
		},
		{
			id: 'b',
			title: 'Reopened',
			summary: 'An editor wrote this summary.',
			start: fuzzyDate('May', '2020-05')!,
			source: { article: 'a', start: 21, end: 40 }
		}
	]
};

describe('packTimeline', () => {
	it('leaves out summaries the article text already holds, and only those', () => {
		const wire = packTimeline(timeline, sentences);
		expect(wire.events[0]).not.toHaveProperty('summary');
		expect(wire.events[1]!.summary).toBe('An editor wrote this summary.');
	});

	it('round-trips: unpacking gives the timeline back', () => {
		expect(unpackTimeline(packTimeline(timeline, sentences), sentences)).toEqual(timeline);
	});
});
