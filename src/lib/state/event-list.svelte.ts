import { matchesWords, queryWords, searchText } from '../timeline/search';
import type { EventSource } from './event-source';

/**
 * The accessible list of a timeline's events: a page at a time, so a list of 100,000 events
 * is 50 rows in the DOM, and a search that narrows it. Positions count within what the list
 * shows (every event, or the matches of the search); ranks are positions in date order.
 */
export class EventListState {
	readonly source: EventSource;
	readonly pageSize: number;
	query = $state('');
	/** Ranks of the matching events, or null when no search narrows the list. */
	matches = $state<number[] | null>(null);
	page = $state(0);
	searching = $state(false);
	#token = 0;
	/** Each event's searchable text in date order, made on the first search here. */
	#texts: string[] | undefined;

	constructor(source: EventSource, pageSize = 50) {
		this.source = source;
		this.pageSize = pageSize;
	}

	get total(): number {
		return this.matches ? this.matches.length : this.source.count;
	}

	get pages(): number {
		return Math.max(1, Math.ceil(this.total / this.pageSize));
	}

	rankAt(position: number): number {
		return this.matches ? this.matches[position]! : position;
	}

	/** The ranks on the page shown. */
	get ranks(): number[] {
		const start = this.page * this.pageSize;
		const end = Math.min(this.total, start + this.pageSize);
		const ranks: number[] = [];
		for (let p = start; p < end; p++) ranks.push(this.rankAt(p));
		return ranks;
	}

	/** Turns to the page holding a position (clamped), and gives its row on that page. */
	goTo(position: number): number {
		const p = Math.min(this.total - 1, Math.max(0, position));
		this.page = Math.floor(p / this.pageSize);
		return p - this.page * this.pageSize;
	}

	turn(page: number): void {
		this.page = Math.min(this.pages - 1, Math.max(0, page));
	}

	#find(words: readonly string[]): number[] {
		const { source } = this;
		this.#texts ??= Array.from({ length: source.count }, (_, rank) => {
			const event = source.eventAt(rank);
			return event ? searchText(event) : '';
		});
		const found: number[] = [];
		for (const [rank, text] of this.#texts.entries())
			if (matchesWords(text, words)) found.push(rank);
		return found;
	}

	/** Narrows the list to the events matching a query; a later query wins over a slower one. */
	async search(query: string): Promise<void> {
		this.query = query;
		const words = queryWords(query);
		const token = ++this.#token;
		if (!words.length) {
			this.matches = null;
			this.searching = false;
			this.page = 0;
			return;
		}
		this.searching = true;
		const found = this.source.find ? await this.source.find(words) : this.#find(words);
		if (token !== this.#token) return;
		this.matches = found;
		this.searching = false;
		this.page = 0;
	}
}
