import { bisectLeft } from 'd3-array';
import type { Article, SourceRef, Timeline, TimelineEvent } from './types';

/**
 * A sentence of another article that told one of the timeline's events (a timeline made of
 * several articles). The reader page carries the first article's text only, so these come
 * with it: the words, who published them, and a link to the sentence in the original page.
 */
export interface ToldElsewhere {
	text: string;
	/** The article's source (its publication), else its title. */
	name: string;
	/** The article's address with a text fragment that scrolls to the sentence, when known. */
	href?: string;
}

export const sourceKey = (source: SourceRef) => `${source.article}:${source.start}`;

/** Every sentence an event stands on: its own, then those merged into it. */
export function sourcesOf(e: TimelineEvent): SourceRef[] {
	return [e.source, ...(e.sources ?? [])];
}

/**
 * Whether one of the sources is a sentence of `article` starting between two offsets: the
 * paragraphs a reader must see, whatever they look like (see `Told` in extract/sentences).
 */
export function toldIn(
	sources: readonly Pick<SourceRef, 'article' | 'start'>[],
	article: string | undefined
): (start: number, end: number) => boolean {
	const starts = sources
		.filter((s) => s.article === article)
		.map((s) => s.start)
		.sort((a, b) => a - b);
	return (start, end) => {
		const i = bisectLeft(starts, start);
		return i < starts.length && starts[i]! < end;
	};
}

/** The sentences of articles other than `shown` that the events' sources point at. */
export function sentencesElsewhere(
	timeline: Timeline,
	articles: Article[],
	shown: string | undefined
): Record<string, ToldElsewhere> {
	const bySlug = new Map(articles.map((a) => [a.slug, a]));
	const out: Record<string, ToldElsewhere> = {};
	for (const event of timeline.events) {
		for (const source of sourcesOf(event)) {
			if (source.article === shown) continue;
			const article = bySlug.get(source.article);
			if (!article) continue;
			const text = article.text.slice(source.start, source.end).replace(/\s+/g, ' ').trim();
			out[sourceKey(source)] = {
				text,
				name: article.source || article.title,
				...(article.url && { href: textFragmentLink(article.url, text) })
			};
		}
	}
	return out;
}

/**
 * A link that opens a page scrolled to a sentence and highlights it (a URL text fragment,
 * `#:~:text=start,end`); browsers without them open the page at its top. Long sentences are
 * matched by their first and last words.
 */
export function textFragmentLink(url: string, text: string): string {
	const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
	const words = text.split(' ').filter(Boolean);
	const fragment =
		words.length <= 10
			? encode(words.join(' '))
			: `${encode(words.slice(0, 5).join(' '))},${encode(words.slice(-4).join(' '))}`;
	return `${url.replace(/#.*$/, '')}#:~:text=${fragment}`;
}
