import { afterEach, describe, expect, it, vi } from 'vitest';
import { syntheticEvents } from '../../../scripts/synthetic';
import { buildIndex } from '../layout/event-index';
import { CHUNK, openingEvents, summarize } from '../layout/sparse-index';
import { timeDomain } from '../layout/time-scale';
import type { TimelineEvent } from '../timeline/types';
import { RangedChart } from './ranged-chart.svelte';
import { ViewState } from './view.svelte';

/**
 * scripts/synthetic.ts's 10,000 events, sent as the server sends a long timeline: the summary
 * and the opening view's events in the page, the rest by chunk from a stubbed fetch.
 */
function rangedStory(width: number) {
	const events = syntheticEvents(10_000, 'long') as TimelineEvent[];
	const index = buildIndex(events);
	const sorted = Array.from(index.order, (i) => events[i]!);
	const [d0, d1] = timeDomain(events);
	const summary = summarize(index, [d0.getTime(), d1.getTime()]);
	const opening = openingEvents(summary, (rank) => sorted[rank]!);
	const ranks = Object.keys(opening).map(Number);
	const carried = ranks.map((rank) => opening[rank]!);
	vi.stubGlobal('fetch', async (url: string) => {
		const chunk = Number(/\/(\d+)\.json$/.exec(url)![1]);
		const body = { first: chunk * CHUNK, events: sorted.slice(chunk * CHUNK, (chunk + 1) * CHUNK) };
		return { ok: true, json: async () => body };
	});
	const view = new ViewState([d0, d1], width);
	const chart = new RangedChart(summary, carried, ranks, view, '/t/long/events', []);
	chart.width = width;
	return chart;
}

/** The view once what it shows has landed: it loads until loading changes nothing. */
async function settled(chart: RangedChart) {
	for (let version = -1; version !== chart.version;) {
		version = chart.version;
		await chart.loadView();
	}
	return chart.viewOf(chart.activeBand);
}

afterEach(() => void vi.unstubAllGlobals());

describe('RangedChart: opening a cluster', () => {
	for (const width of [336, 1232])
		it(`at ${width} px one tap on a cluster of thousands opens to several labelled events once its range has landed`, async () => {
			const chart = rangedStory(width);
			const cluster = (await settled(chart)).items
				.filter((i) => i.kind === 'cluster')
				.reduce((a, b) => (b.count > a.count ? b : a));
			expect(cluster.count).toBeGreaterThan(1000);
			const rank = await chart.open(cluster.first, cluster.last);
			const shown = chart.view.transform;
			const items = (await settled(chart)).items;
			// The tap's one move: the loaded range moves no view.
			expect(chart.view.transform).toBe(shown);
			const labelled = items.filter((i) => i.kind === 'event' && i.anchorX >= 0 && i.anchorX <= 1);
			expect(labelled.length).toBeGreaterThanOrEqual(width < 900 ? 2 : 3);
			expect(labelled.map((i) => i.first)).toContain(rank);
			for (const item of items) expect(item.count).toBeLessThan(cluster.count / 10);
		});
});
