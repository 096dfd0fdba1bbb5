/**
 * How much of a page's main thread its load took, from a Chromium trace: the thread's own CPU
 * time (a task's `tdur`, not its wall time) in tasks from navigation start to first drawn. On
 * a machine shared with other work, wall times move by hundreds of ms from run to run while
 * this moves far less, so a change's effect on the page's own work shows through the load.
 */
import type { Browser, Page } from 'playwright-core';

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	tdur?: number;
	pid: number;
	tid: number;
	args?: { data?: { documentLoaderURL?: string; isLoadingMainFrame?: boolean } };
}

const TASK = 'ThreadControllerImpl::RunTask';

export const startTrace = (browser: Browser, page: Page) =>
	browser.startTracing(page, {
		categories: ['toplevel', 'blink.user_timing', 'devtools.timeline']
	});

/** ms of the main thread's CPU in tasks from the page's navigation start to `untilMs` after it. */
export async function mainThreadCpu(browser: Browser, url: string, untilMs: number) {
	const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
		traceEvents: TraceEvent[];
	};
	const start = traceEvents.find(
		(e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url
	);
	if (!start) return NaN;
	const from = start.ts;
	const to = from + untilMs * 1000;
	const thread = traceEvents.filter(
		(e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X'
	);
	// The scheduler's task, which holds every other; older Chromiums name it RunTask.
	const task = thread.some((e) => e.name === TASK) ? TASK : 'RunTask';
	let cpu = 0;
	for (const e of thread) {
		if (e.name !== task) continue;
		const dur = e.dur ?? 0;
		if (!dur || e.ts >= to || e.ts + dur <= from) continue;
		// A task across either end counts for its share inside.
		const inside = (Math.min(to, e.ts + dur) - Math.max(from, e.ts)) / dur;
		cpu += (e.tdur ?? dur) * inside;
	}
	return cpu / 1000;
}
