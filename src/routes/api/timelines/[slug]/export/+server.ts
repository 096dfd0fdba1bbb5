import { EXPORT_FORMATS, exportTimeline, type TimelineFormat } from '$lib/interchange';
import { database } from '$lib/server/db';
import { api, editorOf } from '$lib/server/http';
import { readDraft } from '$lib/server/revisions';
import { StoreError } from '$lib/server/store-error';
import type { RequestHandler } from './$types';

/**
 * The draft an editor works on as a file to download: `?format=json|timelinejs|csv|ics`, the
 * same writers as `npm run export` (which writes the published revision). What a format cannot
 * hold (an .ics has no year before AD 1) is listed in `X-Dateline-Warnings`.
 */
export const GET: RequestHandler = api(async (event) => {
	editorOf(event);
	const format = event.url.searchParams.get('format') ?? 'json';
	if (!EXPORT_FORMATS.includes(format as TimelineFormat))
		throw new StoreError(400, `format: "${format}" is not one of ${EXPORT_FORMATS.join(', ')}`);
	const draft = await readDraft(await database(), event.params.slug);
	if (!draft.document)
		throw new StoreError(
			404,
			`${draft.slug}: the article is still being read; export it once its events are found`
		);
	const out = exportTimeline(draft.document, format as TimelineFormat, {
		origin: event.url.origin,
		slug: draft.slug
	});
	return new Response(out.body, {
		headers: {
			'content-type': out.contentType,
			'content-disposition': `attachment; filename="${draft.slug}.${out.extension}"`,
			'cache-control': 'no-store',
			...(out.warnings.length && {
				'x-dateline-warnings': encodeURIComponent(out.warnings.join('\n'))
			})
		}
	});
});
