import { CHART, lowerBound, type EventIndex, type ViewItem } from '$lib/layout';

/** Shades of a tick, from a lone event to the densest pixel of the view. */
const LEVELS = 4;

let dark: MediaQueryList | undefined;
const colours = new WeakMap<HTMLCanvasElement, { scheme: string; colour: string }>();

/**
 * The canvas's CSS colour: the marks' theme colour, resolved (light-dark() included). Read
 * once per colour scheme: getComputedStyle inside the chart (a container whose size its
 * styles query) lays the page out first, and in every frame of a zoom that was a layout of
 * the labels just changed, a fifth of a phone's frame. The scheme is what the colour follows:
 * the page's `data-theme` (an embed's theme) or else the system's setting.
 */
function markColour(canvas: HTMLCanvasElement): string {
	dark ??= matchMedia('(prefers-color-scheme: dark)');
	const scheme = `${document.documentElement.dataset.theme}/${dark.matches}`;
	let known = colours.get(canvas);
	if (known?.scheme !== scheme) {
		known = { scheme, colour: getComputedStyle(canvas).color };
		colours.set(canvas, known);
	}
	return known.colour;
}

/**
 * Draws the events inside a long timeline's clusters on a canvas, one tick each: a cluster may
 * hold 100,000 events, which as SVG elements would be as many DOM nodes. Ticks are merged per
 * device pixel and shaded by how many events they stand for, so the row also reads as
 * density; a frame costs the members in view and one stroke per pixel at most. Labelled events
 * keep their SVG marks (EventMarks), which carry the selection's looks. Loaded by the chart
 * for a long timeline only (a short one draws its few ticks in SVG).
 */
export function drawMemberTicks(
	canvas: HTMLCanvasElement,
	items: readonly ViewItem[],
	index: EventIndex,
	span: readonly [Date, Date],
	width: number
): void {
	const ratio = devicePixelRatio || 1;
	const w = Math.max(1, Math.round(width * ratio));
	// The canvas is the axis and the marks' row tall (TimelineChart sets it): reading its size
	// back would lay out the page in the middle of every frame of a zoom.
	const h = Math.round((CHART.axisHeight + CHART.markRow) * ratio);
	if (canvas.width !== w) canvas.width = w;
	if (canvas.height !== h) canvas.height = h;
	const context = canvas.getContext('2d');
	if (!context) return;
	context.setTransform(1, 0, 0, 1, 0, 0);
	context.clearRect(0, 0, w, h);
	context.strokeStyle = markColour(canvas);
	context.lineWidth = 2 * ratio;
	const y = CHART.axisHeight + CHART.markRow / 2;
	const from = span[0].getTime();
	const scale = w / Math.max(1, span[1].getTime() - from);
	const anchor = index.anchor;
	// Events per device pixel: a lone event is a full tick, a crowd a darker one. Only the
	// members in view are counted: a cluster running off the view's edge may hold most of the
	// timeline, and walking it all on every frame of a zoom was most of a phone's frame.
	const counts = new Uint32Array(w + 1);
	let most = 1;
	const first = lowerBound(index, from - 0.5 / scale);
	const end = lowerBound(index, from + (w + 0.5) / scale);
	for (const item of items) {
		if (item.kind !== 'cluster') continue;
		const last = Math.min(item.last, end - 1);
		for (let s = Math.max(item.first, first); s <= last; s++) {
			const x = Math.round((anchor[s]! - from) * scale);
			if (x < 0 || x > w) continue;
			const c = ++counts[x]!;
			if (c > most) most = c;
		}
	}
	for (let level = 1; level <= LEVELS; level++) {
		context.globalAlpha = 0.4 + (0.6 * (level - 1)) / (LEVELS - 1);
		context.beginPath();
		for (let x = 0; x <= w; x++) {
			const c = counts[x]!;
			if (!c) continue;
			const shade =
				most === 1 ? LEVELS : 1 + Math.round(((LEVELS - 1) * Math.log(c)) / Math.log(most));
			if (shade !== level) continue;
			context.moveTo(x, (y - 6) * ratio);
			context.lineTo(x, (y + 6) * ratio);
		}
		context.stroke();
	}
	context.globalAlpha = 1;
}
