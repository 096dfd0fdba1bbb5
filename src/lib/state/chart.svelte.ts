import { BANDS, bandOf, CHART, layoutWidth } from '../layout/bands';
import { ChartLayout, levelOf, scaleOf, type ViewLayout } from '../layout/chart-layout';
import { buildIndex, lowerBound, type EventIndex } from '../layout/event-index';
import type { TimelineEvent } from '../timeline/types';
import type { EventSource } from './event-source';
import type { ViewState } from './view.svelte';

/**
 * A cluster of up to this many events opens to its whole span: a reader follows that many in a
 * tap or two more. Beyond it (thousands in a crisis) fitting the span shows one cluster again,
 * so a tap zooms on to where several of its events have labels.
 */
const READING = 100;

/**
 * Past this many events a timeline is long: it offers its events as a paged list with a search,
 * draws the events inside its clusters on a canvas, and prints the events in view. Both the list
 * and the canvas load only for a long one, so the seed's embed stays small.
 */
export const LONG_TIMELINE = 200;

/**
 * What the timeline chart shows of its events: the band its width falls in and the labels and
 * clusters of the view, plus the moves that need the layout (bring an event out of its
 * cluster, previous and next). Plain state over the pure layout; tests drive it without a DOM.
 */
export class ChartState implements EventSource {
	readonly index: EventIndex;
	readonly view: ViewState;
	readonly domain: readonly [number, number];
	/** Whether the view waits on events still loading (a long timeline's; RangedChart). */
	declare busy?: boolean;
	/**
	 * The first event (sorted position) of the cluster a tap is opening while its events load,
	 * before the zoom (a long timeline's; RangedChart): its label shows it.
	 */
	declare opening?: number;
	/** The chart's measured width, px; 0 until measured (on the server, every band is drawn). */
	width = $state(0);
	readonly #layouts: ChartLayout[] = [];
	#positions: Map<string, number> | undefined;

	/** `index` is given when the events load later (a long timeline sent by range). */
	constructor(events: readonly TimelineEvent[], view: ViewState, index = buildIndex(events)) {
		this.index = index;
		this.view = view;
		this.domain = [view.domain[0].getTime(), view.domain[1].getTime()];
	}

	/** The band of the measured width, or null before it is measured. */
	get band(): number | null {
		return this.width > 0 ? bandOf(this.width) : null;
	}

	/** The band that keyboard and button moves reason in: the measured one, or a wide one. */
	get activeBand(): number {
		return this.band ?? BANDS.length - 1;
	}

	/**
	 * The layout of a band: the measured one in the plot's own width, as a band's narrowest width
	 * spread a cluster's marks past its box in a wider chart (the embed at 1280 px laid out at
	 * 960: '16 events' over 184 px, its marks over 385); the others (the server's page, drawn
	 * before the width is known) in their narrowest. The plot is the chart's width less its
	 * border: laid out in the chart's, a label at the right edge stood 2.2 px from the border at
	 * 360 px, where one at the left stands 3.
	 */
	layout(band: number): ChartLayout {
		const given = BANDS[band]!;
		const width = band === this.band ? this.width - 2 * CHART.border : layoutWidth(given);
		const kept = this.#layouts[band];
		if (kept?.width === width) return kept;
		return (this.#layouts[band] = new ChartLayout(this.index, this.domain, given, width));
	}

	/** The last view asked for, per band: a frame asks for it several times (labels, markers, ticks). */
	#shown: { layout: ChartLayout; from: number; to: number; pins: string; view: ViewLayout }[] = [];

	/**
	 * Labels and clusters of the view as it stands, for a band. `pinned` (sorted positions: the
	 * selected event, the one being read) have labels of their own wherever they are in view.
	 */
	viewOf(band: number, pinned: readonly number[] = []): ViewLayout {
		const [a, b] = this.view.visibleSpan;
		const [from, to] = [a.getTime(), b.getTime()];
		const layout = this.layout(band);
		const pins = pinned.join();
		const last = this.#shown[band];
		if (last?.layout === layout && last.from === from && last.to === to && last.pins === pins)
			return last.view;
		const view = layout.view(from, to, pinned);
		this.#shown[band] = { layout, from, to, pins, view };
		return view;
	}

	get maxLevel(): number {
		return levelOf(this.view.maxZoom);
	}

	/** Input position of the event at a sorted position, and back. */
	eventAt(rank: number): TimelineEvent {
		return this.index.events[this.index.order[rank]!]!;
	}

	get count(): number {
		return this.index.anchor.length;
	}

	get long(): boolean {
		return this.count > LONG_TIMELINE;
	}

	/** An event by id; null for none (or one of a long timeline still loading). */
	eventById(id: string | null): TimelineEvent | null {
		const rank = id ? this.rankOf(id) : -1;
		return rank < 0 ? null : this.eventAt(rank);
	}

	/** The rank of the event with this id, once it is here to select (-1 for none). */
	async locate(id: string): Promise<number> {
		return this.rankOf(id);
	}

	rankOf(id: string): number {
		if (!this.#positions) {
			// A lookup built once from fixed events, not reactive state.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			this.#positions = new Map(this.index.events.map((e, i) => [e.id, i]));
		}
		const i = this.#positions.get(id);
		return i === undefined ? -1 : this.index.rank[i]!;
	}

	/**
	 * Brings an event into view with a label of its own: zooms in (about the event) just far
	 * enough to take it out of its cluster, then pans as little as needed to show its label.
	 */
	reveal(id: string): void {
		const rank = this.rankOf(id);
		if (rank < 0) return;
		const level = levelOf(this.view.transform.k);
		const target = this.layout(this.activeBand).levelToLabel(rank, level, this.maxLevel);
		if (target > level) this.view.zoomTo(scaleOf(target) * (1 + 1e-9), this.index.anchor[rank]!);
		this.#show(rank);
	}

	/**
	 * Whether zooming in parts a cluster's events (by sorted position) seen at `level`: not at
	 * the deepest level, nor where they stay one cluster even there (the same days). A cluster
	 * that does not part lists its events instead (TimelineChart's menu), so no label promises
	 * a zoom that cannot happen. One lookup at the deepest level, whatever the cluster's size,
	 * with the view's `pinned` events: a pinned event of the same day holds a lane at every zoom.
	 */
	parts(first: number, last: number, level: number, pinned: readonly number[] = []): boolean {
		if (level >= this.maxLevel) return false;
		const deepest = this.layout(this.activeBand).itemAt(this.maxLevel, first, pinned);
		return !(deepest?.kind === 'cluster' && deepest.first <= first && deepest.last >= last);
	}

	/** Pans as little as needed to show the label holding an event, and the event's own mark. */
	#show(rank: number): void {
		const layout = this.layout(this.activeBand);
		const at = levelOf(this.view.transform.k);
		const anchor = this.index.anchor[rank]!;
		const left = layout.itemAt(at, rank)?.left ?? anchor;
		this.view.reveal(left, left + layout.labelSpan(at), 8);
		this.view.reveal(anchor, anchor, 8);
	}

	/**
	 * Home and End: the first or the last event, not the empty padding of the domain beyond it
	 * (zoomed in, the padding is a view with nothing in it). Zoomed out, the domain's edge.
	 */
	toEdge(side: -1 | 1): void {
		this.view.panBy(-side * Infinity);
		if (this.count) this.#show(side < 0 ? 0 : this.count - 1);
	}

	/**
	 * Zooms in on a cluster so it opens. Fitting its span opens a cluster of a few (up to twice
	 * what one view labels, so every cluster of the seed's seven events) into smaller ones and
	 * labels. A dense run (thousands in a crisis) is still most of one cluster there, so it zooms
	 * on, about its middle, to the first level whose view labels several of its events and shows
	 * no cluster a tenth of its size; never further than where its middle event has a
	 * label of its own (a level of a few days, where a crisis may show a single label). Returns
	 * the event the view is about, for the keyboard (a long timeline's once its range has
	 * landed: RangedChart). `view` is the view it zooms: the chart's, or one tried first.
	 */
	open(first: number, last: number, view = this.view): number | Promise<number> {
		const at = this.index.anchor;
		const [d0, d1] = this.domain;
		// Enough to move past the cluster's level, and to fit its span with a margin each side.
		const k = Math.max(
			scaleOf(levelOf(view.transform.k) + 1) * (1 + 1e-9),
			(d1 - d0) / Math.max(1, (at[last]! - at[first]!) * 1.6)
		);
		const middle = (first + last) >>> 1;
		const layout = this.layout(this.activeBand);
		const piece = layout.itemAt(levelOf(k), middle)!;
		const count = last - first + 1;
		// The labels one view holds: its lanes, each as many labels as fit across.
		const viewLabels = (layout.band.lanes * (d1 - d0)) / layout.labelSpan(0);
		// The cluster's events in the piece that holds its middle: at most half, and it opened.
		// Up to a reading's worth of events, the view holds them all, even those that stay
		// clustered: a tap that showed four of a 38-event cluster's events and lost the rest
		// read as the chart dropping them, and one more tap opens what is still clustered.
		if (
			count <= Math.max(2 * viewLabels, READING) ||
			2 * (Math.min(piece.last, last) - Math.max(piece.first, first)) < count
		) {
			view.zoomTo(k, (at[first]! + at[last]!) / 2);
			return first;
		}
		const several = Math.min(count, Math.max(2, Math.floor(viewLabels / 2)));
		const deepest = layout.levelToLabel(middle, levelOf(k), this.maxLevel);
		// Failing that (events of one day never part), the most labels among the levels showing
		// no cluster a tenth of its size; failing that too, the deepest.
		let best = { level: deepest, labels: -1, about: middle };
		for (let level = levelOf(k); level <= deepest; level++) {
			const opening = this.#opening(layout, level, at[middle]!, first, last, middle);
			if (opening.biggest * 10 >= count) continue;
			if (opening.labels >= several) {
				best = opening;
				break;
			}
			if (opening.labels > best.labels) best = opening;
		}
		view.zoomTo(scaleOf(best.level) * (1 + 1e-9), at[middle]!);
		return best.about;
	}

	/**
	 * What a cluster's events (sorted positions first…last) look like in the view of a level
	 * centred on `centre`: how many have labels, the biggest cluster in view, and the
	 * labelled event nearest `middle` (or `middle`).
	 */
	#opening(
		layout: ChartLayout,
		level: number,
		centre: number,
		first: number,
		last: number,
		middle: number
	) {
		const [d0, d1] = this.domain;
		const span = (d1 - d0) / scaleOf(level);
		const from = Math.min(d1 - span, Math.max(d0, centre - span / 2));
		let labels = 0;
		let biggest = 0;
		let about = -1;
		for (const item of layout.view(from, from + span).items) {
			// Every cluster drawn counts, a neighbour's too: the reader sees them all.
			if (item.kind === 'cluster') {
				biggest = Math.max(biggest, item.last - item.first + 1);
				continue;
			}
			if (item.last < first || item.first > last || item.anchorX < 0 || item.anchorX > 1) continue;
			labels++;
			if (about < 0 || Math.abs(item.first - middle) < Math.abs(about - middle)) about = item.first;
		}
		if (about < 0) about = middle;
		return { level, labels, biggest, about };
	}

	/**
	 * The event before or after: the selected one's neighbour, or with none selected the first
	 * (or last) in view. Null at either end.
	 */
	step(selectedId: string | null, delta: 1 | -1): string | null {
		const selected = selectedId ? this.rankOf(selectedId) : -1;
		const rank = selected >= 0 ? selected + delta : this.#beside(-delta as -1 | 1) + delta;
		return rank >= 0 && rank < this.count ? this.eventAt(rank).id : null;
	}

	/** The nearest event off-screen on one side (-1 or count past either end). */
	#beside(side: -1 | 1): number {
		const [from, to] = this.view.visibleSpan;
		return side < 0
			? lowerBound(this.index, from.getTime()) - 1
			: lowerBound(this.index, to.getTime());
	}

	/** Pans to the nearest event off-screen on a side that has one, zoom unchanged. */
	showBeside(side: -1 | 1): void {
		this.#show(this.#beside(side));
	}
}
