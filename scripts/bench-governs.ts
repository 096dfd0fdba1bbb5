/**
 * Which clause a date governs, measured on TimeBank and AQUAINT: for every gold date tied by a
 * TLINK to an EVENT of its own sentence (scripts/tempeval/governed.ts), does the title Dateline
 * builds for that date name one of those events? Beside it, two baselines that are told the
 * gold verbs of the sentence (its EVENTs whose MAKEINSTANCE says pos="VERB", or in AQUAINT,
 * which leaves pos "UNKNOWN", gives a tense), so they choose
 * among perfect candidates: the verb nearest the date, and the sentence's first verb. And the
 * learned chooser's word (src/lib/extract/governs/), which has no gold tags to choose among and
 * was trained on TimeBank only: its AQUAINT line is the held-out one.
 *
 *   npm run bench:governs                the table
 *   npm run bench:governs -- --dev       also every date whose title names none of its events
 *
 * The title is made as events.ts makes it: `titleFor` on the sentence, the date's words as
 * Dateline's tagger reads them (the gold span when the tagger found none there) and the
 * sentence's other dates. A title "names" an event when it holds the event's word in any
 * inflection the title engine writes ("has fallen" → "fell").
 */
process.env.TZ = 'UTC';

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseGoverned } from '../src/lib/extract/governs/choose';
import { splitSentences } from '../src/lib/extract/sentences';
import { titleFor, type Span } from '../src/lib/extract/titles';
import { pastOfIng, pastOfParticiple } from '../src/lib/extract/verb-forms';
import { tagTimexes } from '../src/lib/temporal/index';
import {
	firstVerb,
	governedDates,
	namesWord,
	nearestVerb,
	wordAt,
	type GoldEvent
} from './tempeval/governed';
import { readTimeml, type TimemlDocument } from './tempeval/reader';

const DATA = process.env.TEMPEVAL3_DIR ?? join(import.meta.dirname, '../../shared/tempeval3');
const dev = process.argv.includes('--dev');

/** The forms a title may write a word in, besides its own. */
const forms = (w: string) => [pastOfParticiple(w), ...(w.endsWith('ing') ? [pastOfIng(w)] : [])];

interface Tally {
	dates: number;
	/** The date-event pairs (a date may govern several events). */
	pairs: number;
	title: number;
	nearest: number;
	first: number;
	/** Dates whose sentence has a gold verb at all (the baselines' reach). */
	withVerb: number;
	/**
	 * Titles whose first word naming a gold event of the sentence names one the date governs:
	 * the one word the title rules pick, comparable with a chooser that picks one word.
	 */
	lead: number;
	/** The learned chooser's word (src/lib/extract/governs/, trained on TimeBank only). */
	chooser: number;
	/** Dates that govern a verb (not only an event noun: "a mission in December"). */
	verbDates: number;
	verbTitle: number;
}

function benchDocument(doc: TimemlDocument, tally: Tally, log: string[]) {
	const sentences = splitSentences(doc.text);
	const tagged = tagTimexes(doc.text, { published: doc.dct }).filter(
		(t) => t.type === 'DATE' || t.type === 'TIME'
	);
	for (const d of governedDates(doc, sentences)) {
		tally.dates++;
		tally.pairs += d.governs.length;
		const at = d.sentence.start;
		const shift = (s: Span): Span => ({ start: s.start - at, end: s.end - at });
		const ours = tagged.find((t) => t.start < d.end && d.start < t.end);
		const target = shift(ours ?? d);
		const others = tagged
			.filter((t) => t !== ours && t.start >= at && t.end <= d.sentence.end)
			.map(shift);
		const sentence = doc.text.slice(at, d.sentence.end);
		const title = titleFor(sentence, target, others);
		const right = d.governs.some((e) => namesWord(title, e.text, forms));
		if (right) tally.title++;
		const named = d.events
			.map((e) => ({ e, at: wordAt(title, e.text, forms) }))
			.filter((n) => n.at >= 0)
			.sort((a, b) => a.at - b.at)[0];
		if (named && d.governs.includes(named.e)) tally.lead++;
		const choice = chooseGoverned(sentence, target);
		const chose = (e: GoldEvent) => e.start - at < choice!.end && choice!.start < e.end - at;
		if (choice && d.governs.some(chose)) tally.chooser++;
		if (d.governs.some((e) => e.verb)) {
			tally.verbDates++;
			if (right) tally.verbTitle++;
		}
		if (d.events.some((e) => e.verb)) tally.withVerb++;
		const nearest = nearestVerb(d);
		if (nearest && d.governs.includes(nearest)) tally.nearest++;
		const opening = firstVerb(d);
		if (opening && d.governs.includes(opening)) tally.first++;
		if (dev && !right) {
			const words = d.governs.map((e) => e.text).join(', ');
			log.push(
				`  "${d.text}" governs ${words}; title "${title}"; nearest verb ${nearest?.text ?? '–'}\n` +
					`      | ${sentence.replace(/\s+/g, ' ').trim().slice(0, 260)}`
			);
		}
	}
}

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '–').padStart(6);

function print(name: string, t: Tally) {
	console.log(
		`\n${name}: ${t.dates} dates tied to an event of their sentence (${t.pairs} date-event pairs)`
	);
	console.log(`  the date's title, or the baseline's word, names an event the date governs`);
	const line = (label: string, n: number) =>
		console.log(`    ${label.padEnd(44)}${pct(n, t.dates)}  (${n}/${t.dates})`);
	line("Dateline's title (titleFor)", t.title);
	line('  its first word naming a gold event', t.lead);
	line('learned chooser (trained on TimeBank only)', t.chooser);
	line('baseline: the gold verb nearest the date', t.nearest);
	line("baseline: the sentence's first gold verb", t.first);
	console.log(`  dates whose sentence has a gold verb        ${pct(t.withVerb, t.dates)}`);
	console.log(
		`  titles right where the date governs a verb ${pct(t.verbTitle, t.verbDates)}  (${t.verbTitle}/${t.verbDates})`
	);
}

const started = performance.now();
for (const corpus of ['timebank', 'aquaint']) {
	const dir = join(DATA, corpus);
	const tally: Tally = {
		dates: 0,
		pairs: 0,
		title: 0,
		lead: 0,
		chooser: 0,
		nearest: 0,
		first: 0,
		withVerb: 0,
		verbDates: 0,
		verbTitle: 0
	};
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.tml'))
		.sort();
	for (const file of files) {
		const log: string[] = [];
		const doc = readTimeml(file, readFileSync(join(dir, file), 'utf8'));
		benchDocument(doc, tally, log);
		if (log.length) console.log(`${doc.id} (DCT ${doc.dct})\n${log.join('\n')}`);
	}
	print(corpus === 'timebank' ? 'TimeBank' : 'AQUAINT', tally);
}
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
