/**
 * The embed bundle's script, as scripts/embed-bundle.js built it: a path from the site's root
 * ("/_app/immutable/embed/embed.<hash>.js"), or "" in `vite dev`, where SvelteKit hydrates the
 * embed page itself.
 */
declare const __DATELINE_EMBED_SCRIPT__: string;

export const EMBED_SCRIPT: string = __DATELINE_EMBED_SCRIPT__;
