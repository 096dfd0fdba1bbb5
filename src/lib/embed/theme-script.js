/**
 * Sets the embed's theme on <html> before the first paint, so a dark embed never flashes
 * white. It runs inline in the embed's <head>; the Content-Security-Policy allows it by its
 * SHA-256 (see svelte.config.js), not by 'unsafe-inline'. It must agree with parseEmbedOptions:
 * `dark`, or `auto` on a dark system, is dark; anything else is light. Plain JS, because
 * svelte.config.js imports it to compute the hash.
 */
export const THEME_SCRIPT =
	"try{var t=new URLSearchParams(location.search).get('theme');" +
	"if(t==='auto')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';" +
	"document.documentElement.dataset.theme=t==='dark'?'dark':'light'}catch(e){}";

/** The script as an element for <svelte:head>; split so no parser takes it for a closing tag. */
export const THEME_SCRIPT_ELEMENT = `<script>${THEME_SCRIPT}</` + 'script>';
