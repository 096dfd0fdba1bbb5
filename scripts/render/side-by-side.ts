/**
 * First drawn of the reader and the embed for two or more builds, side by side in one run:
 * each folder's `build/index.js` (a checkout after `npm run build`, or a copy of its build/
 * beside a node_modules) serves the same synthetic timeline on a server of its own, and the
 * pages load in turn, build after build, each in a fresh Chromium with the render bench's
 * probe (scripts/render/probe.ts), so the machine's load falls on all of them alike.
 *
 *   npx tsx scripts/render/side-by-side.ts <folder> <folder> … [-- --events 10000 --runs 7 --pages t,embed --device phone --sequence]
 *
 * Prints, per page and build, the medians of first drawn, document in, DOMContentLoaded and
 * long tasks (ms), and every run's first drawn. `--device phone` reads the pages on the render
 * bench's phone profile (scripts/render/device.ts); `--sequence` then puts each page through
 * the bench's zoom and pan sequence and adds its frame intervals' p50, p95 and max (medians).
 * `--cpu` traces each load and adds the main thread's CPU time to first drawn
 * (scripts/render/main-thread.ts), which the machine's load moves far less than wall times.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../../tests/support/browser';
import { startServer, type Server } from '../../tests/support/server';
import { writeSyntheticTimeline } from '../synthetic';
import { DEVICES } from './device';
import { mainThreadCpu, startTrace } from './main-thread';
import { openPage } from './device';
import { frames, installProbe, readProbe, recording } from './probe';
import { datelineEmbed, datelineReader, prepare, runSequence } from './sequence';

const args = process.argv.slice(2);
const split = args.indexOf('--');
const folders = (split >= 0 ? args.slice(0, split) : args).map((f) => resolve(f));
const options = split >= 0 ? args.slice(split + 1) : [];
const option = (name: string, fallback: string) => {
	const i = options.indexOf(`--${name}`);
	return i >= 0 && options[i + 1] !== undefined ? options[i + 1]! : fallback;
};
const events = Number(option('events', '10000'));
const runs = Number(option('runs', '7'));
const pages = option('pages', 't,embed').split(',');
const device = DEVICES[option('device', 'desktop') as keyof typeof DEVICES];
const sequence = options.includes('--sequence');
const cpu = options.includes('--cpu');
if (folders.length < 1 || !(events > 0) || !(runs > 0) || !device) {
	console.error('usage: npx tsx scripts/render/side-by-side.ts <folder> <folder> … [-- --runs 7]');
	process.exit(2);
}

const DRAWN = '.reader[data-interactive] .dl-viewport .band.measured .marks > g';
const here = process.cwd();
const servers: { folder: string; server: Server; data: string }[] = [];
try {
	for (const folder of folders) {
		const data = mkdtempSync(join(tmpdir(), 'dateline-side-'));
		writeSyntheticTimeline(data, 'bench', events);
		// startServer runs the build/index.js of the working folder.
		process.chdir(folder);
		servers.push({ folder, server: await startServer({ DATELINE_DATA: data }), data });
		process.chdir(here);
	}
	// Every server's first read and cut of the timeline is done before any run.
	for (const { server } of servers)
		for (const path of pages) await fetch(`${server.url}/${path}/bench`);

	const rows = new Map<string, number[][]>();
	for (let r = 0; r < runs; r++) {
		for (const path of pages) {
			for (const { folder, server } of servers) {
				const browser = await launchBrowser();
				try {
					const { page, cdp } = await openPage(browser, device);
					await installProbe(page, DRAWN);
					const url = `${server.url}/${path}/bench`;
					if (cpu) await startTrace(browser, page);
					await page.goto(url, { waitUntil: 'commit' });
					await page.waitForFunction(() => window.__renderProbe?.drawn != null, undefined, {
						polling: 50
					});
					await frames(page);
					const probe = await readProbe(page);
					const mainCpu = cpu ? await mainThreadCpu(browser, url, probe.drawn!) : NaN;
					const dcl = (await page.evaluate(
						`performance.getEntriesByType('navigation')[0].domContentLoadedEventStart`
					)) as number;
					const long = probe.longTasks.reduce((sum, [, ms]) => sum + ms, 0);
					const figures = [probe.drawn!, probe.documentIn, dcl, long];
					if (cpu) figures.push(mainCpu);
					if (sequence) {
						const subject = (path === 't' ? datelineReader : datelineEmbed)(server.url);
						await prepare(page, subject, cdp);
						await recording(page, true);
						await runSequence(page, subject, () => {}, cdp);
						await recording(page, false);
						const { frames: times } = await readProbe(page);
						const intervals = times
							.slice(1)
							.map((t, i) => t - times[i]!)
							.sort((a, b) => a - b);
						const at = (p: number) => intervals[Math.ceil(p * intervals.length) - 1]!;
						figures.push(at(0.5), at(0.95), intervals.at(-1)!);
					}
					const key = `${path}\t${folder}`;
					rows.set(key, [...(rows.get(key) ?? []), figures]);
				} finally {
					await browser.close();
				}
			}
		}
	}
	const median = (values: number[]) => {
		const s = [...values].sort((a, b) => a - b);
		const m = s.length >> 1;
		return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
	};
	console.log(
		`\n${events.toLocaleString('en')} events on the ${device.name}, ${runs} runs a page and build, in turn; medians (ms)\n`
	);
	const heads = ['first drawn', 'document in', 'DOMContentLoaded', 'long tasks'];
	if (cpu) heads.push('main thread CPU to first drawn');
	if (sequence) heads.push('frame p50', 'frame p95', 'frame max');
	console.log(`| page | build | ${heads.join(' | ')} | every first drawn |`);
	console.log(`| --- | --- | ${heads.map(() => '---:').join(' | ')} | --- |`);
	for (const [key, values] of rows) {
		const [path, folder] = key.split('\t');
		const cells = heads.map((_, i) =>
			median(values.map((v) => v[i]!)).toFixed(i < 4 || (cpu && i === 4) ? 0 : 1)
		);
		const every = values.map((v) => v[0]!.toFixed(0)).join(' ');
		console.log(
			`| ${path === 't' ? 'reader' : path} | ${folder} | ${cells.join(' | ')} | ${every} |`
		);
	}
} finally {
	process.chdir(here);
	for (const { server, data } of servers) {
		await server.stop();
		rmSync(data, { recursive: true, force: true });
	}
}
