/**
 * Dateline's temporal tagger for English news: finds TIMEX3 expressions (DATE, TIME, DURATION,
 * SET) and normalises them against the publication date. Pure TypeScript, no DOM or Node APIs.
 */
import type { Timex } from '../timeline/types';
import { inferPublished } from './infer';
import type { Genre } from './story';
import { tagText } from './tagger';

export type { Genre } from './story';

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
	return tagDocument(text, options).timexes;
}

/**
 * The temporal expressions of `text` (as tagTimexes) and its genre: a news report, told around
 * its publication, or a history told in its own time (the years it names lie mostly well
 * before its publication).
 */
export function tagDocument(
	text: string,
	options: TagOptions = {}
): { timexes: Timex[]; genre: Genre } {
	const published = options.published ?? inferPublished(text)?.published;
	return tagText(text, published);
}
