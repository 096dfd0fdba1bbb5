import { STATIC_EXPORT } from '$lib/embed/deployment';
import { numberedFile, numberedFiles } from '$lib/server/range-files';
import { lookupFile } from '$lib/server/ranges';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * `/t/<slug>/events/ids/<n>.json`: the ranks (positions in date order) of the events of a
 * long timeline whose ids hash to file n (`lookupFileOf`), as `{ ranks: { <id>: <rank> } }`.
 * A page opening on an event it does not carry (a link's `#<id>`, or `?event=` where no
 * server reads the query) finds the event's chunk from this file. The static export writes
 * every one as a file.
 */
export const prerender = STATIC_EXPORT;

export const entries: EntryGenerator = () => numberedFiles('n');

export const GET: RequestHandler = ({ params, request }) =>
	numberedFile(params.slug, params.n, request, 'look-up file', lookupFile);
