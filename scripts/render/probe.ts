/**
 * What the render bench records inside a page, from navigation start: when the timeline is
 * first drawn, every animation frame while the sequence runs, and every long task.
 */
import type { Page } from 'playwright-core';

export interface ProbeRecord {
	/** ms from navigation start to the frame after the one that first showed the marks. */
	drawn: number | null;
	/** requestAnimationFrame timestamps (ms) while recording. */
	frames: number[];
	/** [start, duration] in ms of each long task (over 50 ms) since navigation start. */
	longTasks: [number, number][];
	/** ms from navigation start until the whole HTML document was received, and its bytes sent. */
	documentIn: number;
	documentBytes: number;
}

declare global {
	interface Window {
		__renderProbe: Pick<ProbeRecord, 'drawn' | 'frames' | 'longTasks'> & { recording: boolean };
	}
}

/**
 * Installed before any of the page's own scripts (`addInitScript`). Every frame it looks for
 * the selector (the timeline's marks); the frame in which they are first found paints them, so
 * the next frame's start is when they are on screen: that is "first drawn". A page busy in a
 * long task runs no frames, so the time includes every task before the marks can show.
 *
 * In-page code is a string: tsx names functions with a helper (`__name`) that the page lacks.
 */
const PROBE = `(selector) => {
	const probe = { drawn: null, frames: [], longTasks: [], recording: false };
	window.__renderProbe = probe;
	try {
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) probe.longTasks.push([entry.startTime, entry.duration]);
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// A browser without long-task timing reports none.
	}
	let seen = false;
	const frame = (time) => {
		if (probe.drawn === null) {
			if (seen) probe.drawn = time;
			else seen = document.querySelector(selector) !== null;
		}
		if (probe.recording) probe.frames.push(time);
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
}`;

export const installProbe = (page: Page, selector: string) =>
	page.addInitScript(`(${PROBE})(${JSON.stringify(selector)})`);

/** Resolves after `n` more frames have been produced (so what the last input changed is drawn). */
export const frames = (page: Page, n = 2) =>
	page.evaluate(`new Promise((done) => {
		let left = ${n};
		const next = () => (--left < 0 ? done() : requestAnimationFrame(next));
		next();
	})`);

export const recording = (page: Page, on: boolean) =>
	page.evaluate((value) => {
		window.__renderProbe.recording = value;
	}, on);

export const readProbe = (page: Page): Promise<ProbeRecord> =>
	page.evaluate(() => {
		const { drawn, frames, longTasks } = window.__renderProbe;
		const [navigation] = performance.getEntriesByType(
			'navigation'
		) as PerformanceNavigationTiming[];
		return {
			drawn,
			frames,
			longTasks,
			documentIn: navigation?.responseEnd ?? NaN,
			documentBytes: navigation?.transferSize ?? NaN
		};
	});

/** The JS heap in use after a full garbage collection, and the live DOM nodes, from CDP. */
export async function memory(page: Page): Promise<{ heapMB: number; nodes: number }> {
	const cdp = await page.context().newCDPSession(page);
	try {
		await cdp.send('HeapProfiler.collectGarbage');
		await cdp.send('Performance.enable');
		const { metrics } = await cdp.send('Performance.getMetrics');
		const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
		return { heapMB: metric('JSHeapUsedSize') / 2 ** 20, nodes: metric('Nodes') };
	} finally {
		await cdp.detach();
	}
}
