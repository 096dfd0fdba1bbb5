/**
 * Loads what only a long timeline needs (long-timeline.ts, a dynamic import) for the reader and
 * the chart. The embed's own bundle puts src/lib/embed/standalone/long-timeline-loader.ts in its
 * place: the compact embed goes without the list and the canvas.
 */
import type { ComponentProps } from 'svelte';
import type EventList from './EventList.svelte';
import type { drawMemberTicks } from './member-ticks';

/** Mounts the list of every event into `target` once loaded; gives what takes it away. */
export function mountEventList(
	target: HTMLElement,
	props: ComponentProps<typeof EventList>
): () => void {
	let unmount: (() => void) | undefined;
	let gone = false;
	import('./long-timeline').then((long) => {
		if (!gone) unmount = long.mountEventList(target, props);
	});
	return () => {
		gone = true;
		unmount?.();
	};
}

/** The canvas drawing of the events inside clusters, once loaded. */
export const loadMemberTicks = (): Promise<typeof drawMemberTicks | undefined> =>
	import('./long-timeline').then((long) => long.drawMemberTicks);
