import type { Timeline, TimelineEvent } from './types';

/**
 * A timeline as a page carries it. An extracted event's summary is its source sentence, which
 * the page already carries as article text, so it is left out and put back in the browser:
 * the page holds each sentence once, not once more per event.
 */
export type WireEvent = Omit<TimelineEvent, 'summary'> & { summary?: string };
export type WireTimeline = Omit<Timeline, 'events'> & { events: WireEvent[] };

interface SentenceLike {
	start: number;
	end: number;
	text: string;
}

const spanKey = (s: { start: number; end: number }) => `${s.start}:${s.end}`;

/** Leaves out each summary that is exactly the sentence its source points at. */
export function packTimeline(timeline: Timeline, sentences: SentenceLike[]): WireTimeline {
	const texts = new Map(sentences.map((s) => [spanKey(s), s.text]));
	return {
		...timeline,
		events: timeline.events.map((event) => {
			if (texts.get(spanKey(event.source)) !== event.summary) return event;
			// eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out on purpose
			const { summary, ...rest } = event;
			return rest;
		})
	};
}

/** Puts back the summaries `packTimeline` left out. */
export function unpackTimeline(wire: WireTimeline, sentences: SentenceLike[]): Timeline {
	const texts = new Map(sentences.map((s) => [spanKey(s), s.text]));
	return {
		...wire,
		events: wire.events.map((event) =>
			event.summary === undefined
				? { ...event, summary: texts.get(spanKey(event.source)) ?? '' }
				: (event as TimelineEvent)
		)
	};
}
