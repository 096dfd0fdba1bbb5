/**
 * The embed's script in the browser (built by scripts/embed-bundle.js): it mounts the same
 * shell the server rendered, from the data the server wrote into the page, with Svelte's own
 * `mount` and no SvelteKit client. The server's markup is replaced in one task, before the
 * browser paints again, so nothing flickers.
 */
import { mount } from 'svelte';
import type { ReaderData } from '$lib/server/reader';
import EmbedApp from './EmbedApp.svelte';
import { loadLanguage } from './languages';
import { readPayload } from './payload';

const target = document.getElementById('dateline-embed');
const payload = readPayload<ReaderData>(document);
if (target && payload) {
	// An embed in French, German or Spanish loads its words first (small files of their own).
	// No top-level await: a module awaiting at its top keeps the bundler from putting the code
	// a lazily loaded part (a long timeline's list or canvas) shares with it into this file,
	// and a second file of shared code costs every embed a request and bytes.
	// A long timeline's page carries part of its events, and the code that loads the rest by
	// range (a chunk of its own) loads with it: a short timeline's embed never fetches it.
	const ranged = payload.data.ranges
		? import('$lib/state/ranged-chart.svelte').then((m) => m.rangedReader)
		: undefined;
	Promise.all([loadLanguage(payload.lang), ranged]).then(([, ranged]) => {
		// The server drew the chart for every width (CSS shows the one that fits); measured now,
		// in the page as laid out, the mounted chart draws its own width's labels alone.
		const width = target.querySelector('.timeline')?.clientWidth;
		target.replaceChildren();
		mount(EmbedApp, { target, props: { payload, ranged, width } });
	});
} else {
	console.warn('Dateline embed: no timeline data in this page; it stays as the server drew it.');
}
