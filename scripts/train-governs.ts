/**
 * Learns which word a date governs (src/lib/extract/governs/) from the TLINKs of one TempEval-3
 * corpus and measures it on the other, which it never saw:
 *
 *   npm run train:governs                 train on TimeBank, test on AQUAINT, write weights.json
 *   npm run train:governs -- --reverse    train on AQUAINT, test on TimeBank (a check; writes nothing)
 *
 * The model ranks the content words of a date's sentence by a weighted sum of structural
 * features (features.ts) and is fitted as a conditional logit (softmax over the sentence's
 * candidates, the gold events the date governs as the target), by plain stochastic gradient
 * with L2 shrinkage: no dependency, a few seconds. The word lexicon (how often each word is an
 * EVENT) comes from the training corpus only. Nothing is tuned on the test corpus.
 */
process.env.TZ = 'UTC';

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../src/lib/extract/sentences';
import { chooseGoverned, type Weights } from '../src/lib/extract/governs/choose';
import { candidates, featuresOf, tokenize } from '../src/lib/extract/governs/features';
import { firstVerb, governedDates, nearestVerb, type GovernedDate } from './tempeval/governed';
import { readTimeml, type TimemlDocument } from './tempeval/reader';

const DATA = process.env.TEMPEVAL3_DIR ?? join(import.meta.dirname, '../../shared/tempeval3');
const OUT = join(import.meta.dirname, '../src/lib/extract/governs/weights.json');
const reverse = process.argv.includes('--reverse');
const [trainOn, testOn] = reverse ? ['aquaint', 'timebank'] : ['timebank', 'aquaint'];

/** A word must be seen this often to enter the lexicon; rarer words read as unknown. */
const LEXICON_MIN = 2;
const EPOCHS = 30;
const RATE = 0.1;
const L2 = 1e-4;

interface Example {
	sentence: string;
	date: { start: number; end: number };
	gold: GovernedDate;
}

function documents(corpus: string): TimemlDocument[] {
	const dir = join(DATA, corpus);
	return readdirSync(dir)
		.filter((f) => f.endsWith('.tml'))
		.sort()
		.map((f) => readTimeml(f, readFileSync(join(dir, f), 'utf8')));
}

function examples(docs: TimemlDocument[]): Example[] {
	return docs.flatMap((doc) =>
		governedDates(doc, splitSentences(doc.text)).map((gold) => ({
			sentence: doc.text.slice(gold.sentence.start, gold.sentence.end),
			date: { start: gold.start - gold.sentence.start, end: gold.end - gold.sentence.start },
			gold
		}))
	);
}

/** Each word's share of its occurrences tagged as an EVENT, for words seen often enough. */
function lexiconOf(docs: TimemlDocument[]): Record<string, number> {
	const seen = new Map<string, number>();
	const events = new Map<string, number>();
	for (const doc of docs) {
		const starts = new Set(doc.events.map((e) => e.start));
		for (const t of tokenize(doc.text)) {
			if (!t.word) continue;
			const w = t.text.toLowerCase();
			seen.set(w, (seen.get(w) ?? 0) + 1);
			if (starts.has(t.start)) events.set(w, (events.get(w) ?? 0) + 1);
		}
	}
	const out: Record<string, number> = {};
	for (const [w, n] of [...seen].sort(([a], [b]) => (a < b ? -1 : 1))) {
		const rate = (events.get(w) ?? 0) / n;
		// Only words that are events at least sometimes: the rest read as unknown, which the
		// model learns to mean "seldom an event", and the table stays small.
		if (n >= LEXICON_MIN && rate >= 0.1) out[w] = Math.round(rate * 100) / 100;
	}
	return out;
}

/** An example as feature lists per candidate and which candidates are gold. */
function prepared(e: Example, lexicon: Record<string, number>) {
	const tokens = tokenize(e.sentence);
	const at = e.gold.sentence.start;
	const gold = (i: number) =>
		e.gold.governs.some((g) => g.start - at < tokens[i]!.end && tokens[i]!.start < g.end - at);
	const ids = candidates(tokens, e.date);
	return {
		features: ids.map((i) => featuresOf(tokens, i, e.date, lexicon, ids)),
		gold: ids.map(gold)
	};
}

/** A small fixed-seed generator, so that training twice gives the same weights. */
function random(seed: number): () => number {
	return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function train(data: ReturnType<typeof prepared>[]): Record<string, number> {
	const w: Record<string, number> = {};
	const next = random(13);
	const order = data.map((_, i) => i);
	for (let epoch = 0; epoch < EPOCHS; epoch++) {
		for (let i = order.length - 1; i > 0; i--) {
			const j = Math.floor(next() * (i + 1));
			[order[i], order[j]] = [order[j]!, order[i]!];
		}
		const rate = RATE / (1 + epoch / 5);
		for (const k of order) {
			const { features, gold } = data[k]!;
			const golds = gold.filter(Boolean).length;
			if (!golds || features.length < 2) continue;
			const scores = features.map((fs) => fs.reduce((s, f) => s + (w[f] ?? 0), 0));
			const top = Math.max(...scores);
			const exp = scores.map((s) => Math.exp(s - top));
			const sum = exp.reduce((a, b) => a + b, 0);
			features.forEach((fs, c) => {
				const g = (gold[c] ? 1 / golds : 0) - exp[c]! / sum;
				for (const f of fs) w[f] = (w[f] ?? 0) * (1 - rate * L2) + rate * g;
			});
		}
	}
	const rounded: Record<string, number> = {};
	for (const f of Object.keys(w).sort()) {
		const v = Math.round(w[f]! * 1000) / 1000;
		if (v !== 0) rounded[f] = v;
	}
	return rounded;
}

function chosenRight(e: Example, model: Weights): boolean {
	const at = e.gold.sentence.start;
	const choice = chooseGoverned(e.sentence, e.date, model);
	return Boolean(
		choice && e.gold.governs.some((g) => g.start - at < choice.end && choice.start < g.end - at)
	);
}

/** The share of dates whose chosen word is one they govern, beside the two gold-verb baselines. */
function evaluate(name: string, test: Example[], model: Weights) {
	let right = 0;
	let nearest = 0;
	let first = 0;
	for (const e of test) {
		if (chosenRight(e, model)) right++;
		const near = nearestVerb(e.gold);
		if (near && e.gold.governs.includes(near)) nearest++;
		const opening = firstVerb(e.gold);
		if (opening && e.gold.governs.includes(opening)) first++;
	}
	const pct = (n: number) => ((100 * n) / test.length).toFixed(1).padStart(6);
	console.log(`${name}: ${test.length} dates tied to an event of their sentence`);
	console.log(`  learned chooser                       ${pct(right)}  (${right}/${test.length})`);
	console.log(`  baseline: the gold verb nearest       ${pct(nearest)}`);
	console.log(`  baseline: the sentence's first verb   ${pct(first)}`);
}

/**
 * The training corpus's own held-out figure: five folds by document, each scored by a model
 * fitted on the other four (lexicon included), so features can be judged without the test set.
 */
function crossValidated(docs: TimemlDocument[]) {
	const test: Example[] = [];
	let right = 0;
	for (let fold = 0; fold < 5; fold++) {
		const rest = docs.filter((_, i) => i % 5 !== fold);
		const lexicon = lexiconOf(rest);
		const model = { weights: train(examples(rest).map((e) => prepared(e, lexicon))), lexicon };
		for (const e of examples(docs.filter((_, i) => i % 5 === fold))) {
			test.push(e);
			if (chosenRight(e, model)) right++;
		}
	}
	return { right, total: test.length };
}

const trainDocs = documents(trainOn);
const lexicon = lexiconOf(trainDocs);
const trainSet = examples(trainDocs);
const weights = train(trainSet.map((e) => prepared(e, lexicon)));
const model: Weights = { weights, lexicon };
console.log(
	`trained on ${trainOn}: ${trainSet.length} dates, ${Object.keys(weights).length} weights, ${Object.keys(lexicon).length} lexicon words\n`
);
evaluate(`${trainOn} (trained on; not a test)`, trainSet, model);
const cv = crossValidated(trainDocs);
console.log(
	`  five-fold by document, held out   ${((100 * cv.right) / cv.total).toFixed(1).padStart(6)}  (${cv.right}/${cv.total})`
);
evaluate(`${testOn} (never trained on)`, examples(documents(testOn)), model);
if (!reverse) writeFileSync(OUT, `${JSON.stringify(model, null, '\t')}\n`);
