import { BANDS, bandOf } from '../layout/bands';
import { ChartLayout, levelOf, scaleOf, type ViewLayout } from '../layout/chart-layout';
import { buildIndex, lowerBound, type EventIndex } from '../layout/event-index';
import type { TimelineEvent } from '../timeline/types';
import type { EventSource } from './event-list.svelte';
import type { ViewState } from './view.svelte';

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

	layout(band: number): ChartLayout {
		return (this.#layouts[band] ??= new ChartLayout(this.index, this.domain, BANDS[band]!));
	}

	/** Labels and clusters of the view as it stands, for a band. */
	viewOf(band: number): ViewLayout {
		const [from, to] = this.view.visibleSpan;
		return this.layout(band).view(from.getTime(), to.getTime());
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

	/** The events of the view in date order, as many as a long timeline prints at most. */
	inView(): TimelineEvent[] {
		const limit = LONG_TIMELINE;
		const [from, to] = this.view.visibleSpan;
		const a = lowerBound(this.index, from.getTime());
		const b = Math.min(lowerBound(this.index, to.getTime()), a + limit);
		return Array.from({ length: b - a }, (_, i) => this.eventAt(a + i));
	}

	/** An event by id; null for none (or one of a long timeline still loading). */
	eventById(id: string | null): TimelineEvent | null {
		const rank = id ? this.rankOf(id) : -1;
		return rank < 0 ? null : this.eventAt(rank);
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
	reveal(id: string, { zoom = true } = {}): void {
		const rank = this.rankOf(id);
		if (rank < 0) return;
		const layout = this.layout(this.activeBand);
		const level = levelOf(this.view.transform.k);
		const target = zoom ? layout.levelToLabel(rank, level, this.maxLevel) : level;
		const anchor = this.index.anchor[rank]!;
		if (target > level) this.view.zoomTo(scaleOf(target) * (1 + 1e-9), anchor);
		const at = levelOf(this.view.transform.k);
		const item = layout.itemAt(at, rank);
		const left = item?.left ?? anchor;
		this.view.reveal(left, left + layout.labelSpan(at), 8);
	}

	/** Zooms in on a cluster's span so its events spread out (or as far as zoom goes). */
	open(first: number, last: number): void {
		const from = this.index.anchor[first]!;
		const to = this.index.anchor[last]!;
		const [d0, d1] = this.domain;
		// Enough to move past the cluster's level, and to fit its span with a margin each side.
		const k = Math.max(
			scaleOf(levelOf(this.view.transform.k) + 1) * (1 + 1e-9),
			(d1 - d0) / Math.max(1, (to - from) * 1.6)
		);
		this.view.zoomTo(k, from + (to - from) / 2);
	}

	/**
	 * The event before or after: the selected one's neighbour, or with none selected the first
	 * (or last) in view. Null at either end.
	 */
	step(selectedId: string | null, delta: 1 | -1): string | null {
		const n = this.index.anchor.length;
		if (!n) return null;
		let rank: number;
		const selected = selectedId ? this.rankOf(selectedId) : -1;
		if (selected >= 0) rank = selected + delta;
		else {
			const [from, to] = this.view.visibleSpan;
			rank =
				delta > 0
					? lowerBound(this.index, from.getTime())
					: lowerBound(this.index, to.getTime()) - 1;
		}
		return rank >= 0 && rank < n ? this.eventAt(rank).id : null;
	}

	/** The nearest event off-screen on one side, to pan to. */
	nearestOffscreen(side: -1 | 1): string | null {
		const [from, to] = this.view.visibleSpan;
		const rank =
			side < 0 ? lowerBound(this.index, from.getTime()) - 1 : lowerBound(this.index, to.getTime());
		return rank >= 0 && rank < this.index.anchor.length ? this.eventAt(rank).id : null;
	}
}
