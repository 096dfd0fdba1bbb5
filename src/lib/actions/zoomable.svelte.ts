import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
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

/** Whether an input event landed on something of its own (a label, a cluster, a button). */
const onControl = (event: Event) =>
	event.target instanceof Element && event.target.closest('button, a, input') !== null;

/**
 * Input on the chart, following the page's conventions. The page owns vertical scrolling: a
 * plain wheel and a vertical swipe scroll it (the node has `touch-action: pan-y`, and nothing
 * here takes a vertical touch). Zoom is ctrl/⌘ + wheel (a trackpad pinch arrives as
 * ctrl + wheel), a two-finger pinch, or a double click or tap; a horizontal wheel, a mouse drag
 * and a one-finger sideways drag pan. D3 computes the gestures; the ViewState stays the one
 * source of truth, and transforms set by buttons or keys are written back so the next gesture
 * starts from where the view is.
 */
export function zoomable(node: HTMLElement, options: ZoomableOptions) {
	let { view, onplainwheel } = options;
	const behaviour = zoom<HTMLElement, unknown>()
		.filter((event: Event) => {
			if (event.type === 'wheel') {
				const wheel = event as WheelEvent;
				return wheel.ctrlKey || wheel.metaKey;
			}
			return !(event as MouseEvent).button && !(event as MouseEvent).ctrlKey;
		})
		// One notch of a mouse wheel (100 px) doubles or halves; a trackpad's small steps glide.
		.wheelDelta((event: WheelEvent) => {
			const unit = event.deltaMode === 1 ? 33 : event.deltaMode ? 800 : 1;
			return Math.max(-1, Math.min(1, (-event.deltaY * unit) / 100));
		})
		// Touch is handled below from pointer events, which arrive whole where touch events
		// may not; d3 keeps the mouse and the wheel.
		.touchable(() => false)
		.on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
			if (event.sourceEvent) view.setTransform(event.transform.k, event.transform.x);
		});
	const selection = select(node).call(behaviour).on('dblclick.zoom', null);

	function onwheel(event: WheelEvent) {
		if (event.ctrlKey || event.metaKey) return;
		if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
			// A sideways wheel or trackpad swipe pans; the page has nothing to scroll sideways.
			event.preventDefault();
			const unit = event.deltaMode === 1 ? 33 : event.deltaMode ? view.width : 1;
			view.panBy(-event.deltaX * unit);
		} else if (event.deltaY !== 0) onplainwheel?.();
	}

	function ondblclick(event: MouseEvent) {
		if (onControl(event)) return;
		const x = event.clientX - node.getBoundingClientRect().left;
		view.zoomBy(event.shiftKey ? 0.5 : 2, x);
	}

	// Touch is read from pointer events: one finger dragged sideways pans, two fingers pinch
	// (and pan). Vertical swipes never reach here as moves: with touch-action: pan-y the
	// browser scrolls the page and cancels the pointer.
	// Bookkeeping of the fingers down, not state anything draws.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const fingers = new Map<number, { x: number; y: number }>();
	let drag: { id: number; x0: number; tx: number; panning: boolean } | null = null;
	let pinch: { d0: number; p: number; k0: number } | null = null;
	let lastTap: { t: number; x: number; y: number } | null = null;

	const left = () => node.getBoundingClientRect().left;
	const spread = () => {
		const [a, b] = [...fingers.values()];
		return {
			d: Math.max(1, Math.hypot(a!.x - b!.x, a!.y - b!.y)),
			mid: (a!.x + b!.x) / 2 - left()
		};
	};

	function onpointerdown(event: PointerEvent) {
		if (event.pointerType !== 'touch') return;
		fingers.set(event.pointerId, { x: event.clientX, y: event.clientY });
		drag = null;
		pinch = null;
		if (fingers.size === 1) {
			drag = { id: event.pointerId, x0: event.clientX, tx: view.transform.x, panning: false };
		} else if (fingers.size === 2) {
			const { d, mid } = spread();
			const { k, x } = view.transform;
			// The instant under the fingers' midpoint, in unzoomed px, stays under it.
			pinch = { d0: d, p: (mid - x) / k, k0: k };
		}
	}

	function onpointermove(event: PointerEvent) {
		const finger = fingers.get(event.pointerId);
		if (!finger) return;
		finger.x = event.clientX;
		finger.y = event.clientY;
		if (pinch && fingers.size === 2) {
			const { d, mid } = spread();
			const k = Math.min(view.maxZoom, Math.max(1, (pinch.k0 * d) / pinch.d0));
			view.setTransform(k, mid - pinch.p * k);
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
		const wasTap = drag?.id === event.pointerId && !drag.panning && fingers.size === 1;
		fingers.delete(event.pointerId);
		drag = null;
		pinch = null;
		if (!wasTap || onControl(event)) return;
		const tap = { t: event.timeStamp, x: event.clientX, y: event.clientY };
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

	$effect(() => {
		behaviour
			.scaleExtent([1, view.maxZoom])
			.extent([
				[0, 0],
				[view.width, 1]
			])
			.translateExtent([
				[0, -Infinity],
				[view.width, Infinity]
			]);
		const { k, x } = view.transform;
		const current = zoomTransform(node);
		if (current.k !== k || current.x !== x) {
			selection.property('__zoom', zoomIdentity.translate(x, 0).scale(k));
		}
	});

	return {
		update(next: ZoomableOptions) {
			({ view, onplainwheel } = next);
		},
		destroy() {
			selection.on('.zoom', null);
			node.removeEventListener('wheel', onwheel);
			node.removeEventListener('dblclick', ondblclick);
			node.removeEventListener('pointerdown', onpointerdown);
			node.removeEventListener('pointermove', onpointermove);
			node.removeEventListener('pointerup', onpointerup);
			node.removeEventListener('pointercancel', onpointercancel);
		}
	};
}
