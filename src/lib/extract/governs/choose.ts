/**
 * Which word of a sentence a date governs ("The agency announced Wednesday that it would close
 * the plant in June": Wednesday → "announced", June → "close"), chosen by a log-linear ranking
 * of the sentence's content words, learned on TimeBank's TLINKs (scripts/train-governs.ts).
 * The weights are data (weights.json); this is only the engine that reads them.
 */
import table from './weights.json';
import { candidates, featuresOf, tokenize, type Span } from './features';

export interface Weights {
	/** A weight for each feature name (features.ts). */
	weights: Record<string, number>;
	/** Each word's share of its occurrences that the training corpus tags as an event. */
	lexicon: Record<string, number>;
}

export interface Choice {
	/** The chosen word, as offsets into the sentence. */
	start: number;
	end: number;
	word: string;
	/** How far its score stands above the runner-up's (log-odds); 0 with one candidate. */
	margin: number;
}

const WEIGHTS: Weights = table;

/** Every candidate of the sentence with its score, best first. */
export function ranked(
	sentence: string,
	date: Span,
	w: Weights = WEIGHTS
): { start: number; end: number; word: string; score: number }[] {
	const tokens = tokenize(sentence);
	const ids = candidates(tokens, date);
	return ids
		.map((i) => {
			const t = tokens[i]!;
			const score = featuresOf(tokens, i, date, w.lexicon, ids).reduce(
				(sum, f) => sum + (w.weights[f] ?? 0),
				0
			);
			return { start: t.start, end: t.end, word: t.text, score };
		})
		.sort((a, b) => b.score - a.score);
}

/** The word the date `date` (offsets into `sentence`) governs, or null if there is none. */
export function chooseGoverned(sentence: string, date: Span, w: Weights = WEIGHTS): Choice | null {
	const [best, next] = ranked(sentence, date, w);
	if (!best) return null;
	const { start, end, word } = best;
	return { start, end, word, margin: next ? best.score - next.score : 0 };
}
