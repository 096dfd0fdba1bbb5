import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../timeline/types';
import EventCard from './EventCard.svelte';

const event = (over: Partial<TimelineEvent>): TimelineEvent => ({
	id: 'e',
	title: 'Nasdaq fell 3 percent',
	summary: 'The Nasdaq fell 3 percent.',
	start: {
		text: 'August 5, 2024',
		value: '2024-08-05',
		earliest: '2024-08-05T00:00:00.000Z',
		latest: '2024-08-05T23:59:59.999Z',
		precision: 'day'
	},
	source: { article: 'a', start: 0, end: 26 },
	...over
});
const html = (e: TimelineEvent) =>
	render(EventCard, { props: { event: e, onclose: () => {} } }).body;

describe('EventCard tells written dates from inferred ones, and plans from happenings', () => {
	it('says a date was inferred instead of quoting it "as written"', () => {
		const written = html(event({}));
		expect(written).toContain('As written');
		expect(written).not.toContain('Date inferred');
		const inferred = html(event({ start: { ...event({}).start, inferred: true } }));
		expect(inferred).toContain('Date inferred');
		expect(inferred).not.toContain('As written');
	});

	it('marks a plan as not yet happened', () => {
		expect(html(event({ kind: 'plan' }))).toContain('planned, not yet happened');
		expect(html(event({}))).not.toContain('planned');
	});
});
