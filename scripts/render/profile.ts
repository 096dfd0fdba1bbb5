/**
 * Where a page's time goes: one load and the render bench's sequence of one page, on the
 * desktop or the phone profile (scripts/render/device.ts), under the DevTools CPU profiler.
 * Prints the functions with the most self time, during the load (to first drawn) and during
 * the sequence, and writes the profiles (`.cpuprofile`, for Chromium's DevTools) to a folder.
 *
 *   npx tsx scripts/render/profile.ts [-- --page t|embed --events 10000 --device phone --out /tmp/profile]
 *
 * Run `npm run build` first; it serves `build/index.js` of the working folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser';
import { startServer } from '../../tests/support/server';
import { writeSyntheticTimeline } from '../synthetic';
import { DEVICES, openPage } from './device';
import { frames, installProbe, readProbe } from './probe';
import { datelineEmbed, datelineReader, prepare, runSequence } from './sequence';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
};
const path = option('page', 't');
const events = Number(option('events', '10000'));
const device = DEVICES[option('device', 'phone') as keyof typeof DEVICES];
const out = option('out', join(tmpdir(), 'dateline-profile'));
if (!device || !['t', 'embed'].includes(path) || !(events > 0)) {
	console.error(
		'usage: npx tsx scripts/render/profile.ts -- --page t|embed --events 10000 --device phone|desktop'
	);
	process.exit(2);
}

interface Node {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
	nodes: Node[];
	samples: number[];
	timeDeltas: number[];
}

/** Self time (ms) per function, most first. */
function selfTimes(profile: Profile): [string, number][] {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const self = new Map<string, number>();
	profile.samples.forEach((id, i) => {
		const { functionName, url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
		const file = url.split('/').pop() || url;
		const name = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
		self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
	});
	return [...self].sort((a, b) => b[1] - a[1]);
}

interface TraceEvent {
	name: string;
	ph: string;
	dur?: number;
	tid: number;
	pid: number;
	args?: { beginData?: { dirtyObjects?: number; totalObjects?: number }; elementCount?: number };
}
type Trace = { traceEvents: TraceEvent[] };

/** The renderer main thread's work during the sequence, by kind: count, total and mean ms. */
function printTrace(trace: Trace) {
	const main = trace.traceEvents.find(
		(e) =>
			e.name === 'thread_name' &&
			(e as unknown as { args: { name: string } }).args.name === 'CrRendererMain'
	);
	const of = trace.traceEvents.filter(
		(e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined
	);
	const kinds = new Map<string, { n: number; ms: number; objects: number; elements: number }>();
	for (const e of of) {
		const k = kinds.get(e.name) ?? { n: 0, ms: 0, objects: 0, elements: 0 };
		k.n++;
		k.ms += e.dur! / 1000;
		k.objects += e.args?.beginData?.totalObjects ?? 0;
		k.elements += e.args?.elementCount ?? 0;
		kinds.set(e.name, k);
	}
	console.log('\ntrace of the sequence, renderer main thread (events may nest):');
	for (const [name, k] of [...kinds].sort((a, b) => b[1].ms - a[1].ms).slice(0, 18))
		console.log(
			`${k.ms.toFixed(0).padStart(8)} ms ${String(k.n).padStart(6)}×  ${name}` +
				(k.objects ? `  (mean ${Math.round(k.objects / k.n)} objects)` : '') +
				(k.elements ? `  (mean ${Math.round(k.elements / k.n)} elements)` : '')
		);
}

/** Total time (ms) per function, its callees included (each sample counted once per function). */
function totalTimes(profile: Profile): [string, number][] {
	const parent = new Map<number, number>();
	for (const n of profile.nodes as (Node & { children?: number[] })[])
		for (const c of n.children ?? []) parent.set(c, n.id);
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const total = new Map<string, number>();
	profile.samples.forEach((id, i) => {
		const seen = new Set<string>();
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
			const { functionName, url, lineNumber } = byId.get(at)!.callFrame;
			if (!url) continue;
			const name = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
			if (seen.has(name)) continue;
			seen.add(name);
			total.set(name, (total.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
		}
	});
	return [...total].sort((a, b) => b[1] - a[1]);
}

const print = (title: string, profile: Profile) => {
	const rows = selfTimes(profile);
	const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
	console.log(`\n${title}: ${total.toFixed(0)} ms sampled`);
	for (const [name, ms] of rows.slice(0, 25))
		console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
	console.log(`${title}, total time (callees included):`);
	for (const [name, ms] of totalTimes(profile).slice(0, 40))
		console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
};

const data = mkdtempSync(join(tmpdir(), 'dateline-profile-'));
writeSyntheticTimeline(data, 'bench', events);
const server = await startServer({ DATELINE_DATA: data });
const browser = await launchBrowser();
mkdirSync(out, { recursive: true });
try {
	await fetch(`${server.url}/${path}/bench`);
	const subject = (path === 't' ? datelineReader : datelineEmbed)(server.url);
	const { page, cdp: touch } = await openPage(browser, device);
	const cdp: CDPSession = touch ?? (await page.context().newCDPSession(page));
	await installProbe(page, subject.drawn);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	await page.goto(subject.url('bench'), { waitUntil: 'commit' });
	await page.waitForFunction(() => window.__renderProbe?.drawn != null, undefined, { polling: 50 });
	const load = (await cdp.send('Profiler.stop')).profile as unknown as Profile;
	await frames(page);
	const { drawn } = await readProbe(page);
	await prepare(page, subject, touch);
	await cdp.send('Profiler.start');
	await browser.startTracing(page, {
		categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline']
	});
	await runSequence(page, subject, () => {}, touch);
	const trace = JSON.parse((await browser.stopTracing()).toString()) as Trace;
	const sequence = (await cdp.send('Profiler.stop')).profile as unknown as Profile;
	writeFileSync(
		join(out, `sequence-${path}-${device.name}-${events}.trace.json`),
		JSON.stringify(trace)
	);
	writeFileSync(
		join(out, `load-${path}-${device.name}-${events}.cpuprofile`),
		JSON.stringify(load)
	);
	writeFileSync(
		join(out, `sequence-${path}-${device.name}-${events}.cpuprofile`),
		JSON.stringify(sequence)
	);
	console.log(
		`/${path}/bench, ${events} events, ${device.name}: first drawn ${drawn?.toFixed(0)} ms; profiles in ${out}`
	);
	print('load, to first drawn', load);
	print('sequence', sequence);
	printTrace(trace);
} finally {
	await browser.close();
	await server.stop();
	rmSync(data, { recursive: true, force: true });
}
