/**
 * TempEval-3 TIMEX3 scoring. A system expression matches a gold one strictly when the spans
 * are identical, relaxedly when they overlap. Type and value F1 count relaxed matches whose
 * attribute is also right, over all system expressions (precision) and gold ones (recall).
 */
import type { Timex } from '../../src/lib/timeline/types';

export interface Counts {
	system: number;
	gold: number;
	/** Precision-side hits (system expressions) and recall-side hits (gold expressions). */
	strictP: number;
	strictR: number;
	relaxedP: number;
	relaxedR: number;
	typeP: number;
	typeR: number;
	valueP: number;
	valueR: number;
}

export const emptyCounts = (): Counts => ({
	system: 0,
	gold: 0,
	strictP: 0,
	strictR: 0,
	relaxedP: 0,
	relaxedR: 0,
	typeP: 0,
	typeR: 0,
	valueP: 0,
	valueR: 0
});

type Span = Pick<Timex, 'start' | 'end' | 'type' | 'value'>;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The best partner of `x` among `others`: an identical span first, else the first overlap. */
export function partner<T extends Span>(x: Span, others: T[]): T | undefined {
	let found: T | undefined;
	for (const o of others) {
		if (o.start === x.start && o.end === x.end) return o;
		if (!found && overlaps(o, x)) found = o;
	}
	return found;
}

export function score(gold: Span[], system: Span[], into: Counts = emptyCounts()): Counts {
	into.system += system.length;
	into.gold += gold.length;
	const tally = (from: Span[], to: Span[], side: 'P' | 'R') => {
		for (const x of from) {
			const p = partner(x, to);
			if (!p) continue;
			into[`relaxed${side}`]++;
			if (p.start === x.start && p.end === x.end) into[`strict${side}`]++;
			if (p.type === x.type) into[`type${side}`]++;
			if (p.value === x.value) into[`value${side}`]++;
		}
	};
	tally(system, gold, 'P');
	tally(gold, system, 'R');
	return into;
}

export interface Prf {
	p: number;
	r: number;
	f1: number;
}

export function prf(hitsP: number, system: number, hitsR: number, gold: number): Prf {
	const p = system ? hitsP / system : 0;
	const r = gold ? hitsR / gold : 0;
	return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function summarise(c: Counts) {
	return {
		strict: prf(c.strictP, c.system, c.strictR, c.gold),
		relaxed: prf(c.relaxedP, c.system, c.relaxedR, c.gold),
		type: prf(c.typeP, c.system, c.typeR, c.gold),
		value: prf(c.valueP, c.system, c.valueR, c.gold)
	};
}
