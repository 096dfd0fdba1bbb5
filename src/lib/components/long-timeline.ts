/**
 * What only a long timeline needs, loaded by the reader and the chart for one (a dynamic
 * import), so a short timeline's page and embed carry none of it: the list of every event and
 * the canvas of the events inside clusters.
 */
import { mount, unmount, type ComponentProps } from 'svelte';
import EventList from './EventList.svelte';

export { drawMemberTicks } from './member-ticks';

/** Mounts the list into its slot in the reader; gives the function that takes it away. */
export function mountEventList(target: HTMLElement, props: ComponentProps<typeof EventList>) {
	const list = mount(EventList, { target, props });
	return () => unmount(list);
}
