import { error, redirect } from '@sveltejs/kit';
import { STATIC_EXPORT } from '$lib/embed/deployment';
import { bodyParagraphs } from '$lib/extract/sentences';
import { sentencesElsewhere, sourcesOf, toldIn } from '$lib/timeline/sources';
import type { Article, Timeline } from '$lib/timeline/types';
import { packTimeline } from '$lib/timeline/wire';
import { importProblemFor } from './data-files';
import { database } from './db';
import { isLong, rangedOf, rankOf } from './ranges';
import { isRedirect, oembedTimeline, readPublished } from './timelines';

/** Paragraphs per published revision: split once, not on every request. */
const paragraphCache = new Map<string, ReturnType<typeof bodyParagraphs>>();
const PARAGRAPH_ENTRIES = 100;

function paragraphsOf(slug: string, revision: number, timeline: Timeline, article?: Article) {
	const key = `${slug}@${revision}`;
	let paragraphs = paragraphCache.get(key);
	if (!paragraphs) {
		paragraphs = bodyParagraphs(
			article?.text ?? '',
			toldIn(timeline.events.flatMap(sourcesOf), article?.slug)
		);
		paragraphCache.set(key, paragraphs);
		if (paragraphCache.size > PARAGRAPH_ENTRIES)
			paragraphCache.delete(paragraphCache.keys().next().value!);
	}
	return paragraphs;
}

/**
 * A timeline's published revision, or where it moved; a 404 without one, and a 500 naming the
 * file, event and field when its data files could not be imported.
 */
export async function readServed(slug: string) {
	const db = await database();
	const found = await readPublished(db, slug);
	if (found) return found;
	const problem = await importProblemFor(db, slug);
	// A broken data file is the editor's to fix: say which file, event and field, in the page.
	if (problem) error(500, `This timeline's data is broken. ${problem}`);
	error(404, `No timeline called "${slug}"`);
}

/**
 * What a reader of one timeline needs: the article's metadata, its body as paragraphs of
 * sentences, and the published revision of the timeline from the store (never a draft; its
 * summaries left out where the sentences hold them). The reader page and the embed load the
 * same data; the embed is the reader without the site around it. A renamed timeline's old
 * address redirects for good (308), query string kept.
 */
export async function readerData(slug: string, url: URL, route: 't' | 'embed') {
	const found = await readServed(slug);
	if (isRedirect(found)) redirect(308, `/${route}/${found.redirect}${url.search}`);
	const { timeline, articles } = found;
	const first = articles[0];
	const paragraphs = paragraphsOf(found.slug, found.revision, timeline, first);
	// A long timeline's page (reader or embed) carries its index summary and the events its
	// opening view labels; the rest load by range from /t/<slug>/events/<chunk>.json. An embed
	// opening on an event (`?event=`, which only a server sees) carries that one too.
	const { sent, ranges } = isLong(timeline)
		? rangedPage(found.slug, found.revision, timeline, route === 'embed' ? openingEvent(url) : null)
		: { sent: timeline, ranges: null };
	return {
		article: {
			slug: found.slug,
			title: timeline.title || first?.title || found.slug,
			source: first?.source ?? '',
			// A day the story never gave (an imported file's) is no byline's.
			published: timeline.publishedUnknown ? '' : timeline.published || first?.published || ''
		},
		paragraphs,
		/** Every article the timeline was read from, for cards that list several sources. */
		articles: articles.map((a) => ({
			slug: a.slug,
			title: a.title,
			source: a.source,
			published: a.published,
			...(a.url && { url: a.url })
		})),
		/** Sentences of the other articles that told its events: this page shows the first only. */
		elsewhere: sentencesElsewhere(sent, articles, first?.slug),
		timeline: packTimeline(sent, paragraphs.flat()),
		ranges,
		// Published revisions are whole: nothing is ever being prepared for readers.
		preparing: false
	};
}

/** A published timeline for an endpoint that needs only its name: 404 without one. */
export async function readKnownTimeline(slug: string) {
	const found = await readServed(slug);
	return isRedirect(found) ? found : oembedTimeline(found);
}

/** The event an embed opens on, as its query names it; none where no query is seen (prerendering). */
const openingEvent = (url: URL) => (STATIC_EXPORT ? null : url.searchParams.get('event'));

/**
 * A long timeline's share of its page: the events carried (in date order) and their ranks,
 * the opening view's and, when named, the event the page opens on.
 */
function rangedPage(slug: string, revision: number, timeline: Timeline, opensOn: string | null) {
	const ranged = rangedOf(slug, revision, timeline);
	const carried = new Map(Object.entries(ranged.opening).map(([rank, e]) => [Number(rank), e]));
	const rank = opensOn ? rankOf(ranged, opensOn) : -1;
	if (rank >= 0) carried.set(rank, ranged.sorted[rank]!);
	const ranks = [...carried.keys()].sort((a, b) => a - b);
	return {
		sent: { ...timeline, events: ranks.map((r) => carried.get(r)!) },
		ranges: { summary: ranged.summary, ranks }
	};
}

/** What a reader page and an embed receive from `readerData`. */
export type ReaderData = Awaited<ReturnType<typeof readerData>>;
