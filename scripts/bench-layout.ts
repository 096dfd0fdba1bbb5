/**
 * `npm run bench:layout`: the timeline chart's layout from 1,000 to 1,000,000 events. For each
 * size it times building the index and a fixed reading session (the whole timeline, then ten
 * zoom steps into a dense stretch and a pan across it), as a reader's chart would ask for it,
 * prints the time per event and the growth exponent between sizes (target ≤ 1.1), and the old
 * approach's cost model beside it: a whole-timeline layout on every frame.
 */
import { BANDS, bandOf } from '../src/lib/layout/bands';
import { ChartLayout } from '../src/lib/layout/chart-layout';
import { buildIndex } from '../src/lib/layout/event-index';
import { timeDomain } from '../src/lib/layout/time-scale';
import { compareFuzzyDates, fuzzyDate } from '../src/lib/timeline/fuzzy-date';
import type { TimelineEvent } from '../src/lib/timeline/types';

const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const DAY = 86_400_000;

/** A long story: events over 60 years, bunched around a few crises, some on the same day. */
function events(n: number): TimelineEvent[] {
	let seed = 42;
	const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
	const start = Date.UTC(1960, 0, 1);
	const span = 60 * 365 * DAY;
	const crises = [0.2, 0.55, 0.9];
	const out: TimelineEvent[] = [];
	for (let i = 0; i < n; i++) {
		const r = random();
		const centre = crises[i % crises.length]!;
		const at = r < 0.5 ? random() : centre + (random() - 0.5) * 0.02;
		const day = new Date(start + Math.max(0, Math.min(1, at)) * span).toISOString().slice(0, 10);
		out.push({
			id: `e${i}`,
			title: `Event ${i}`,
			summary: '',
			start: fuzzyDate(day, i % 9 === 0 ? day.slice(0, 7) : day)!,
			source: { article: 'bench', start: 0, end: 0 }
		});
	}
	// In date order, as extraction and the editor deliver timelines, and read from JSON as the
	// server reads a revision and a page its range files: objects made in date order lie in
	// memory in that order. Indexing the sorted array of the objects made above instead would
	// time mostly cache misses (a million events in random places), not the index.
	out.sort((a, b) => compareFuzzyDates(a.start, b.start));
	return JSON.parse(JSON.stringify(out)) as TimelineEvent[];
}

function session(layout: ChartLayout): number {
	const [d0, d1] = layout.domain;
	let items = layout.view(d0, d1).items.length;
	const focus = d0 + 0.55 * (d1 - d0);
	let span = d1 - d0;
	for (let step = 0; step < 10; step++) {
		span /= 2;
		items += layout.view(focus - span / 2, focus + span / 2).items.length;
	}
	for (let pan = 0; pan < 20; pan++) {
		const from = focus - span * 5 + pan * (span / 2);
		items += layout.view(from, from + span).items.length;
	}
	return items;
}

const timeOf = (run: () => void) => {
	const t0 = performance.now();
	run();
	return performance.now() - t0;
};

const rows: { n: number; index: number; layout: number; total: number }[] = [];
const band = BANDS[bandOf(1280)]!;
for (const n of SIZES) {
	const data = events(n);
	const domain = timeDomain(data).map((d) => d.getTime()) as [number, number];
	// Best of three, so a noisy machine's pauses weigh less.
	let best = { index: Infinity, layout: Infinity };
	for (let run = 0; run < 3; run++) {
		let index = buildIndex(data);
		const tIndex = timeOf(() => (index = buildIndex(data)));
		const layout = new ChartLayout(index, domain, band);
		const tLayout = timeOf(() => session(layout));
		best = { index: Math.min(best.index, tIndex), layout: Math.min(best.layout, tLayout) };
	}
	rows.push({ n, ...best, total: best.index + best.layout });
}

const fmt = (ms: number) => ms.toFixed(ms < 10 ? 2 : 0);
console.log('Chart layout: index once, then the whole view, 10 zoom steps and 20 pans (best of 3)');
console.log('');
console.log('| events | index (ms) | session (ms) | total (ms) | µs per event | growth exponent |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
rows.forEach((row, i) => {
	const previous = rows[i - 1];
	const exponent = previous
		? (Math.log(row.total / previous.total) / Math.log(row.n / previous.n)).toFixed(2)
		: '–';
	console.log(
		`| ${row.n.toLocaleString('en')} | ${fmt(row.index)} | ${fmt(row.layout)} | ${fmt(row.total)} | ${((row.total * 1000) / row.n).toFixed(3)} | ${exponent} |`
	);
});
const first = rows[0]!;
const last = rows[rows.length - 1]!;
const overall = Math.log(last.total / first.total) / Math.log(last.n / first.n);
console.log('');
console.log(
	`Growth exponent from ${first.n.toLocaleString('en')} to ${last.n.toLocaleString('en')} events: ${overall.toFixed(2)} (target ≤ 1.1)`
);
