/**
 * Event anchoring on TimeBank and AQUAINT: how often the extractor's events carry the date
 * that the gold TLINKs give the happening they name, beside two baselines that are told which
 * words are events (so their coverage is perfect): every event dated to the document creation
 * time, and every event dated by the nearest date in its sentence (else the DCT).
 *
 *   npm run bench:events                 the table
 *   npm run bench:events -- --dev        also every wrong or missed anchor, with its sentence
 *
 * A gold event counts as found when an extracted event of its sentence has the event's word in
 * its title; it is anchored right when that event's date range agrees with the gold anchor
 * (inside a time the event IS_INCLUDED in, around one it INCLUDES). Precision is over the
 * extracted events that name a gold-anchored event.
 */
process.env.TZ = 'UTC';

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractTimeline } from '../src/lib/extract/events';
import { splitSentences, type Sentence } from '../src/lib/extract/sentences';
import { tagTimexes } from '../src/lib/temporal/index';
import { fuzzyDate, parseCalendarDay } from '../src/lib/timeline/fuzzy-date';
import type { TimelineEvent } from '../src/lib/timeline/types';
import { goldAnchors, holds, type Anchor } from './tempeval/anchors';
import { readTimeml, type TimemlDocument } from './tempeval/reader';

const DATA = process.env.TEMPEVAL3_DIR ?? join(import.meta.dirname, '../../shared/tempeval3');
const dev = process.argv.includes('--dev');

interface Tally {
	gold: number;
	/** Gold events in sentences that carry no date of their own. */
	undatedGold: number;
	found: number;
	right: number;
	undatedRight: number;
	dct: number;
	undatedDct: number;
	nearest: number;
	/** The baselines on the gold events the extractor found, for a like-for-like comparison. */
	foundDct: number;
	foundNearest: number;
	/** Extracted events naming a gold-anchored event, how many of them are right, inferred ones. */
	judged: number;
	judgedRight: number;
	inferred: number;
	inferredRight: number;
	output: number;
}

const empty = (): Tally => ({
	gold: 0,
	undatedGold: 0,
	found: 0,
	right: 0,
	undatedRight: 0,
	dct: 0,
	undatedDct: 0,
	nearest: 0,
	foundDct: 0,
	foundNearest: 0,
	judged: 0,
	judgedRight: 0,
	inferred: 0,
	inferredRight: 0,
	output: 0
});

const REPORT = /publishes this report|This report is published/;

function range(e: TimelineEvent): [number, number] {
	return [Date.parse(e.start.earliest), Date.parse((e.end ?? e.start).latest)];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const names = (title: string, word: string) =>
	new RegExp(`(?<![\\w'’-])${escape(word)}(?![\\w'’-])`, 'i').test(title);

function benchDocument(doc: TimemlDocument, tally: Tally) {
	const published = parseCalendarDay(doc.dct)!;
	const timeline = extractTimeline({
		slug: doc.id,
		title: doc.id,
		source: '',
		published: doc.dct,
		text: doc.text
	});
	const events = timeline.events.filter((e) => !REPORT.test(e.title));
	tally.output += events.length;
	const sentences = splitSentences(doc.text);
	const sentenceOf = (offset: number): Sentence | undefined =>
		sentences.find((s) => s.start <= offset && offset < s.end);
	// The baselines date by Dateline's own tagger, so they differ from us only in the choice.
	const dates = tagTimexes(doc.text, { published: doc.dct })
		.filter((t) => t.type === 'DATE' || t.type === 'TIME')
		.map((t) => ({ timex: t, date: fuzzyDate(t.text, t.value, t.mod, published) }))
		.filter((d) => d.date && !/_REF$/.test(d.date.value));
	const dctDate = fuzzyDate(doc.dct, doc.dct, undefined, published)!;
	const dctRange: [number, number] = [Date.parse(dctDate.earliest), Date.parse(dctDate.latest)];
	const anchors = goldAnchors(doc);
	const log: string[] = [];
	for (const anchor of anchors) {
		const sentence = sentenceOf(anchor.event.start);
		if (!sentence) continue;
		tally.gold++;
		const inSentence = dates.filter(
			(d) => d.timex.start >= sentence.start && d.timex.end <= sentence.end
		);
		const undated = inSentence.length === 0;
		if (undated) tally.undatedGold++;
		if (holds(anchor, ...dctRange)) {
			tally.dct++;
			if (undated) tally.undatedDct++;
		}
		const near = inSentence.sort(
			(a, b) =>
				Math.abs(a.timex.start - anchor.event.start) - Math.abs(b.timex.start - anchor.event.start)
		)[0]?.date;
		const nearRange: [number, number] = near
			? [Date.parse(near.earliest), Date.parse(near.latest)]
			: dctRange;
		if (holds(anchor, ...nearRange)) tally.nearest++;
		const ours = events.find(
			(e) => e.source.start === sentence.start && names(e.title, anchor.event.text)
		);
		if (ours) {
			tally.found++;
			if (holds(anchor, ...dctRange)) tally.foundDct++;
			if (holds(anchor, ...nearRange)) tally.foundNearest++;
		}
		const right = ours !== undefined && holds(anchor, ...range(ours));
		if (right) {
			tally.right++;
			if (undated) tally.undatedRight++;
		}
		if (dev && !right) log.push(describe(anchor, ours, sentence));
	}
	for (const e of events) {
		const named = anchors.filter(
			(a) =>
				a.event.start >= e.source.start &&
				a.event.end <= e.source.end &&
				names(e.title, a.event.text)
		);
		if (!named.length) continue;
		const right = named.some((a) => holds(a, ...range(e)));
		tally.judged++;
		if (right) tally.judgedRight++;
		if (e.start.inferred) {
			tally.inferred++;
			if (right) tally.inferredRight++;
		}
	}
	if (log.length) console.log(`${doc.id} (DCT ${doc.dct})\n${log.join('\n')}`);
}

function describe(anchor: Anchor, ours: TimelineEvent | undefined, sentence: Sentence): string {
	const gold = `${anchor.relation} ${anchor.value}${anchor.dct ? ' (DCT)' : ''}`;
	const got = ours
		? `got ${ours.start.value}${ours.start.inferred ? ' inferred' : ''} "${ours.title}"`
		: 'not found';
	return `  "${anchor.event.text}" ${gold}, ${got}\n      | ${sentence.text.slice(0, 220)}`;
}

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '–').padStart(6);

function print(name: string, t: Tally) {
	console.log(`\n${name}: ${t.gold} gold-anchored events (${t.undatedGold} in undated sentences)`);
	console.log(`  anchored right, share of gold events       all  undated sentences  where found`);
	const line = (label: string, all: number, undated: number, found: number) =>
		console.log(
			`    ${label.padEnd(38)}${pct(all, t.gold)}  ${pct(undated, t.undatedGold)}${''.padEnd(13)}${pct(found, t.found)}`
		);
	line('Dateline extractor', t.right, t.undatedRight, t.right);
	line('baseline: every event at the DCT', t.dct, t.undatedDct, t.foundDct);
	line('baseline: nearest date in sentence/DCT', t.nearest, t.undatedDct, t.foundNearest);
	console.log(`  found (an event titled with its word)     ${pct(t.found, t.gold)}`);
	console.log(
		`  precision of output events naming a gold event ${pct(t.judgedRight, t.judged)}  (${t.judgedRight}/${t.judged}; ${t.output} events output)`
	);
	console.log(
		`    of them with an inferred date             ${pct(t.inferredRight, t.inferred)}  (${t.inferredRight}/${t.inferred})`
	);
}

const started = performance.now();
for (const corpus of ['timebank', 'aquaint']) {
	const dir = join(DATA, corpus);
	const tally = empty();
	for (const file of readdirSync(dir)
		.filter((f) => f.endsWith('.tml'))
		.sort()) {
		benchDocument(readTimeml(file, readFileSync(join(dir, file), 'utf8')), tally);
	}
	print(corpus === 'timebank' ? 'TimeBank' : 'AQUAINT', tally);
}
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
