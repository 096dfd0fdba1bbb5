/**
 * Where the reader is in the article, and so which event the timeline brings forward. The
 * reading line is a height in the part of the window the reader can see (below a pinned
 * timeline, above a card's sheet); the dated sentence it crosses is the one being read.
 * Sentences are known by their start offset.
 */

/** The part of the window where the article can be read, in viewport px. */
export interface Band {
	top: number;
	bottom: number;
}

/** A dated sentence's extent down the article, in px from the article's top. */
export interface SentenceBox {
	sentence: number;
	top: number;
	bottom: number;
}

/** Where the reading line rests, as a fraction of the band from its top. */
export const READING_LINE = 0.35;

/**
 * The reading line's height in the viewport. It rests at READING_LINE of the band, but near
 * either end of the page it slides to the band's edge, so the first sentences and the last ones
 * (which can never scroll up to the resting line) are crossed too. In those zones it moves at
 * most half again as fast as the page, so scrolling a little at a time still crosses every line.
 */
export function readingLineY(band: Band, scrollY: number, maxScroll: number): number {
	const height = Math.max(0, band.bottom - band.top);
	const rest = band.top + height * READING_LINE;
	const above = rest - band.top;
	const below = band.bottom - rest;
	const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
	const up = above * (1 - clamp01(scrollY / (2 * above || 1)));
	const down = below * (1 - clamp01((maxScroll - scrollY) / (2 * below || 1)));
	return Math.min(band.bottom, Math.max(band.top, rest - up + down));
}

/**
 * The dated sentence being read at height `y` (on the boxes' axis): the last one whose top the
 * line has passed, and how far through it the line is (0–1; 1 once the line is past its end, so
 * the sentence stays current until the next dated one). Boxes are in document order.
 */
export function sentenceAt(
	boxes: readonly SentenceBox[],
	y: number
): { sentence: number; fraction: number } | null {
	let found: SentenceBox | null = null;
	for (const box of boxes) {
		if (box.top > y) break;
		found = box;
	}
	if (!found) return null;
	const span = found.bottom - found.top;
	const fraction = span > 0 ? Math.min(1, Math.max(0, (y - found.top) / span)) : 1;
	return { sentence: found.sentence, fraction };
}

export class ReadingState {
	readonly #eventsOfSentence: ReadonlyMap<number, readonly string[]>;
	/** A link's event, marked as read until the reader moves the page (`release`). */
	#held = false;
	/** The event being read: one of the events of the sentence at the reading line. */
	currentId = $state<string | null>(null);
	/** The sentence at the reading line (its start offset). */
	sentence = $state<number | null>(null);

	constructor(eventsOfSentence: ReadonlyMap<number, readonly string[]>) {
		this.#eventsOfSentence = eventsOfSentence;
	}

	/**
	 * Records that the reading line is `fraction` of the way through a sentence. A sentence with
	 * several events hands the line from one to the next as it passes (the first third of a
	 * three-event sentence is its first event), so each of them can become current. Before the
	 * first dated sentence nothing is current; an undated sentence changes nothing.
	 */
	read(sentence: number | null, fraction = 0): void {
		if (this.#held) return;
		if (sentence === null) {
			this.sentence = null;
			this.currentId = null;
			return;
		}
		const ids = this.#eventsOfSentence.get(sentence);
		if (!ids?.length) return;
		const index = Math.min(ids.length - 1, Math.floor(Math.max(0, fraction) * ids.length));
		this.sentence = sentence;
		this.currentId = ids[index]!;
	}

	/**
	 * Marks the event a link opened (`#<id>`, an embed's `event=`) as the one being read: the
	 * page was put at its sentence, and the reading line, 35% down the window, crossed another
	 * event's (or none). It stays marked until the reader moves the page (none, for a link to
	 * no event).
	 */
	hold(id: string | null): void {
		this.#held = true;
		this.currentId = id;
	}

	/** The reader moved the page: the reading line marks what it crosses again, from the next scroll. */
	release(): void {
		this.#held = false;
	}
}
