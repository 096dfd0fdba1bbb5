/**
 * Which words a date governs, by the gold of a TimeML document: each TIMEX3 of the text that a
 * TLINK places an EVENT of its own sentence in, at or around (IS_INCLUDED, DURING, SIMULTANEOUS,
 * BEGINS, ENDS, INCLUDES …; not BEFORE/AFTER, which tie two clauses rather than date one). This
 * is the "which clause does this date belong to" question of a title, answered by annotators
 * nobody here knows, on text nobody here wrote.
 */
import { FROM_EVENT, FROM_TIME } from './anchors';
import { attributes, type EventMention, type TimemlDocument } from './reader';

/** A gold EVENT with what its MAKEINSTANCE says of its part of speech and tense. */
export interface GoldEvent extends EventMention {
	/** VERB, NOUN, ADJECTIVE, PREPOSITION or OTHER. */
	pos: string;
	tense: string;
	/**
	 * Whether it is a verb: pos="VERB", or (AQUAINT leaves most pos "UNKNOWN") a tense, which
	 * only verbs carry there.
	 */
	verb: boolean;
}

export interface GovernedDate {
	/** The date's gold span in the document's text, and its value. */
	start: number;
	end: number;
	text: string;
	value: string;
	/** The sentence the date and its events share, as offsets into the document's text. */
	sentence: { start: number; end: number };
	/** The gold events of that sentence the date is tied to, in text order. */
	governs: GoldEvent[];
	/** Every gold event of the sentence, in text order (the baselines choose among these). */
	events: GoldEvent[];
}

/**
 * The dates of `doc` tied to an event of their own sentence. Only calendar dates and times
 * count, as they are what a timeline's titles are made for; a vague "now" or "the past" is no
 * date a title is built around.
 */
export function governedDates(
	doc: TimemlDocument,
	sentences: { start: number; end: number }[]
): GovernedDate[] {
	const instances = new Map<string, Record<string, string>>();
	for (const m of doc.links.matchAll(/<MAKEINSTANCE([^>]*)>/g)) {
		const a = attributes(m[1]!);
		if (a.eiid) instances.set(a.eiid, a);
	}
	const byId = new Map<string, GoldEvent>();
	for (const e of doc.events) byId.set(e.eid, { ...e, pos: 'OTHER', tense: 'NONE', verb: false });
	for (const a of instances.values()) {
		const e = byId.get(a.eventID ?? '');
		if (!e) continue;
		const [pos = 'OTHER', tense = 'NONE'] = [a.pos, a.tense];
		const verb = pos === 'VERB' || (pos === 'UNKNOWN' && tense !== 'NONE');
		Object.assign(e, { pos, tense, verb });
	}
	const linked = new Map<string, Set<string>>();
	for (const m of doc.links.matchAll(/<TLINK([^>]*)>/g)) {
		const a = attributes(m[1]!);
		const type = a.relType ?? '';
		let pair: [string | undefined, string | undefined] | undefined;
		if (a.eventInstanceID && a.relatedToTime && FROM_EVENT[type])
			pair = [a.relatedToTime, a.eventInstanceID];
		else if (a.timeID && a.relatedToEventInstance && FROM_TIME[type])
			pair = [a.timeID, a.relatedToEventInstance];
		const eid = pair && instances.get(pair[1] ?? '')?.eventID;
		if (!pair?.[0] || !eid) continue;
		if (!linked.has(pair[0])) linked.set(pair[0], new Set());
		linked.get(pair[0])!.add(eid);
	}
	const out: GovernedDate[] = [];
	doc.timexes.forEach((t, i) => {
		if (t.type !== 'DATE' && t.type !== 'TIME') return;
		if (/_REF$/.test(t.value)) return;
		const sentence = sentences.find((s) => s.start <= t.start && t.end <= s.end);
		if (!sentence) return;
		const inside = (e: EventMention) => sentence.start <= e.start && e.end <= sentence.end;
		const events = [...byId.values()].filter(inside).sort((a, b) => a.start - b.start);
		const ids = linked.get(doc.timexIds[i]!) ?? new Set<string>();
		const governs = events.filter((e) => ids.has(e.eid));
		if (!governs.length) return;
		out.push({ ...t, sentence: { start: sentence.start, end: sentence.end }, governs, events });
	});
	return out;
}

const distance = (d: GovernedDate, e: GoldEvent) =>
	e.end <= d.start ? d.start - e.end : e.start - d.end;

/** The baselines' choices: the gold verb nearest the date, and the sentence's first gold verb. */
export function nearestVerb(d: GovernedDate): GoldEvent | undefined {
	return d.events.filter((e) => e.verb).sort((a, b) => distance(d, a) - distance(d, b))[0];
}

export function firstVerb(d: GovernedDate): GoldEvent | undefined {
	return d.events.find((e) => e.verb);
}

/** A word's letters without its inflection: "announced", "announces", "announcing" → "announc". */
function stem(word: string): string {
	const w = word.toLowerCase();
	const bare = w.length > 4 ? w.replace(/ie[sd]$/, 'y') : w;
	const cut = bare.replace(/(?:ing|ed|es|s|e)$/, '');
	return cut.length >= 3 ? cut.replace(/(.)\1$/, '$1') : bare;
}

/**
 * Where a title names an event's word, in any inflection the title engine writes ("has fallen"
 * becomes "fell", "announcing" becomes "announced"; `forms` gives those irregular pairs): the
 * index of the title's word, or -1.
 */
export function wordAt(title: string, word: string, forms: (w: string) => string[]): number {
	const wanted = new Set([word, ...forms(word.toLowerCase())].map(stem));
	// (A word that ends a quotation is the word, not its closing mark: "is much lower’".)
	return title
		.split(/[^\p{L}’'-]+/u)
		.map((w) => w.replace(/^[‘’']+|[‘’']+$/gu, ''))
		.filter(Boolean)
		.findIndex((w) => wanted.has(stem(w)));
}

/** Whether a title names an event's word (see wordAt). */
export function namesWord(title: string, word: string, forms: (w: string) => string[]): boolean {
	return wordAt(title, word, forms) >= 0;
}
