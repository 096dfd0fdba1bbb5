/**
 * `$app/navigation` for the standalone embed bundle (aliased by scripts/embed-bundle.js): the
 * embed is one page without SvelteKit's client router, so these do with the History API what
 * the router would. The components import `$app/navigation` as on any page.
 */
import { onMount } from 'svelte';

interface AfterNavigate {
	type: 'enter';
}

/** The page's only navigation is its first load, once the component is mounted. */
export function afterNavigate(callback: (navigation: AfterNavigate) => void): void {
	onMount(() => callback({ type: 'enter' }));
}

/** Nothing loads in the background in an embed; a full reload is what loading again means. */
export async function invalidateAll(): Promise<void> {
	location.reload();
}
