import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import type { ViewState } from '../state/view.svelte';

/**
 * Lets d3-zoom turn wheel, drag, pinch and touch gestures on a node into the view's transform.
 * D3 computes; the ViewState stays the one source of truth, and transforms set by buttons or
 * keys are written back so the next gesture starts from where the view is.
 */
export function zoomable(node: HTMLElement, view: ViewState) {
	const behaviour = zoom<HTMLElement, unknown>()
		// Primary button drags, wheel zooms, touches pan and pinch; double-click is left to
		// the labels it lands on (selecting an event), not zoom.
		.filter((event: Event) => !(event as MouseEvent).button)
		.on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
			if (event.sourceEvent) view.setTransform(event.transform.k, event.transform.x);
		});
	const selection = select(node).call(behaviour).on('dblclick.zoom', null);

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
		destroy() {
			selection.on('.zoom', null);
		}
	};
}
