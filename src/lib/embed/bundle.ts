/**
 * The embed bundle's script, as scripts/embed-bundle.js built it: a path from the site's root
 * ("/_app/immutable/embed/embed.<hash>.js"), or "" in `vite dev`, where SvelteKit hydrates the
 * embed page itself.
 */
declare const __DATELINE_EMBED_SCRIPT__: string;

export const EMBED_SCRIPT: string = __DATELINE_EMBED_SCRIPT__;

/**
 * The bundle's chunk that loads a long timeline by range (src/lib/state/ranged-chart.svelte.ts),
 * which the entry imports only for a long one: the page of a long one names it for the browser
 * to fetch beside the entry, not after the entry has run. "" in `vite dev`.
 */
declare const __DATELINE_EMBED_RANGED__: string;

export const EMBED_RANGED_SCRIPT: string = __DATELINE_EMBED_RANGED__;
