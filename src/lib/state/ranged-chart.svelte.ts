import { untrack } from 'svelte';
import { matchesWords, searchText } from '../timeline/search';
import type { TimelineEvent } from '../timeline/types';
import {
	CHUNK,
	chunkCount,
	countBetween,
	chunkOf,
	eventOf,
	fill,
	lookupFileOf,
	neededRanks,
	sparseIndex,
	type IndexSummary,
	type SparseIndex
} from '../layout/sparse-index';
import { BANDS } from '../layout/bands';
import { ChartLayout } from '../layout/chart-layout';
import { lowerBound } from '../layout/event-index';
import { ChartState, LONG_TIMELINE } from './chart.svelte';
import { ViewState } from './view.svelte';

/** What a page of a long timeline carries besides its events (`readerData`'s `ranges`). */
export interface SentRanges {
	summary: IndexSummary;
	/** The rank (position in date order) of each event the page carries, in the same order. */
	ranks: number[];
}

/**
 * The reader's view of a long timeline sent by range (TimelineReader's `ranged`): the whole
 * span, a chart that loads the events the page left out from `${base}/<n>.json`, and the ids
 * loaded so far. `onchart` is told of the chart once the reader makes it (the Embed dialog
 * searches through it). The reader page and the embed of a long timeline load this module;
 * the embed's bundle only for a long one.
 */
export function rangedReader(
	ranges: SentRanges,
	carried: readonly TimelineEvent[],
	base: string,
	onchart?: (chart: RangedChart) => void
) {
	const [d0, d1] = ranges.summary.domain;
	const ids = carried.map((e) => e.id);
	return {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- the span's ends, never changed
		domain: [new Date(d0), new Date(d1)] as [Date, Date],
		chart: (view: ViewState) => {
			const chart = new RangedChart(ranges.summary, carried, ranges.ranks, view, base, ids);
			onchart?.(chart);
			return chart;
		},
		ids
	};
}

/** The reader's `ranged` for a long timeline. */
export type RangedReader = ReturnType<typeof rangedReader>;

/** Chunks fetched at once at most, so a search that needs them all does not flood the server. */
const FETCHES = 6;
/** Views with at most this many events (with a view's width either side) load all of them. */
const EVERY_UP_TO = 1000;
/** How long the view rests before what it shows is loaded (ms): a zoom or a drag is many frames. */
const SETTLE = 60;
/**
 * Rounds of loading a cluster's opening view at most: each round's events move anchors, and
 * the choice made again may want another view (openingEvents stops at six the same way).
 */
const ROUNDS = 6;

async function getJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return (await response.json()) as T;
}

/**
 * The chart of a long timeline sent by range (src/lib/layout/sparse-index.ts): its page carried
 * the index summary and the events its opening view labels; the others are estimated from the
 * summary until their chunk (`${base}/<n>.json`, CHUNK events in date order) arrives, which
 * happens as the view comes to them. The list's search asks `${base}.json?q=`, or where there is
 * no server (the static export) reads every chunk. Only the reader page of a long timeline loads
 * this module, so a short one's page and embed carry none of it.
 */
export class RangedChart extends ChartState {
	/** Bumped as chunks land (the index changes in place): what reads events reads this first. */
	version = $state(0);
	/**
	 * Whether the view waits on events still to land: from a view's ask (or a cluster's tap)
	 * until loading what it shows changes nothing. The chart's aria-busy, so a screen reader
	 * holds what it reads of the labels until they are the view's own.
	 */
	override busy = $state(false);
	/**
	 * The cluster last tapped, until its zoom: a tap that loads before it zooms showed nothing
	 * happening for as long as its events took to come.
	 */
	override opening = $state<number>();
	/** Clusters being opened: each loads its view before it zooms. */
	#opening = 0;
	readonly #sparse: SparseIndex;
	readonly #base: string;
	// Bookkeeping of requests and ids, not state to draw: `version` tells what changed.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #chunks = new Map<number, Promise<void>>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #landed = new Set<number>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #ranks = new Map<string, number>();
	#fetching = 0;
	readonly #queue: (() => void)[] = [];
	#settle: ReturnType<typeof setTimeout> | undefined;

	/** The ids of the events here: the page's, then each chunk's as it lands. */
	readonly ids: string[];

	/**
	 * `carried` are the page's events, in date order, at positions `ranks`; `ids` starts as
	 * their ids and grows as chunks land (the reader's selection reads it).
	 */
	constructor(
		summary: IndexSummary,
		carried: readonly TimelineEvent[],
		ranks: readonly number[],
		view: ViewState,
		base: string,
		ids: string[]
	) {
		const sparse = sparseIndex(summary);
		ranks.forEach((rank, i) => fill(sparse, rank, [carried[i]!]));
		super([], view, sparse);
		this.#sparse = sparse;
		this.#base = base;
		ranks.forEach((rank, i) => this.#ranks.set(carried[i]!.id, rank));
		this.ids = ids;
	}

	/** Layouts of the index as it stands: a chunk's arrival moves anchors, so they are made anew. */
	#layouts: ChartLayout[] = [];
	#laidOut = 0;

	override layout(band: number): ChartLayout {
		if (this.#laidOut !== this.version) {
			this.#layouts = [];
			this.#laidOut = this.version;
		}
		return (this.#layouts[band] ??= new ChartLayout(this.index, this.domain, BANDS[band]!));
	}

	/** The view (its ends, the index's version and the band) whose loading is set to go. */
	#asked = [NaN, NaN, NaN, NaN];

	override viewOf(band: number, pinned: readonly number[] = []) {
		void this.version;
		// Whatever shows the view asks for it; its events load once the view rests (in a browser:
		// the server's page has what the opening view shows). A render asks several times for the
		// same view: only a view not asked for yet sets the timer again.
		if (typeof document !== 'undefined') {
			const [from, to] = this.view.visibleSpan;
			const asked = [from.getTime(), to.getTime(), this.version, this.activeBand];
			if (asked.some((v, i) => v !== this.#asked[i])) {
				this.#asked = asked;
				this.#askedAt = performance.now();
				// Set as the view is drawn, untracked: no layout reads it, so no render loops on it.
				untrack(() => (this.busy = true));
				// One timer for a whole gesture, not one cleared and set again in every frame of it.
				if (this.#settle === undefined) this.#settle = setTimeout(() => this.#settled(), SETTLE);
			}
		}
		return super.viewOf(band, pinned);
	}

	#askedAt = 0;

	/** Loads the view once it has rested SETTLE ms; a view still moving waits on. */
	#settled(): void {
		const rest = this.#askedAt + SETTLE - performance.now();
		if (rest > 0) {
			this.#settle = setTimeout(() => this.#settled(), rest);
			return;
		}
		this.#settle = undefined;
		const version = this.version;
		// A chunk that landed moves the layout: the view is asked for again, and loads again.
		this.loadView().then(() => version === this.version && this.#idle());
	}

	/** Nothing is set to load or being opened: the view is as loaded as it gets. */
	#idle(): void {
		if (this.#settle === undefined && !this.#opening) this.busy = false;
	}

	override eventAt(rank: number): TimelineEvent {
		void this.version;
		return eventOf(this.#sparse, rank);
	}

	override rankOf(id: string): number {
		void this.version;
		return this.#ranks.get(id) ?? -1;
	}

	/**
	 * An event the page did not carry (a link names it by id): its rank from the look-up file
	 * its id hashes to, then its chunk, so it can be selected; -1 if the timeline has none.
	 */
	override async locate(id: string): Promise<number> {
		const known = this.rankOf(id);
		if (known >= 0) return known;
		try {
			const file = `${this.#base}/ids/${lookupFileOf(id, this.count)}.json`;
			const { ranks } = await getJson<{ ranks: Record<string, number> }>(file);
			const rank = Object.hasOwn(ranks, id) ? ranks[id]! : -1;
			if (rank >= 0) await this.need(rank, rank + 1);
			return this.rankOf(id);
		} catch {
			return -1;
		}
	}

	/**
	 * Home and End. Until the events at that end land, their places are estimated from the
	 * summary, and the label shown for the first or last event may sit elsewhere once they
	 * land (cut by the chart's left edge, on a phone): the view's events are loaded at once, and
	 * the end is shown again once they are here, unless the reader has moved the view meanwhile.
	 */
	override toEdge(side: -1 | 1): void {
		super.toEdge(side);
		const shown = this.view.transform;
		const version = this.version;
		this.loadView().then(() => {
			if (this.view.transform === shown && this.version !== version) super.toEdge(side);
		});
	}

	/** The loaded events of the view, as many as a long timeline prints at most. */
	inView(): TimelineEvent[] {
		const [from, to] = this.view.visibleSpan;
		const a = lowerBound(this.index, from.getTime());
		const b = Math.min(lowerBound(this.index, to.getTime()), a + LONG_TIMELINE);
		return Array.from({ length: b - a }, (_, i) => this.eventAt(a + i)).filter((e) => e.id);
	}

	/**
	 * Loads the view's labels and a view's width either side, so a pan finds its labels there:
	 * three spans of the view's own width, so each is laid out at the zoom level shown (one span
	 * three times as wide would be laid out a level and a half out, with other labels).
	 */
	loadView(): Promise<void> {
		const [from, to] = this.view.visibleSpan;
		return this.#load(this.#viewRanks(from.getTime(), to.getTime()));
	}

	/** The ranks loadView() loads for the view [a, b] (ms). */
	#viewRanks(a: number, b: number): number[] {
		const w = b - a;
		const layout = this.layout(this.activeBand);
		// Every event of the three, marks and all, when they are few enough together.
		const few = countBetween(this.index, a - w, a + 2 * w) <= EVERY_UP_TO ? EVERY_UP_TO : 0;
		return [-1, 0, 1].flatMap((side) => neededRanks(layout, a + side * w, a + (side + 1) * w, few));
	}

	/**
	 * Opens a cluster on what its range holds, not on the summary's estimates: estimated, a
	 * crisis's events are spread evenly through each bucket, and the zoom chosen on them showed
	 * several labels that became one (and clusters of hundreds) once the range landed. The view
	 * the choice would zoom to loads first and the choice is made again, until it shows only
	 * what is loaded; then the chart zooms once, with no second jump as the range lands. A
	 * reader who moves the view meanwhile keeps the view they moved to.
	 */
	override async open(first: number, last: number): Promise<number> {
		const shown = this.view.transform;
		const middle = (first + last) >>> 1;
		const tried = new ViewState(this.view.domain, this.view.width);
		let about = first;
		this.busy = true;
		this.opening = first;
		this.#opening++;
		for (let round = 0; round < ROUNDS; round++) {
			const version = this.version;
			tried.setTransform(shown.k, shown.x);
			about = super.open(first, last, tried) as number;
			const [from, to] = tried.visibleSpan;
			await this.#load([first, middle, last, ...this.#viewRanks(from.getTime(), to.getTime())]);
			if (this.version === version) break;
		}
		this.#opening--;
		// A later tap's cluster keeps its cue until its own zoom.
		if (this.opening === first) this.opening = undefined;
		const before = this.view.transform;
		if (before === shown) this.view.setTransform(tried.transform.k, tried.transform.x);
		// A view that moved is asked for as it is drawn; one that did not is loaded already.
		if (this.view.transform === before) this.#idle();
		return about;
	}

	/** Loads the events at ranks [from, to); resolves once they are here. */
	need(from: number, to: number): Promise<void> {
		return this.#load(Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i));
	}

	/** The server's search; the static export has none, and its chunks are searched here. */
	async find(words: readonly string[]): Promise<number[]> {
		try {
			const q = encodeURIComponent(words.join(' '));
			return (await getJson<{ ranks: number[] }>(`${this.#base}.json?q=${q}`)).ranks;
		} catch {
			const n = this.count;
			await this.#load(Array.from({ length: chunkCount(n) }, (_, c) => c * CHUNK));
			const found: number[] = [];
			for (let rank = 0; rank < n; rank++)
				if (matchesWords(searchText(this.eventAt(rank)), words)) found.push(rank);
			return found;
		}
	}

	/** Loads the chunks holding these ranks, unless loaded or on their way. */
	#load(ranks: Iterable<number>): Promise<void> {
		const waits: Promise<void>[] = [];
		for (const rank of ranks) {
			const c = chunkOf(rank);
			// An event the page carried is here; its chunk loads when another of its events is needed.
			if (this.#landed.has(c) || this.#sparse.loaded[rank]) continue;
			let pending = this.#chunks.get(c);
			if (!pending) {
				pending = this.#throttled(() =>
					getJson<{ events: TimelineEvent[] }>(`${this.#base}/${c}.json`)
				).then(
					({ events }) => {
						fill(this.#sparse, c * CHUNK, events);
						this.#landed.add(c);
						for (const [i, e] of events.entries()) {
							if (!this.#ranks.has(e.id)) this.ids.push(e.id);
							this.#ranks.set(e.id, c * CHUNK + i);
						}
						this.version++;
					},
					// A failed chunk is asked for again the next time it is needed.
					() => void this.#chunks.delete(c)
				);
				this.#chunks.set(c, pending);
			}
			waits.push(pending);
		}
		return Promise.all(waits).then(() => {});
	}

	#throttled<T>(task: () => Promise<T>): Promise<T> {
		const run = (): Promise<T> => {
			this.#fetching++;
			return task().finally(() => {
				this.#fetching--;
				this.#queue.shift()?.();
			});
		};
		if (this.#fetching < FETCHES) return run();
		return new Promise<T>((done, fail) => this.#queue.push(() => run().then(done, fail)));
	}
}
