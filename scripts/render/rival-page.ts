/**
 * The rival in the render bench: a page with vis-timeline's standalone build (a dev dependency,
 * for benches only) drawing the same timeline file the app serves, from a tiny local server.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const FILES: Record<string, [string, string]> = {
	'/vis.js': [
		'vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
		'text/javascript; charset=utf-8'
	],
	'/vis.css': ['vis-timeline/styles/vis-timeline-graph2d.min.css', 'text/css; charset=utf-8']
};

/** As tall as Dateline's chart at 1280 px, so both lay out their labels in the same room. */
export const RIVAL_HEIGHT = 320;

/**
 * The page: the timeline file inline (as the reader page carries its events), turned into vis
 * items as its documentation shows (a day is a box, a month a range over its days), with
 * ctrl + wheel to zoom as on Dateline's chart. `zoomFriction` 1 makes one wheel notch zoom about
 * 2×, as one does on Dateline's, so both zoom as far through the same sequence.
 */
function page(timelineJson: string): string {
	const data = timelineJson.replace(/</g, '\\u003c');
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>vis-timeline</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/vis.css">
<style>body { margin: 16px; font: 14px system-ui, sans-serif; }</style>
</head><body>
<div id="timeline"></div>
<script type="application/json" id="data">${data}</script>
<script src="/vis.js"></script>
<script>
const timeline = JSON.parse(document.getElementById('data').textContent);
const items = new vis.DataSet(timeline.events.map((e) =>
	e.start.precision === 'day'
		? { id: e.id, content: e.title, start: e.start.value }
		: { id: e.id, content: e.title, start: e.start.earliest, end: e.start.latest }
));
const last = timeline.events.reduce((m, e) => Math.max(m, Date.parse(e.start.latest)), -Infinity);
window.__rival = {
	timeline: new vis.Timeline(document.getElementById('timeline'), items, {
		height: '${RIVAL_HEIGHT}px', zoomKey: 'ctrlKey', zoomFriction: 1
	}),
	// The far end as Dateline's End key goes: the last event in view near the right edge (the
	// bench keeps the window's span and ends it a fiftieth of the span past this instant).
	end: last
};
</script>
</body></html>`;
}

export interface RivalHost {
	url: string;
	stop: () => Promise<void>;
}

/** Serves `/<slug>` (the page for `<dataDir>/timelines/<slug>.json`) and vis-timeline's files. */
export function startRivalHost(dataDir: string): Promise<RivalHost> {
	const server: Server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		try {
			const file = FILES[path];
			if (file) {
				res.writeHead(200, { 'content-type': file[1] });
				res.end(readFileSync(require.resolve(file[0])));
				return;
			}
			const slug = path.slice(1);
			if (!/^[\w-]+$/.test(slug)) throw new Error(`no page ${path}`);
			const json = readFileSync(join(dataDir, 'timelines', `${slug}.json`), 'utf8');
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(page(json));
		} catch (error) {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end((error as Error).message);
		}
	});
	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			done({
				url: `http://127.0.0.1:${port}`,
				stop: () =>
					new Promise((closed) => {
						server.closeAllConnections();
						server.close(() => closed());
					})
			});
		});
	});
}
