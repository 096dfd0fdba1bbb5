/**
 * The fixed sequence the render bench puts each timeline through, as a reader at a desk does it:
 * load, 10 zoom steps (ctrl + wheel, one notch each, at the chart's centre), a drag of 400 px
 * in 10 moves, and a jump to the far end. Each step waits for two frames, so what it changed
 * is drawn before the next; the frames in between are what the figures measure.
 *
 * On a phone (a CDP session given) the same sequence is made with fingers, through
 * `Input.dispatchTouchEvent`: 10 two-finger pinches at the chart's centre, each spreading the
 * fingers from 60 to 120 px apart in 4 moves (so each doubles the zoom, as a notch does), a
 * one-finger swipe of 240 px in 10 moves, and the same jump to the far end (the End key: a
 * tap on the overview strip's far end would show the padding past the last event, not it).
 */
import type { CDPSession, Page } from 'playwright-core';
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

const PINCH_FROM = 30;
const PINCH_MOVES = 4;
const SWIPE_STEP = 24;

type Point = [number, number];

/** One frame of fingers on the screen; no fingers ends the gesture. */
const touch = (cdp: CDPSession, type: 'touchStart' | 'touchMove', points: Point[]) =>
	cdp.send('Input.dispatchTouchEvent', {
		type,
		touchPoints: points.map(([x, y], id) => ({ x, y, id }))
	});
const lift = (cdp: CDPSession) =>
	cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });

/** The chart's centre, in the window (a phone's chart may start below its fold). */
async function centre(page: Page, subject: Subject, scrollTo: boolean) {
	const chart = page.locator(subject.chart).first();
	if (scrollTo) await chart.scrollIntoViewIfNeeded();
	const box = await chart.boundingBox();
	if (!box) throw new Error(`${subject.name}: ${subject.chart} is not on the page`);
	return { box, x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Before the figures are recorded: the phone scrolls its chart into view. */
export async function prepare(page: Page, subject: Subject, cdp: CDPSession | null) {
	if (!cdp) return;
	await centre(page, subject, true);
	await frames(page);
}

export async function runSequence(
	page: Page,
	subject: Subject,
	step: (what: string) => void,
	cdp: CDPSession | null = null
): Promise<void> {
	if (cdp) return runTouchSequence(page, subject, step, cdp);
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

async function runTouchSequence(
	page: Page,
	subject: Subject,
	step: (what: string) => void,
	cdp: CDPSession
): Promise<void> {
	const { box, x, y } = await centre(page, subject, false);
	for (let i = 0; i < ZOOM_STEPS; i++) {
		step(`pinch ${i + 1}`);
		for (let m = 0; m <= PINCH_MOVES; m++) {
			const half = PINCH_FROM * (1 + m / PINCH_MOVES);
			await touch(cdp, m === 0 ? 'touchStart' : 'touchMove', [
				[x - half, y],
				[x + half, y]
			]);
			await frames(page);
		}
		await lift(cdp);
		await frames(page);
	}
	const x0 = box.x + box.width * 0.8;
	for (let i = 0; i <= DRAG_MOVES; i++) {
		step(`swipe move ${i}`);
		await touch(cdp, i === 0 ? 'touchStart' : 'touchMove', [[x0 - i * SWIPE_STEP, y]]);
		await frames(page);
	}
	await lift(cdp);
	await frames(page);
	step('jump to the end');
	await subject.toEnd(page);
	await frames(page);
}

/**
 * After the sequence, outside the figures: a vertical swipe on the chart must scroll the page
 * and leave the chart's view as it was (the chart has `touch-action: pan-y`). The bench's pages
 * are short enough to fit a phone's screen, so a spacer goes below them first to give the page
 * room to scroll. The reader's chart follows the article's sentence at the reading line as the
 * page scrolls, by design: its sentences are unmarked first, so what is measured is whether the
 * chart took the swipe, not whether the reading line moved. Returns how far the page scrolled
 * and whether the view stayed.
 */
export async function verticalSwipe(
	page: Page,
	subject: Subject,
	cdp: CDPSession
): Promise<{ scrolledPx: number; roomPx: number; viewKept: boolean }> {
	const before = await subject.inView(page);
	await page.evaluate(`(() => {
		const spacer = document.createElement('div');
		spacer.style.height = '1000px';
		document.body.append(spacer);
		for (const sentence of document.querySelectorAll('[data-dated]')) sentence.removeAttribute('data-dated');
		dispatchEvent(new Event('resize'));
	})()`);
	await frames(page);
	const { x, y } = await centre(page, subject, true);
	const top = (await page.evaluate('scrollY')) as number;
	const roomPx = (await page.evaluate(
		'Math.max(0, document.scrollingElement.scrollHeight - innerHeight - scrollY)'
	)) as number;
	for (let i = 0; i <= 8; i++) {
		await touch(cdp, i === 0 ? 'touchStart' : 'touchMove', [[x, y + 60 - i * 15]]);
		await frames(page, 1);
	}
	await lift(cdp);
	await frames(page, 6);
	const scrolled = (await page.evaluate('scrollY')) as number;
	return {
		scrolledPx: Math.round(scrolled - top),
		roomPx: Math.round(roomPx),
		viewKept: (await subject.inView(page)) === before
	};
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
			timeline.setWindow(end + span / 50 - span, end + span / 50, { animation: false });
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
