/**
 * Where the reader is in the article: which sentences cross the reading line, and so which
 * event the timeline should bring forward. Sentences are known by their start offset.
 */
export class ReadingState {
	readonly #eventsOfSentence: ReadonlyMap<number, readonly string[]>;
	// Which sentences are at the line is bookkeeping; only `currentId` is reactive.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#atLine = new Set<number>();
	/** The first event of the highest sentence at the reading line, if any. */
	currentId = $state<string | null>(null);

	constructor(eventsOfSentence: ReadonlyMap<number, readonly string[]>) {
		this.#eventsOfSentence = eventsOfSentence;
	}

	/** Records that a sentence entered or left the reading line. */
	see(sentence: number, atLine: boolean): void {
		if (atLine) this.#atLine.add(sentence);
		else this.#atLine.delete(sentence);
		const dated = [...this.#atLine]
			.filter((s) => this.#eventsOfSentence.has(s))
			.sort((a, b) => a - b);
		const id = dated.length ? this.#eventsOfSentence.get(dated[0]!)![0]! : null;
		// Between dated sentences the last event stays current, so the timeline does not flicker.
		if (id) this.currentId = id;
	}
}
