/**
 * `$app/navigation` for the standalone embed bundle (aliased by scripts/embed-bundle.ts): the
 * embed is one page without SvelteKit's client router, so these do with the History API and a
 * fetch what the router would. The components import `$app/navigation` as on any page.
 */
import { onMount } from 'svelte';

interface AfterNavigate {
	type: 'enter';
}

/** The page's only navigation is its first load, once the component is mounted. */
export function afterNavigate(callback: (navigation: AfterNavigate) => void): void {
	onMount(() => callback({ type: 'enter' }));
}

/** A shallow history entry change (the selected event in the hash), as SvelteKit's does. */
export function replaceState(url: string | URL, state: unknown): void {
	history.replaceState(state, '', url);
}

const reloaders = new Set<() => Promise<void>>();

/** The embed's entry registers how to load its data again; invalidateAll runs it. */
export function onInvalidate(reload: () => Promise<void>): () => void {
	reloaders.add(reload);
	return () => reloaders.delete(reload);
}

export async function invalidateAll(): Promise<void> {
	await Promise.all([...reloaders].map((reload) => reload()));
}
