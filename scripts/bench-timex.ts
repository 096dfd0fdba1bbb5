/**
 * TempEval-3 benchmark of the temporal tagger on TimeBank and AQUAINT (news wire) and on
 * wikiwars-dev (narrative history), side by side with chrono-node and HeidelTime's published
 * figures, plus throughput on the corpus and on a 4x concatenation (equal chars/s means linear
 * time).
 *
 *   npm run bench:timex                 the tables
 *   npm run bench:timex -- --dev        also every error: missed, spurious, wrong value/span
 *   npm run bench:timex -- --dev=aquaint  errors for one corpus only (timebank, aquaint, wikiwars)
 */
process.env.TZ = 'UTC';

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { tagTimexes } from '../src/lib/temporal/index';
import { extractTimeline } from '../src/lib/extract/events';
import type { Timex } from '../src/lib/timeline/types';
import { readTimeml, type TimemlDocument } from './tempeval/reader';
import { emptyCounts, partner, score, summarise, type Counts } from './tempeval/score';

const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared');
/** Each corpus's directory; the news sets are TempEval-3's, the narrative set WikiWars'. */
const CORPORA: Record<string, string> = {
	timebank: join(process.env.TEMPEVAL3_DIR ?? join(SHARED, 'tempeval3'), 'timebank'),
	aquaint: join(process.env.TEMPEVAL3_DIR ?? join(SHARED, 'tempeval3'), 'aquaint'),
	wikiwars: process.env.WIKIWARS_DIR ?? join(SHARED, 'wikiwars-dev')
};
const devArg = process.argv.find((a) => a.startsWith('--dev'));
const devCorpus = devArg?.includes('=') ? devArg.split('=')[1] : devArg ? 'all' : null;

/** Published HeidelTime figures (README): strict F1, relaxed F1, value F1. */
const HEIDELTIME: Record<string, { strict: number; relaxed: number; value: number }> = {
	timebank: { strict: 84.91, relaxed: 91.57, value: 79.24 },
	aquaint: { strict: 80.99, relaxed: 91.78, value: 72.95 }
};

function load(corpus: string): TimemlDocument[] {
	const dir = CORPORA[corpus]!;
	return readdirSync(dir)
		.filter((f) => f.endsWith('.tml'))
		.sort()
		.map((f) => readTimeml(f, readFileSync(join(dir, f), 'utf8')));
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** chrono's results as timexes, valued at the precision chrono is certain of. */
function chronoTimexes(doc: TimemlDocument): Timex[] {
	const ref = new Date(`${doc.dct}T12:00:00Z`);
	const out: Timex[] = [];
	for (const r of chrono.parse(doc.text, ref)) {
		const c = r.start;
		const y = c.get('year');
		const m = c.get('month');
		const d = c.get('day');
		if (y === null || m === null || d === null) continue;
		const day = `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
		let value: string;
		let type: Timex['type'] = 'DATE';
		if (c.isCertain('hour')) {
			type = 'TIME';
			value = `${day}T${pad2(c.get('hour') ?? 0)}:${pad2(c.get('minute') ?? 0)}`;
		} else if (c.isCertain('day') || c.isCertain('weekday')) value = day;
		else if (c.isCertain('month')) value = day.slice(0, 7);
		else if (c.isCertain('year')) value = day.slice(0, 4);
		else value = day;
		out.push({ start: r.index, end: r.index + r.text.length, text: r.text, type, value });
	}
	return out;
}

const datelineTimexes = (doc: TimemlDocument) => tagTimexes(doc.text, { published: doc.dct });

function printErrors(doc: TimemlDocument, system: Timex[]) {
	const lines: string[] = [];
	const ctx = (t: Timex) =>
		doc.text.slice(Math.max(0, t.start - 40), t.end + 25).replace(/\s+/g, ' ');
	for (const g of doc.timexes) {
		const s = partner(g, system);
		if (!s)
			lines.push(
				`  MISSED   ${g.type} ${g.value}${g.mod ? ' ' + g.mod : ''} "${g.text}"  | ${ctx(g)}`
			);
		else if (s.value !== g.value) {
			lines.push(`  VALUE    "${s.text}" ${s.value} ≠ gold "${g.text}" ${g.value}  | ${ctx(g)}`);
		} else if (s.start !== g.start || s.end !== g.end) {
			lines.push(`  SPAN     "${s.text}" ≠ gold "${g.text}"`);
		}
	}
	for (const s of system) {
		if (!partner(s, doc.timexes))
			lines.push(`  SPURIOUS ${s.type} ${s.value} "${s.text}"  | ${ctx(s)}`);
	}
	if (lines.length) console.log(`${doc.id} (DCT ${doc.dct})\n${lines.join('\n')}`);
}

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);

function row(name: string, c: Counts) {
	const s = summarise(c);
	return `${name.padEnd(22)} ${pct(s.strict.p)} ${pct(s.strict.r)} ${pct(s.strict.f1)}   ${pct(s.relaxed.p)} ${pct(s.relaxed.r)} ${pct(s.relaxed.f1)}   ${pct(s.type.f1)} ${pct(s.value.f1)}`;
}

function throughput(texts: string[]): number {
	const t0 = performance.now();
	let chars = 0;
	for (const text of texts) {
		tagTimexes(text, { published: '2000-01-01' });
		chars += text.length;
	}
	return chars / ((performance.now() - t0) / 1000);
}

const header = `${''.padEnd(22)} ${'strict P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'relax P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'type'.padStart(6)} ${'value'.padStart(6)}`;

const allTexts: string[] = [];
for (const corpus of Object.keys(CORPORA)) {
	const docs = load(corpus);
	const ours = emptyCounts();
	const theirs = emptyCounts();
	for (const doc of docs) {
		allTexts.push(doc.text);
		const system = datelineTimexes(doc);
		score(doc.timexes, system, ours);
		score(doc.timexes, chronoTimexes(doc), theirs);
		if (devCorpus === 'all' || devCorpus === corpus) printErrors(doc, system);
	}
	const h = HEIDELTIME[corpus];
	console.log(`\n${corpus} (${docs.length} docs, ${ours.gold} gold TIMEX3)`);
	console.log(header);
	console.log(row('Dateline', ours));
	console.log(row('chrono-node', theirs));
	if (h)
		console.log(
			`${'HeidelTime (published)'.padEnd(22)} ${''.padStart(20)} ${h.strict.toFixed(2).padStart(6)}   ${''.padStart(13)} ${h.relaxed.toFixed(2).padStart(6)}   ${''.padStart(6)} ${h.value.toFixed(2).padStart(6)}`
		);
}

throughput(allTexts); // warm up the JIT so the two measurements compare like with like
const corpusRate = throughput(allTexts);
const big = allTexts.join('\n\n').repeat(4);
const bigRate = throughput([big]);
// Adversarial text: repeated near-misses that every pattern starts on and abandons.
const hostileUnit = 'the the 19 of of March March 2019 - - , early late the past next 10:35 a.m. ';
const hostileSmall = hostileUnit.repeat(3_000);
const hostileLarge = hostileUnit.repeat(12_000);
const hostileSmallRate = throughput([hostileSmall]);
const hostileLargeRate = throughput([hostileLarge]);
const k = (x: number) => `${Math.round(x / 1000)}k chars/s`;
console.log(
	`\nthroughput: corpus ${allTexts.join('').length} chars ${k(corpusRate)}; 4x concatenation ${big.length} chars in one text ${k(bigRate)} (ratio ${(bigRate / corpusRate).toFixed(2)}; ~1 means linear)`
);
console.log(
	`hostile text: ${hostileSmall.length} chars ${k(hostileSmallRate)}; ${hostileLarge.length} chars ${k(hostileLargeRate)} (ratio ${(hostileLargeRate / hostileSmallRate).toFixed(2)})`
);

// Whole extraction (tagging, sentences, titles, merging) on a pasted run-on "sentence": a
// table or list with no full stops puts every date of the paste in one sentence.
const runOn = (n: number) =>
	`Then ${'the council, which met in 2019, said "the plant would reopen" in late March and '.repeat(n)}it closed.`;
function extractionRate(text: string): number {
	const started = performance.now();
	extractTimeline({
		slug: 'run-on',
		title: 'Run-on',
		source: 'Bench',
		published: '2020-06-26',
		text
	});
	return text.length / ((performance.now() - started) / 1000);
}
extractionRate(runOn(200));
const [small, large] = [runOn(800), runOn(3200)];
const smallRate = extractionRate(small);
const largeRate = extractionRate(large);
console.log(
	`extraction of a run-on sentence: ${small.length} chars ${k(smallRate)}; ${large.length} chars ${k(largeRate)} (ratio ${(largeRate / smallRate).toFixed(2)})`
);
