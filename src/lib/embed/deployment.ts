/**
 * True in the static export (`npm run build:static`), false on the Node server. Vite replaces
 * the VITE_-prefixed variable at build time, so both server and browser code see the same value.
 */
export const STATIC_EXPORT: boolean = import.meta.env.VITE_DATELINE_TARGET === 'static';
