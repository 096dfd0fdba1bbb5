import { error, redirect } from '@sveltejs/kit';
import { STATIC_EXPORT } from '$lib/embed/deployment';
import { previewSvg } from '$lib/preview/svg';
import { database } from '$lib/server/db';
import { renderPng } from '$lib/server/preview-png';
import { readServed } from '$lib/server/reader';
import { isRedirect, listPublished } from '$lib/server/timelines';
import { formatDay, parseCalendarDay } from '$lib/timeline';
import { byline } from '$lib/timeline/byline';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * The timeline's social preview, `/t/<slug>/preview.png`: what og:image, twitter:image and the
 * oEmbed thumbnail point at, drawn from the published revision. Prerendered as a file in the
 * static export.
 */
export const prerender = STATIC_EXPORT;

// SvelteKit calls this while building for either deployment; only the export reads the store,
// and it has only the timelines that are published, their previews with them.
export const entries: EntryGenerator = async () =>
	STATIC_EXPORT ? (await listPublished(await database())).map(({ slug }) => ({ slug })) : [];

export const GET: RequestHandler = async ({ params }) => {
	const found = await readServed(params.slug);
	if (isRedirect(found)) redirect(308, `/t/${found.redirect}/preview.png`);
	const { timeline, articles } = found;
	const first = articles[0];
	if (!first) error(404, `No timeline called "${params.slug}"`);
	const title = timeline.title || first.title;
	const published = timeline.published || first.published;
	const day = timeline.publishedUnknown ? null : parseCalendarDay(published);
	const png = renderPng(
		previewSvg(timeline, { title, byline: byline(first.source, day && formatDay(day)) })
	);
	return new Response(new Uint8Array(png), {
		headers: {
			'content-type': 'image/png',
			// A preview changes only when the timeline does; an hour is what oEmbed's cache_age says.
			'cache-control': 'public, max-age=3600'
		}
	});
};
