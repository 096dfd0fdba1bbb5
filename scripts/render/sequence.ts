/**
 * The fixed sequence the render bench puts each timeline through, as a reader at a desk does it:
 * load, 10 zoom steps (ctrl + wheel, one notch each, at the chart's centre), a drag of 400 px
 * in 10 moves, and a jump to the far end. Each step waits for two frames, so what it changed
 * is drawn before the next; the frames in between are what the figures measure.
 */
import type { Page } from 'playwright-core';
import { frames } from './probe';

export interface Subject {
	name: string;
	/** The page for the timeline `slug`. */
	url: (slug: string) => string;
	/** Present once the timeline's marks are drawn (and, for Dateline, it takes input). */
	drawn: string;
	/** The area that zooms and pans. */
	chart: string;
	/** Jumps to the far end as a reader of this timeline can. */
	toEnd: (page: Page) => Promise<void>;
	/** What is in view, for the log: shows both went through the same zooms and pans. */
	inView: (page: Page) => Promise<string>;
}

const ZOOM_STEPS = 10;
const NOTCH = 100;
const DRAG_MOVES = 10;
const DRAG_STEP = 40;

export async function runSequence(
	page: Page,
	subject: Subject,
	step: (what: string) => void
): Promise<void> {
	const box = await page.locator(subject.chart).first().boundingBox();
	if (!box) throw new Error(`${subject.name}: ${subject.chart} is not on the page`);
	const x = box.x + box.width / 2;
	const y = box.y + box.height / 2;
	await page.mouse.move(x, y);
	await page.keyboard.down('Control');
	for (let i = 0; i < ZOOM_STEPS; i++) {
		step(`zoom step ${i + 1}`);
		await page.mouse.wheel(0, -NOTCH);
		await frames(page);
	}
	await page.keyboard.up('Control');
	await page.mouse.down();
	for (let i = 1; i <= DRAG_MOVES; i++) {
		step(`drag move ${i}`);
		await page.mouse.move(x - i * DRAG_STEP, y);
		await frames(page);
	}
	await page.mouse.up();
	await frames(page);
	step('jump to the end');
	await subject.toEnd(page);
	await frames(page);
}

/** The reader page and the embed: the same chart, zoomed by ctrl + wheel, End to the far end. */
function dateline(name: string, base: string, path: string): Subject {
	const chart = '.reader[data-interactive] .dl-viewport';
	return {
		name,
		url: (slug) => `${base}/${path}/${slug}`,
		drawn: `${chart} .band.measured .marks > g`,
		chart,
		toEnd: async (page) => {
			await page.locator(chart).focus();
			await page.keyboard.press('End');
		},
		inView: async (page) =>
			(await page.locator('.reader .span').first().textContent())?.trim() ?? ''
	};
}

export const datelineReader = (base: string) => dateline('Dateline reader', base, 't');
export const datelineEmbed = (base: string) => dateline('Dateline embed', base, 'embed');

/**
 * vis-timeline has no key for the far end: its API moves the window there, as a button would,
 * to the same instant Dateline's End key shows.
 */
export const visTimeline = (base: string): Subject => ({
	name: 'vis-timeline',
	url: (slug) => `${base}/${slug}`,
	drawn: '.vis-timeline .vis-item',
	chart: '.vis-timeline .vis-center',
	toEnd: (page) =>
		page.evaluate(() => {
			const { timeline, end } = (window as unknown as { __rival: VisRival }).__rival;
			const window_ = timeline.getWindow();
			const span = window_.end.getTime() - window_.start.getTime();
			timeline.setWindow(end - span, end, { animation: false });
		}),
	inView: (page) =>
		page.evaluate(() => {
			const { start, end } = (
				window as unknown as { __rival: VisRival }
			).__rival.timeline.getWindow();
			// No named helper here: tsx would wrap it in a function the page lacks.
			return `${start.toISOString().slice(0, 10)} – ${end.toISOString().slice(0, 10)}`;
		})
});

interface VisRival {
	timeline: {
		getWindow: () => { start: Date; end: Date };
		setWindow: (start: number, end: number, options: { animation: boolean }) => void;
	};
	end: number;
}
