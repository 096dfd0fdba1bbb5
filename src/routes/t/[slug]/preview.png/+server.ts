import { error } from '@sveltejs/kit';
import { STATIC_EXPORT } from '$lib/embed/deployment';
import { previewSvg } from '$lib/preview/svg';
import { readTimeline, servedSlugs } from '$lib/server/articles';
import { renderPng } from '$lib/server/preview-png';
import { formatDay, parseCalendarDay } from '$lib/timeline';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * The timeline's social preview, `/t/<slug>/preview.png`: what og:image, twitter:image and the
 * oEmbed thumbnail point at. Prerendered as a file in the static export.
 */
export const prerender = STATIC_EXPORT;

// SvelteKit calls this while building for either deployment; only the export reads data/, and
// it leaves broken timelines out, their previews with them.
export const entries: EntryGenerator = () =>
	STATIC_EXPORT ? servedSlugs().map((slug) => ({ slug })) : [];

export const GET: RequestHandler = async ({ params }) => {
	let found: Awaited<ReturnType<typeof readTimeline>>;
	try {
		found = await readTimeline(params.slug, { wait: STATIC_EXPORT ? Infinity : 1500 });
	} catch (e) {
		error(500, `This timeline's data is broken. ${(e as Error).message}`);
	}
	if (!found) error(404, `No timeline called "${params.slug}"`);
	const { article, timeline } = found;
	// While a new article is extracted there is nothing to draw yet: ask again soon.
	if (!timeline) error(503, `The timeline of "${params.slug}" is being prepared`);
	const day = parseCalendarDay(article.published);
	const byline = day ? `${article.source} · ${formatDay(day)}` : article.source;
	const png = renderPng(previewSvg(timeline, { title: article.title, byline }));
	return new Response(new Uint8Array(png), {
		headers: {
			'content-type': 'image/png',
			// A preview changes only when the timeline does; an hour is what oEmbed's cache_age says.
			'cache-control': 'public, max-age=3600'
		}
	});
};
