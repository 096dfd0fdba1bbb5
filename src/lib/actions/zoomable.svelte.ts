import type { ViewState } from '../state/view.svelte';

export interface ZoomableOptions {
	view: ViewState;
	/** Called when a plain wheel (no ctrl or ⌘) turns over the chart: it scrolls the page. */
	onplainwheel?: () => void;
}

/** Two taps closer than this in time (ms) and space (px) are a double tap. */
const DOUBLE_TAP_MS = 320;
const DOUBLE_TAP_PX = 30;
/** A touch moves this far sideways before it pans, so a tap stays a tap. */
const PAN_SLOP = 6;
/** Wheel events closer than this (ms) are one gesture, which may run on past a zoom bound. */
const WHEEL_GESTURE_MS = 150;

/** One notch of a mouse wheel (100 px) doubles or halves the zoom; a trackpad's small steps glide. */
function wheelZoomFactor(event: WheelEvent): number {
	const unit = event.deltaMode === 1 ? 33 : event.deltaMode ? 800 : 1;
	return 2 ** Math.max(-1, Math.min(1, (-event.deltaY * unit) / 100));
}

const preventDefault = (event: Event) => event.preventDefault();
const stopClick = (event: Event) => {
	event.preventDefault();
	event.stopImmediatePropagation();
};

/** Whether an input event landed on something of its own (a label, a cluster, a button). */
const onControl = (event: Event) =>
	event.target instanceof Element && event.target.closest('button, a, input') !== null;

/**
 * Input on the chart, following the page's conventions. The page owns vertical scrolling: a
 * plain wheel and a vertical swipe scroll it (the node has `touch-action: pan-y`, and nothing
 * here takes a vertical touch). Zoom is ctrl/⌘ + wheel (a trackpad pinch arrives as
 * ctrl + wheel), a two-finger pinch, or a double click or tap; a horizontal wheel, a mouse drag
 * and a one-finger sideways drag pan. The ViewState is the one source of truth and does the
 * maths (zoom about a point, bounds); this only reads gestures. It does what d3-zoom's
 * behaviour did for the mouse and the wheel without d3-zoom, d3-drag, d3-selection and
 * d3-transition, which an embed would otherwise load (#15).
 */
export function zoomable(node: HTMLElement, options: ZoomableOptions) {
	let { view, onplainwheel } = options;
	let wheelGestureUntil = -Infinity;

	// A tap on the chart shows no highlight box on phones, as d3-zoom's behaviour had it.
	node.style.setProperty('-webkit-tap-highlight-color', 'rgba(0,0,0,0)');

	function onwheel(event: WheelEvent) {
		if (event.ctrlKey || event.metaKey) {
			// At a zoom bound, a new gesture goes to the browser (page zoom), as with d3-zoom; one
			// already zooming the chart keeps the page still.
			const { k } = view.transform;
			const factor = wheelZoomFactor(event);
			const bounded = Math.min(view.maxZoom, Math.max(1, k * factor));
			if (bounded === k && event.timeStamp > wheelGestureUntil) return;
			event.preventDefault();
			wheelGestureUntil = event.timeStamp + WHEEL_GESTURE_MS;
			view.zoomBy(bounded / k, event.clientX - left());
			return;
		}
		if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
			// A sideways wheel or trackpad swipe pans; the page has nothing to scroll sideways.
			event.preventDefault();
			const unit = event.deltaMode === 1 ? 33 : event.deltaMode ? view.width : 1;
			view.panBy(-event.deltaX * unit);
		} else if (event.deltaY !== 0) onplainwheel?.();
	}

	function ondblclick(event: MouseEvent) {
		// A finger's double tap has zoomed already (onpointerup); the browser's dblclick after it
		// would zoom again (4× where + and a mouse zoom 2×).
		if (onControl(event) || event.timeStamp - tapped < DOUBLE_TAP_MS) return;
		const x = event.clientX - node.getBoundingClientRect().left;
		view.zoomBy(event.shiftKey ? 0.5 : 2, x);
	}

	// Touch is read from pointer events: one finger dragged sideways pans, two fingers pinch
	// (and pan). Vertical swipes never reach here as moves: with touch-action: pan-y the
	// browser scrolls the page and cancels the pointer.
	// Bookkeeping of the fingers down, not state anything draws.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const fingers = new Map<number, { x: number; y: number }>();
	/** When a finger last tapped, ms. */
	let tapped = -Infinity;
	let drag: { id: number; x0: number; tx: number; panning: boolean } | null = null;
	// The chart's left edge is read once a pinch: read on every move, it laid the page out in
	// the middle of each frame (the labels had just changed), which a phone's frame had no room for.
	let pinch: { d0: number; p: number; k0: number; left: number } | null = null;
	let lastTap: { t: number; x: number; y: number } | null = null;

	let pinchFrame = 0;
	function pinchTo() {
		pinchFrame = 0;
		if (!pinch || fingers.size !== 2) return;
		const { d, mid } = spread(pinch.left);
		const k = Math.min(view.maxZoom, Math.max(1, (pinch.k0 * d) / pinch.d0));
		view.setTransform(k, mid - pinch.p * k);
	}
	/** A pinch's last move counts before a finger lifts or a new one lands. */
	function settlePinch() {
		if (!pinchFrame) return;
		cancelAnimationFrame(pinchFrame);
		pinchTo();
	}

	const left = () => node.getBoundingClientRect().left;
	const spread = (from: number) => {
		const [a, b] = [...fingers.values()];
		return {
			d: Math.max(1, Math.hypot(a!.x - b!.x, a!.y - b!.y)),
			mid: (a!.x + b!.x) / 2 - from
		};
	};

	// A mouse (or pen) drags with its main button; the window follows it past the chart's edge.
	// Once it has moved, the click that ends it is not a click on a label, and no text is
	// selected on the way.
	let mouseDrag: { id: number; x0: number; tx: number; moved: boolean } | null = null;

	function onmousedown(event: PointerEvent) {
		if (event.button !== 0 || event.ctrlKey) return;
		mouseDrag = { id: event.pointerId, x0: event.clientX, tx: view.transform.x, moved: false };
		addEventListener('pointermove', onmousemove);
		addEventListener('pointerup', onmouseup);
		addEventListener('pointercancel', onmouseup);
		addEventListener('selectstart', preventDefault, { capture: true });
		addEventListener('dragstart', preventDefault, { capture: true });
	}

	function onmousemove(event: PointerEvent) {
		if (!mouseDrag || event.pointerId !== mouseDrag.id) return;
		const dx = event.clientX - mouseDrag.x0;
		mouseDrag.moved ||= dx !== 0;
		view.setTransform(view.transform.k, mouseDrag.tx + dx);
	}

	function onmouseup(event: PointerEvent) {
		if (!mouseDrag || event.pointerId !== mouseDrag.id) return;
		if (mouseDrag.moved && event.type === 'pointerup') {
			addEventListener('click', stopClick, { capture: true, once: true });
			// A release off the chart makes no click: nothing to stop after this turn.
			setTimeout(() => removeEventListener('click', stopClick, { capture: true }), 0);
		}
		endMouseDrag();
	}

	function endMouseDrag() {
		mouseDrag = null;
		removeEventListener('pointermove', onmousemove);
		removeEventListener('pointerup', onmouseup);
		removeEventListener('pointercancel', onmouseup);
		removeEventListener('selectstart', preventDefault, { capture: true });
		removeEventListener('dragstart', preventDefault, { capture: true });
	}

	function onpointerdown(event: PointerEvent) {
		if (event.pointerType !== 'touch') return onmousedown(event);
		settlePinch();
		fingers.set(event.pointerId, { x: event.clientX, y: event.clientY });
		drag = null;
		pinch = null;
		if (fingers.size === 1) {
			drag = { id: event.pointerId, x0: event.clientX, tx: view.transform.x, panning: false };
		} else if (fingers.size === 2) {
			const edge = left();
			const { d, mid } = spread(edge);
			const { k, x } = view.transform;
			// The instant under the fingers' midpoint, in unzoomed px, stays under it.
			pinch = { d0: d, p: (mid - x) / k, k0: k, left: edge };
		}
	}

	function onpointermove(event: PointerEvent) {
		const finger = fingers.get(event.pointerId);
		if (!finger) return;
		finger.x = event.clientX;
		finger.y = event.clientY;
		if (pinch && fingers.size === 2) {
			// Both fingers move in every frame, each its own pointermove, and each zoom is a whole
			// render of the chart: the zoom follows the fingers once a frame, in its animation
			// callbacks (input is dispatched just before them), so a phone renders once, not twice.
			pinchFrame ||= requestAnimationFrame(pinchTo);
			return;
		}
		if (!drag || event.pointerId !== drag.id) return;
		const dx = event.clientX - drag.x0;
		if (!drag.panning && Math.abs(dx) < PAN_SLOP) return;
		drag.panning = true;
		view.setTransform(view.transform.k, drag.tx + dx);
	}

	function onpointerup(event: PointerEvent) {
		if (event.pointerType !== 'touch') return;
		settlePinch();
		const wasTap = drag?.id === event.pointerId && !drag.panning && fingers.size === 1;
		fingers.delete(event.pointerId);
		drag = null;
		pinch = null;
		if (!wasTap || onControl(event)) return;
		const tap = { t: (tapped = event.timeStamp), x: event.clientX, y: event.clientY };
		if (
			lastTap &&
			tap.t - lastTap.t < DOUBLE_TAP_MS &&
			Math.hypot(tap.x - lastTap.x, tap.y - lastTap.y) < DOUBLE_TAP_PX
		) {
			view.zoomBy(2, tap.x - left());
			lastTap = null;
		} else lastTap = tap;
	}

	function onpointercancel(event: PointerEvent) {
		settlePinch();
		fingers.delete(event.pointerId);
		drag = null;
		pinch = null;
	}

	node.addEventListener('wheel', onwheel, { passive: false });
	node.addEventListener('dblclick', ondblclick);
	node.addEventListener('pointerdown', onpointerdown);
	node.addEventListener('pointermove', onpointermove);
	node.addEventListener('pointerup', onpointerup);
	node.addEventListener('pointercancel', onpointercancel);

	return {
		update(next: ZoomableOptions) {
			({ view, onplainwheel } = next);
		},
		destroy() {
			endMouseDrag();
			cancelAnimationFrame(pinchFrame);
			node.removeEventListener('wheel', onwheel);
			node.removeEventListener('dblclick', ondblclick);
			node.removeEventListener('pointerdown', onpointerdown);
			node.removeEventListener('pointermove', onpointermove);
			node.removeEventListener('pointerup', onpointerup);
			node.removeEventListener('pointercancel', onpointercancel);
		}
	};
}
