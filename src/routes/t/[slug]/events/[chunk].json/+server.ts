import { STATIC_EXPORT } from '$lib/embed/deployment';
import { numberedFile, numberedFiles } from '$lib/server/range-files';
import { chunkFile } from '$lib/server/ranges';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * `/t/<slug>/events/<n>.json`: the n-th run of CHUNK events, in date order, of a long timeline
 * (`{ first, events }`, `first` the rank of its first event). The reader page loads
 * these as the view moves. The static export writes every chunk of every long timeline as a
 * file.
 */
export const prerender = STATIC_EXPORT;

export const entries: EntryGenerator = () => numberedFiles('chunk');

export const GET: RequestHandler = ({ params, request }) =>
	numberedFile(params.slug, params.chunk, request, 'events chunk', chunkFile);
