import { CHART, layoutWidth, type Band } from './bands';
import { extentOf, lowerBound, type EventIndex } from './event-index';

/**
 * Labels and clusters of a timeline, as data. The layout is made per zoom level (steps of √2)
 * and per block of time (one view's width at that level), and cached: a zoom or pan frame only
 * looks up the blocks in view and turns their times into fractions of the view. A label never
 * leaves its block, so blocks are laid out independently and only when first seen.
 */

/** One event with a label of its own, or a run of neighbours too close to label: a cluster. */
export interface Placed {
	kind: 'event' | 'cluster';
	/** Sorted positions (in the index) of the first and last event it holds; equal for an event. */
	first: number;
	last: number;
	lane: number;
	/** Left edge of the label (ms): a time, so the layout holds at any width in its band. */
	left: number;
	/** Extent of the marks it stands for (ms). */
	from: number;
	to: number;
}

/** A placed label in a view: horizontal positions as fractions of the view's width. */
export interface ViewItem extends Placed {
	/** Stable key for a renderer. */
	key: string;
	count: number;
	/** Label's left edge, the anchor of its (first) event, and its marks' extent, as fractions. */
	x: number;
	anchorX: number;
	x0: number;
	x1: number;
	/**
	 * Its label would be cut by the view's right edge and cannot be held inside it (its lane is
	 * full up to the edge): drawn without a label until it fits whole.
	 */
	hidden?: boolean;
}

export interface ViewLayout {
	level: number;
	items: ViewItem[];
	/** Events anchored before and after the view: the off-screen markers' counts. */
	before: number;
	after: number;
}

/** Zoom levels are steps of √2 in scale, so a level's layout holds until the next one. */
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
	readonly #blocks = new Map<string, Placed[]>();

	constructor(index: EventIndex, domain: readonly [number, number], band: Band) {
		this.index = index;
		this.domain = domain;
		this.band = band;
	}

	/** Px per ms at a level, at the band's layout width. */
	#density(level: number): number {
		const [d0, d1] = this.domain;
		return (layoutWidth(this.band) * scaleOf(level)) / Math.max(1, d1 - d0);
	}

	#blockSpan(level: number): number {
		const [d0, d1] = this.domain;
		return (d1 - d0) / scaleOf(level);
	}

	/** The block a time falls in, at a level. */
	blockOf(level: number, time: number): number {
		const count = Math.ceil(scaleOf(level) - 1e-9);
		const b = Math.floor((time - this.domain[0]) / this.#blockSpan(level));
		return Math.min(count - 1, Math.max(0, b));
	}

	/**
	 * Greedy first fit in date order into the band's lanes; an event that fits no lane joins
	 * the last placed label or cluster, so clusters are runs of neighbours in date order and
	 * every event is in exactly one item. Each lane fills left to right, so no boxes overlap.
	 * The events that join a cluster are found by binary search and its extent from the
	 * index's trees, so a block costs its labels and clusters, not its events.
	 */
	block(level: number, block: number): Placed[] {
		const key = `${level}:${block}`;
		const cached = this.#blocks.get(key);
		if (cached) return cached;
		const { index, band } = this;
		const p = this.#density(level);
		const span = this.#blockSpan(level);
		const start = this.domain[0] + block * span;
		const last = Math.ceil(scaleOf(level) - 1e-9) - 1;
		// The first and last blocks take every event, so none falls outside them.
		const i0 = block === 0 ? 0 : lowerBound(index, start);
		const i1 = block >= last ? index.anchor.length : lowerBound(index, start + span);
		const width = Math.min(span, this.domain[1] - start) * p;
		const w = band.labelWidth;
		const half = CHART.gap / 2;
		const maxLeft = Math.max(half, width - w - half);
		const laneEnds = new Float64Array(band.lanes).fill(-Infinity);
		const placed: Placed[] = [];
		const xAt = (s: number) => (index.anchor[s]! - start) * p;
		// A label starts at its mark, or ends at it where it would run past the block.
		const leftAt = (s: number) => {
			const x = xAt(s);
			return Math.max(
				half,
				x - CHART.pad > maxLeft ? Math.min(maxLeft, x + CHART.pad - w) : x - CHART.pad
			);
		};
		/** The first position in [lo, hi) where `yes` holds, for a test false and then true. */
		const firstWhere = (lo: number, hi: number, yes: (s: number) => boolean) => {
			while (lo < hi) {
				const mid = (lo + hi) >>> 1;
				if (yes(mid)) hi = mid;
				else lo = mid + 1;
			}
			return lo;
		};
		for (let s = i0; s < i1;) {
			const left = leftAt(s);
			let lane = -1;
			let free = Infinity;
			for (let l = 0; l < laneEnds.length; l++) {
				if (laneEnds[l]! <= left) {
					lane = l;
					break;
				}
				free = Math.min(free, laneEnds[l]!);
			}
			const previous = placed[placed.length - 1];
			if (lane < 0 && previous) {
				// Every next event whose label would start before a lane frees joins it too. A
				// label's left edge grows with its mark, except where labels flip to end at their
				// mark near the block's end: search before that point, then after it.
				const fits = (t: number) => leftAt(t) >= free;
				const flip = firstWhere(s + 1, i1, (t) => xAt(t) - CHART.pad > maxLeft);
				let next = firstWhere(s + 1, flip, fits);
				if (next === flip) next = firstWhere(flip, i1, fits);
				const [from, to] = extentOf(index, s, next - 1);
				previous.kind = 'cluster';
				previous.last = next - 1;
				if (from < previous.from) previous.from = from;
				if (to > previous.to) previous.to = to;
				s = next;
				continue;
			}
			if (lane < 0) lane = 0;
			laneEnds[lane] = left + w + CHART.gap;
			placed.push({
				kind: 'event',
				first: s,
				last: s,
				lane,
				left: start + left / p,
				from: index.from[s]!,
				to: index.to[s]!
			});
			s++;
		}
		this.#blocks.set(key, placed);
		return placed;
	}

	/** Width of a label in ms at a level: at least what it covers at any wider width or zoom. */
	labelSpan(level: number): number {
		return (this.band.labelWidth + CHART.gap) / this.#density(level);
	}

	/** The labels and clusters of the view [from, to] (ms), with fractions of its width. */
	view(from: number, to: number): ViewLayout {
		const [d0, d1] = this.domain;
		const level = levelOf((d1 - d0) / Math.max(1, to - from));
		const labelSpan = this.labelSpan(level);
		const b0 = this.blockOf(level, from);
		const b1 = this.blockOf(level, to);
		const span = Math.max(1, to - from);
		const fraction = (t: number) => (t - from) / span;
		const items: ViewItem[] = [];
		for (let b = b0; b <= b1; b++) {
			for (const item of this.block(level, b)) {
				// Marks past either edge are the off-screen markers': their labels would only reach
				// in as a sliver (on the left, as a label slid out behind its marks after a pan).
				if (item.left >= to || item.from >= to || item.to < from) continue;
				if (item.left + labelSpan <= from) continue;
				items.push({
					...item,
					key: item.kind === 'event' ? `e${item.first}` : `c${level}:${item.first}`,
					count: item.last - item.first + 1,
					x: fraction(item.left),
					anchorX: fraction(this.index.anchor[item.first]!),
					x0: fraction(item.from),
					x1: fraction(item.to)
				});
			}
		}
		holdInView(items, from, to, labelSpan, labelSpan - CHART.gap / this.#density(level), fraction);
		return {
			level,
			items,
			before: lowerBound(this.index, from),
			after: this.index.anchor.length - lowerBound(this.index, to)
		};
	}

	/** The item holding an event (by sorted position) at a level. */
	itemAt(level: number, rank: number): Placed | undefined {
		const block = this.block(level, this.blockOf(level, this.index.anchor[rank]!));
		let lo = 0;
		let hi = block.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >>> 1;
			const item = block[mid]!;
			if (item.last < rank) lo = mid + 1;
			else if (item.first > rank) hi = mid - 1;
			else return item;
		}
		return undefined;
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

/**
 * Labels cut by the view's edges while their marks are in it are held whole inside it, as far
 * as the neighbours in their lanes allow (items are in date order, so each lane's neighbours
 * are known walking once each way).
 * - A label that starts before the view (a period, a cluster, a mark just inside the edge)
 *   holds at the left edge while its marks are in view (view() leaves out one whose marks
 *   have gone). Where the next label in its lane leaves no room to hold it whole, it is hidden
 *   rather than cut, as on the right.
 * - A label whose mark is in view but which runs past the right edge ends at it: it shows
 *   whole as its mark comes in, as a label near a block's end already ends at its mark. Where
 *   its lane is full up to the edge it is hidden rather than cut (a sliver of a box read as a
 *   broken chart), and shows, whole and where it stands, once there is room.
 */
function holdInView(
	items: ViewItem[],
	from: number,
	to: number,
	labelSpan: number,
	boxSpan: number,
	fraction: (t: number) => number
): void {
	const lefts = items.map((item) => item.left);
	const previousEnd = new Map<number, number>();
	for (const [i, item] of items.entries()) {
		if (lefts[i]! + labelSpan > to) {
			lefts[i] = Math.max(
				previousEnd.get(item.lane) ?? -Infinity,
				Math.min(lefts[i]!, to - labelSpan)
			);
			if (lefts[i]! + boxSpan > to) item.hidden = true;
		}
		previousEnd.set(item.lane, lefts[i]! + labelSpan);
	}
	const nextLeft = new Map<number, number>();
	for (let i = items.length - 1; i >= 0; i--) {
		const item = items[i]!;
		if (lefts[i]! < from) {
			const room = (nextLeft.get(item.lane) ?? Infinity) - labelSpan;
			lefts[i] = Math.max(lefts[i]!, Math.min(from, room));
			if (lefts[i]! < from) item.hidden = true;
		}
		if (lefts[i] !== item.left) item.x = fraction(lefts[i]!);
		nextLeft.set(item.lane, lefts[i]!);
	}
}
