import { CHART, layoutWidth, type Band } from './bands';
import { extentOf, lowerBound, type EventIndex } from './event-index';

/**
 * Labels and clusters of a timeline's view, as data. Each view is laid out on its own, in its
 * own width: every event anchored in it gets a label held whole inside the plot, or is in a
 * cluster whose box stands over its marks, so no mark in view is ever left without a label. A
 * view costs its labels and clusters, not its events: the events a cluster takes are found by
 * binary search and its extent from the index's trees.
 */

/** One event with a label of its own, or a run of neighbours too close to label: a cluster. */
export interface Placed {
	kind: 'event' | 'cluster';
	/** Sorted positions (in the index) of the first and last event it holds; equal for an event. */
	first: number;
	last: number;
	lane: number;
	/** Left edge of the label (ms). */
	left: number;
	/** Extent of the marks it stands for (ms). */
	from: number;
	to: number;
}

/** A placed label in a view: horizontal positions as fractions of the view's width. */
export interface ViewItem extends Placed {
	/** Stable key for a renderer: 'e' or 'c' and the first position. */
	key: string;
	count: number;
	/** Label's left edge, the anchor of its (first) event, and its marks' extent, as fractions. */
	x: number;
	anchorX: number;
	x0: number;
	x1: number;
}

export interface ViewLayout {
	level: number;
	items: ViewItem[];
	/** Events anchored before and after the view: the off-screen markers' counts. */
	before: number;
	after: number;
}

/** Zoom levels are steps of √2 in scale: what a cluster's zoom moves past, and reveal climbs. */
export function levelOf(k: number): number {
	return Math.max(0, Math.floor(2 * Math.log2(Math.max(1, k)) + 1e-9));
}

export function scaleOf(level: number): number {
	return 2 ** (level / 2);
}

export class ChartLayout {
	readonly index: EventIndex;
	readonly band: Band;
	readonly domain: readonly [number, number];
	/** The plot's width it lays out in, px: the band's narrowest unless measured. */
	readonly width: number;

	constructor(
		index: EventIndex,
		domain: readonly [number, number],
		band: Band,
		width = layoutWidth(band)
	) {
		this.index = index;
		this.domain = domain;
		this.band = band;
		this.width = width;
	}

	/** Px per ms at a level, at the band's layout width. */
	#density(level: number): number {
		const [d0, d1] = this.domain;
		return (this.width * scaleOf(level)) / Math.max(1, d1 - d0);
	}

	/** Width of a label in ms at a level: at least what it covers at any wider width or zoom. */
	labelSpan(level: number): number {
		return (this.band.labelWidth + CHART.gap) / this.#density(level);
	}

	/**
	 * The labels and clusters of the view [from, to] (ms), with fractions of its width. `pinned`
	 * (sorted positions: the event selected, the one being read) get labels of their own where
	 * they are in view, out of any cluster.
	 */
	view(from: number, to: number, pinned: readonly number[] = []): ViewLayout {
		const [d0, d1] = this.domain;
		const span = Math.max(1, to - from);
		const level = levelOf((d1 - d0) / span);
		const i0 = lowerBound(this.index, from);
		// The domain's end is in its last view (a mark on it is not "after" anything).
		const i1 = to >= d1 ? this.index.anchor.length : lowerBound(this.index, to);
		// In order of precedence (the selected event first): a full view keeps the first.
		const pins = [...new Set(pinned)].filter((r) => r >= i0 && r < i1);
		const placed = this.#place(from, span, i0, i1, pins);
		const fraction = (t: number) => (t - from) / span;
		const items = placed.map((item): ViewItem => ({
			...item,
			key: item.kind[0]! + item.first,
			count: item.last - item.first + 1,
			x: fraction(item.left),
			anchorX: fraction(this.index.anchor[item.first]!),
			x0: fraction(item.from),
			x1: fraction(item.to)
		}));
		return { level, items, before: i0, after: this.index.anchor.length - i1 };
	}

	/**
	 * Greedy first fit in date order into the band's lanes, in the view's own width: a label
	 * starts at its mark, or, near the right edge, ends inside the plot over it. An event that
	 * fits no lane joins the last label or cluster, with every next event whose label would start
	 * before a lane frees: a cluster holds only marks under its own box. A pinned event's label
	 * is kept free in its lane beforehand; a run that cannot join the pinned label before it takes
	 * a box of its own, in the free place nearest its marks (at most a label's width from them).
	 * Where there is none (a full view), the view is laid out without the last pin.
	 *
	 * Near the right edge every label starts where it still fits, so the marks there would all
	 * join the box before them, however far left it stands (at 360 px, '442 events' ended at
	 * 250 px and its marks ran to 358). Where that happens the view is laid out again with a
	 * place kept at the edge (`edge`) for the marks whose labels it holds, and that layout is
	 * taken where it labels as many events (and every pinned one).
	 */
	#place(
		from: number,
		span: number,
		i0: number,
		i1: number,
		pins: number[],
		edge = false
	): Placed[] {
		const { index, band, width } = this;
		const p = width / span;
		const w = band.labelWidth;
		const stride = w + CHART.gap;
		const half = CHART.gap / 2;
		const maxLeft = Math.max(half, width - w - half);
		const xAt = (s: number) => (index.anchor[s]! - from) * p;
		const leftAt = (s: number) => Math.min(maxLeft, Math.max(half, xAt(s) - CHART.pad));
		const retry = () => this.#place(from, span, i0, i1, pins.slice(0, -1), edge);
		// Each lane's boxes (with the gap after them), pinned ones from the start.
		const lanes: [number, number][][] = Array.from({ length: band.lanes }, () => []);
		const laneAt = (left: number) =>
			lanes.findIndex((boxes) => boxes.every(([a, b]) => b <= left || a >= left + stride));
		const take = (lane: number, left: number) => {
			const box: [number, number] = [left, left + stride];
			lanes[lane]!.push(box);
			return box;
		};
		const placed: Placed[] = [];
		const put = (kind: Placed['kind'], first: number, last: number, lane: number, left: number) => {
			const [lo, hi] = extentOf(index, first, last);
			placed.push({ kind, first, last, lane, left: from + left / p, from: lo, to: hi });
		};
		const pinLane = new Map<number, number>();
		for (const rank of pins) {
			const lane = laneAt(leftAt(rank));
			if (lane < 0) return retry();
			take(lane, leftAt(rank));
			pinLane.set(rank, lane);
		}
		// Beside each pinned label, a place for the run of its neighbours (in a crowd they would
		// otherwise have joined it): given back when the walk finds they need none.
		const spare = new Map<number, [number, number]>();
		for (const rank of pins) {
			const lane = laneAt(leftAt(rank));
			if (lane >= 0) spare.set(rank, take(lane, leftAt(rank)));
		}
		const release = (rank: number) => spare.get(rank)?.fill(-Infinity);
		// The first mark whose label starts at the right edge's last place, and that place.
		const atEdge = Math.max(i0, lowerBound(index, from + (maxLeft + CHART.pad) / p));
		const edgeLane = edge && atEdge < i1 ? laneAt(maxLeft) : -1;
		const kept = edgeLane < 0 ? null : take(edgeLane, maxLeft);
		// Whether a join ran marks past the box they joined (see above).
		let pastBox = false;
		for (let s = i0; s < i1;) {
			if (s >= atEdge) kept?.fill(-Infinity);
			const nextPin = Math.min(i1, ...pins.filter((r) => r >= s));
			const left = leftAt(s);
			if (s === nextPin) {
				put('event', s, s, pinLane.get(s)!, left);
				s++;
				continue;
			}
			const previous = placed[placed.length - 1];
			// Only a pinned label starts at a pinned position.
			const afterPin = previous !== undefined && pinLane.has(previous.first);
			if (afterPin) release(previous.first);
			const lane = laneAt(left);
			if (lane >= 0) {
				take(lane, left);
				put('event', s, s, lane, left);
				s++;
				continue;
			}
			// The earliest place a lane frees; the events whose labels would start before it join
			// (found by binary search: labels start in date order).
			let free = Infinity;
			for (const [, b] of lanes.flat()) if (b > left && b < free && laneAt(b) >= 0) free = b;
			let next = s + 1;
			for (let hi = kept && s < atEdge ? Math.min(nextPin, atEdge) : nextPin; next < hi;) {
				const mid = (next + hi) >>> 1;
				if (leftAt(mid) >= free) hi = mid;
				else next = mid + 1;
			}
			// A run joins the label before it only where that label's box stands over its first
			// mark: with a pinned label ahead holding the lanes, the last label placed may be far
			// to the left, and a cluster there would claim marks (and months) it is not over.
			const over = previous !== undefined && (previous.left - from) * p + stride > left;
			if (over && !afterPin) {
				if (xAt(next - 1) - CHART.pad > (previous.left - from) * p + stride) pastBox = true;
				const [lo, hi] = extentOf(index, s, next - 1);
				previous.kind = 'cluster';
				previous.last = next - 1;
				previous.from = Math.min(previous.from, lo);
				previous.to = Math.max(previous.to, hi);
				s = next;
				continue;
			}
			// A run beside a pinned label: a box of its own, in the free place nearest it. A run
			// that reaches the pin takes the place kept beside it (the pin's neighbours before it,
			// as events of its own day are, would otherwise have joined it).
			if (next === nextPin) release(nextPin);
			const first = xAt(s);
			const last = xAt(next - 1);
			let best = -1;
			for (const x of [free, left, ...lanes.flat().flatMap(([a, b]) => [a - stride, b])]) {
				const at = Math.min(maxLeft, Math.max(half, x));
				if (at - last > w || first - at - w > w || laneAt(at) < 0) continue;
				if (best < 0 || Math.abs(at - left) < Math.abs(best - left)) best = at;
			}
			if (best < 0) return retry();
			const bestLane = laneAt(best);
			take(bestLane, best);
			put(next - 1 > s ? 'cluster' : 'event', s, next - 1, bestLane, best);
			s = next;
		}
		if (edge || !pastBox) return placed;
		// The place kept at the edge is a lane the labels before it cannot have: where every lane
		// there holds a label (two lanes on a phone, in a crowd) one of them is lost, and the
		// 10,000-event story at 360 px labelled one event in a view at every zoom down to days,
		// so a tap on a cluster opened to no second label. Marks under their box are worth less
		// to a reader than an event's label: the layout keeping the edge is taken where it labels
		// as many events, and every pinned one the other labels.
		const labels = (layout: Placed[]) =>
			layout.filter((i) => i.kind === 'event').map((i) => i.first);
		const keeping = this.#place(from, span, i0, i1, pins, true);
		const [a, b] = [labels(keeping), labels(placed)];
		return a.length >= b.length && pins.every((r) => a.includes(r) || !b.includes(r))
			? keeping
			: placed;
	}

	/**
	 * The item holding an event (by sorted position) in a view of a level centred on it, with
	 * the same `pinned` events as view().
	 */
	itemAt(level: number, rank: number, pinned: readonly number[] = []): Placed | undefined {
		const [d0, d1] = this.domain;
		const span = (d1 - d0) / scaleOf(level);
		const from = Math.min(d1 - span, Math.max(d0, this.index.anchor[rank]! - span / 2));
		return this.view(from, from + span, pinned).items.find(
			(i) => i.first <= rank && rank <= i.last
		);
	}

	/**
	 * The first level, from `level` up to `maxLevel`, at which an event has a label of its own;
	 * `maxLevel` when events at the very same time never separate.
	 */
	levelToLabel(rank: number, level: number, maxLevel: number): number {
		for (let z = level; z <= maxLevel; z++) if (this.itemAt(z, rank)?.kind === 'event') return z;
		return maxLevel;
	}
}

/** Events per bin across the whole domain: the overview strip's density, from the index. */
export function density(
	index: EventIndex,
	domain: readonly [number, number],
	bins: number
): number[] {
	const [d0, d1] = domain;
	const step = (d1 - d0) / bins;
	const counts: number[] = [];
	let previous = lowerBound(index, d0);
	for (let b = 1; b <= bins; b++) {
		const next = b === bins ? index.anchor.length : lowerBound(index, d0 + b * step);
		counts.push(next - previous);
		previous = next;
	}
	return counts;
}
