/**
 * The list of a cluster that no zoom parts (ClusterMenu.svelte), loaded the first time a reader
 * opens one (a dynamic import): most readers never meet such a cluster, and the embed's script
 * has a budget.
 */
import { mount, unmount, type ComponentProps } from 'svelte';
import ClusterMenu from './ClusterMenu.svelte';

/** Mounts the list into `target`; gives the function that takes it away. */
export function mountClusterMenu(target: HTMLElement, props: ComponentProps<typeof ClusterMenu>) {
	const menu = mount(ClusterMenu, { target, props });
	return () => unmount(menu);
}
