/**
 * Dateline's temporal tagger for English news: finds TIMEX3 expressions (DATE, TIME, DURATION,
 * SET) and normalises them against the publication date. Pure TypeScript, no DOM or Node APIs.
 */
import type { Timex } from '../timeline/types';
import { inferPublished } from './infer';
import { tag } from './tagger';

export { inferPublished } from './infer';
export { toTimeML } from './timeml';

export interface TagOptions {
	/** YYYY-MM-DD, the document creation time. When absent it is guessed from the text. */
	published?: string;
}

/**
 * Temporal expressions in `text`, sorted by start and non-overlapping; offsets are string
 * indices, end exclusive, so `text.slice(t.start, t.end) === t.text`.
 */
export function tagTimexes(text: string, options: TagOptions = {}): Timex[] {
	const published = options.published ?? inferPublished(text)?.published;
	return tag(text, published);
}
