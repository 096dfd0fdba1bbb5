import { slugify } from '../extract/article';
import type { Article, Timeline, TimelineEvent } from '../timeline/types';

/** What an importer gives: the timeline, and an article made of its events' texts. */
export interface Imported {
	article: Article;
	timeline: Timeline;
}

export interface ImportOptions {
	/** The slug to file it under; by default made from the title. */
	slug?: string;
	/**
	 * YYYY-MM-DD, the day of the import, which relative dates typed later count from. A
	 * TimelineJS file names no day of its own: the timeline says `publishedUnknown`, and bylines
	 * leave the day out.
	 */
	published: string;
	/** Named in error messages ("bounties.json: events[2]: start_date.month: …"). */
	file?: string;
}

const ID = /^[a-z0-9][a-z0-9_-]*$/;

/** An id for an imported event: its own if usable, else made from its words; never a repeat. */
export function uniqueId(wanted: string | undefined, fallback: string, taken: Set<string>): string {
	const base =
		(wanted && ID.test(wanted) ? wanted : slugify(wanted ?? '', 60)) ||
		slugify(fallback, 60) ||
		'event';
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

/**
 * Builds the article an imported timeline reads beside: one paragraph per event (its text, or
 * its headline when it has none), each event's source pointing at its own paragraph, so every
 * event keeps a sentence a reader can jump to.
 */
export function withArticle(
	events: Omit<TimelineEvent, 'source'>[],
	meta: { slug: string; title: string; source: string; published: string }
): Imported {
	let text = '';
	const placed: TimelineEvent[] = events.map((event) => {
		const paragraph = (event.summary || event.title).replace(/\s*\n\s*/g, ' ');
		if (text) text += '\n\n';
		const start = text.length;
		text += paragraph;
		return { ...event, source: { article: meta.slug, start, end: text.length } };
	});
	return {
		article: { ...meta, text: text + '\n' },
		timeline: { article: meta.slug, title: meta.title, published: meta.published, events: placed }
	};
}
