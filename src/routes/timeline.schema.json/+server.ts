import { json } from '@sveltejs/kit';
import { timelineSchema } from '$lib/timeline/schema';
import type { RequestHandler } from './$types';

// The schema is the same for every deployment, so the static export carries it too.
export const prerender = true;

export const GET: RequestHandler = () =>
	json(timelineSchema, { headers: { 'cache-control': 'public, max-age=3600' } });
