import { json } from '@sveltejs/kit';
import { statusReport } from '$lib/server/status';
import type { RequestHandler } from './$types';

/**
 * `/status` as JSON (for monitors and scripts; a browser asking for HTML gets the page): the
 * timelines served and every problem in data/, by file.
 */
export const GET: RequestHandler = async () =>
	json(await statusReport(), { headers: { 'cache-control': 'no-store' } });
