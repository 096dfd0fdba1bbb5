/// <reference lib="webworker" />
import { extractTimeline } from '../extract/events';
import type { Article } from '../timeline/types';

/**
 * Extraction off the main thread: a long paste is read here while the editor keeps typing.
 * One message in (an id and the article), one out (the same id and the timeline or an error).
 */
self.onmessage = (message: MessageEvent<{ id: number; article: Article }>) => {
	const { id, article } = message.data;
	try {
		self.postMessage({ id, timeline: extractTimeline(article) });
	} catch (e) {
		self.postMessage({ id, error: (e as Error).message });
	}
};
