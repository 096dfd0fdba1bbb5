import { statusReport } from '$lib/server/status';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => statusReport();
