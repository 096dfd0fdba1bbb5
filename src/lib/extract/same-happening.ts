import type { FuzzyDate } from '../timeline/types';
import { IRREGULAR_PARTICIPLE, isPastVerb } from './happenings';

const STOP = new Set(
	'a an the of in on at to for and or but by with from as is was were be'.split(' ')
);

export const contentWords = (text: string) =>
	new Set(
		text
			.toLowerCase()
			.split(/\W+/)
			.filter((w) => w && !STOP.has(w))
	);

/** Share of the smaller set's words found in the other (the overlap coefficient). */
export function overlap(a: Set<string>, b: Set<string>): number {
	const shared = [...a].filter((w) => b.has(w)).length;
	return shared / Math.max(1, Math.min(a.size, b.size));
}

export const dateKey = (date: FuzzyDate) => `${date.value}|${date.mod ?? ''}`;

/**
 * Two mentions tell one happening when they give the same date (value and modifier) in much
 * the same words: most of the shorter title's content words are in the other's.
 */
export function sameHappening(
	a: { start: FuzzyDate; title: string },
	b: { start: FuzzyDate; title: string },
	threshold = 0.6
): boolean {
	return (
		dateKey(a.start) === dateKey(b.start) &&
		overlap(contentWords(a.title), contentWords(b.title)) >= threshold
	);
}

/**
 * Verbs that tell one happening in other words, each group with the example that called for
 * it: "since it began nine days ago" and "The fire started on Aug. 5" are one start.
 */
export const SAME_VERBS: { verbs: string[]; example: string; once?: boolean }[] = [
	{
		verbs: ['began', 'started', 'broke', 'erupted', 'ignited'],
		example: 'since it began nine days ago … The fire started on Aug. 5',
		once: true
	},
	{ verbs: ['died', 'killed'], example: 'He died on Sunday … was killed on Sunday' },
	{
		verbs: ['resigned', 'quit', 'stepped'],
		example: 'She resigned … stepped down on Thursday',
		once: true
	},
	{ verbs: ['won', 'beat', 'defeated'], example: 'won the final on Sunday … beat Northgate' },
	{ verbs: ['landed', 'landfall', 'ashore'], example: 'came ashore … made landfall', once: true }
];

const PRONOUNS = new Set(['it', 'he', 'she', 'they', 'this', 'that']);

/** A title's subject words and the group of its first verb of SAME_VERBS, if any. */
function subjectAndGroup(title: string): { subject: Set<string>; group: number } | null {
	const words = title
		.toLowerCase()
		.split(/[^\w']+/)
		.filter(Boolean);
	for (let i = 0; i < words.length; i++) {
		const group = SAME_VERBS.findIndex((g) => g.verbs.includes(words[i]!));
		if (group >= 0)
			return { subject: new Set(words.slice(0, i).filter((w) => !STOP.has(w))), group };
	}
	return null;
}

/**
 * Whether two titles tell a happening that comes once to its subject (a start, a resignation,
 * a landfall: SAME_VERBS rows marked `once`), with subjects that share a word: "a heat wave
 * that began last week" and "The heat wave began on July 8" are one beginning.
 */
export function onceToldTwice(a: string, b: string): boolean {
	const x = subjectAndGroup(a);
	const y = subjectAndGroup(b);
	if (!x || !y || x.group !== y.group || !SAME_VERBS[x.group]!.once) return false;
	return [...x.subject].some((w) => !PRONOUNS.has(w) && y.subject.has(w));
}

/**
 * Whether two titles of one date tell one happening in other words: a verb of the same group
 * (SAME_VERBS) after a subject that is a pronoun or shares a word ("Pine Hollow fire began",
 * "Fire started near campground"). A pronoun stands for the other subject only on a day
 * (`onOneDay`): "He died on Sunday … was killed on Sunday" is one death, but "she died in 2015"
 * and "Schabowski died in 2015" are two people's.
 */
export function echoes(a: string, b: string, onOneDay = true): boolean {
	const x = subjectAndGroup(a);
	const y = subjectAndGroup(b);
	if (!x || !y || x.group !== y.group) return false;
	const vague = (s: Set<string>) => s.size === 0 || [...s].every((w) => PRONOUNS.has(w));
	if (onOneDay && (vague(x.subject) || vague(y.subject))) return true;
	return [...x.subject].some((w) => y.subject.has(w));
}

/**
 * Nouns of happenings a story names again after it told them ("The shooting happened on
 * Saturday afternoon … Last weekend's shooting was the third in the park this year"), each
 * group with the example that called for it.
 */
export const HAPPENING_NOUNS: { nouns: string[]; example: string }[] = [
	{
		nouns: ['shooting', 'stabbing', 'attack', 'bombing', 'robbery', 'heist', 'raid', 'riot'],
		example: "The shooting happened on Saturday afternoon … Last weekend's shooting was the third"
	},
	{
		nouns: ['crash', 'collision', 'derailment', 'accident', 'explosion', 'blast', 'collapse'],
		example: 'The crash happened at 2 a.m. Friday … Friday’s crash was the second on the road'
	},
	{
		nouns: ['fire', 'blaze', 'storm', 'hurricane', 'tornado', 'flood', 'earthquake', 'quake'],
		example: 'The earthquake struck at 4 a.m. Monday … Monday’s quake was the strongest since 1994'
	},
	{
		nouns: ['outage', 'spill', 'leak', 'landslide'],
		example: 'The outage began … Tuesday’s outage'
	}
];
const NOUNS = new Set(HAPPENING_NOUNS.flatMap((g) => g.nouns));

/** Verbs that tell no development of a happening, only that it was: "The shooting happened …". */
const BARE = new Set(['happened', 'occurred', 'was', 'were', 'took']);
const VERB_AFTER_SUBJECT = /^(?:[a-z]{3,}ed|was|were|is|are|had|has|took|struck|broke|began|came)$/;

/** The happening noun a title's subject names, and whether its verb is a bare one (BARE). */
function namedHappening(title: string): { noun: string; bare: boolean } | null {
	const words = title
		.toLowerCase()
		.split(/[^\w]+/)
		.filter(Boolean);
	const verb = words.findIndex((w, i) => i > 0 && VERB_AFTER_SUBJECT.test(w));
	if (verb < 1) return null;
	const noun = words.slice(0, verb).find((w) => NOUNS.has(w.replace(/s$/, '')));
	return noun ? { noun: noun.replace(/s$/, ''), bare: BARE.has(words[verb]!) } : null;
}

/** Whether one date lies within the other ("Saturday afternoon" within "last weekend"). */
function nested(a: FuzzyDate, b: FuzzyDate): boolean {
	const [a0, a1, b0, b1] = [a.earliest, a.latest, b.earliest, b.latest].map(Date.parse);
	return (a0! >= b0! && a1! <= b1!) || (b0! >= a0! && b1! <= a1!);
}

/**
 * One event per happening named again: two written mentions whose subjects name the same
 * happening (HAPPENING_NOUNS), one of them only saying that it was ("The shooting happened on
 * Saturday afternoon", "Last weekend's shooting was the third in the park this year"), at dates
 * one within the other, are one event: the finer mention's. "The fire began in August" and "The
 * fire destroyed 40 homes on Aug. 9" both tell something, and stay two. A happening that comes
 * once to its subject (onceToldTwice) is one event at nested dates however it is told.
 */
export function oneEventPerNamedHappening<
	T extends { start: FuzzyDate; title: string; kind?: string; confidence: number }
>(events: T[]): T[] {
	const named = events.map((e) =>
		e.start.inferred || e.kind === 'plan' ? null : namedHappening(e.title)
	);
	const gone = new Set<T>();
	for (let i = 0; i < events.length; i++) {
		for (let j = i + 1; j < events.length; j++) {
			const [a, b] = [named[i], named[j]];
			const [x, y] = [events[i]!, events[j]!];
			if (gone.has(x) || gone.has(y) || !nested(x.start, y.start)) continue;
			const renamed = a && b && a.noun === b.noun && (a.bare || b.bare);
			const once =
				!x.start.inferred &&
				!y.start.inferred &&
				x.kind !== 'plan' &&
				y.kind !== 'plan' &&
				onceToldTwice(x.title, y.title);
			if (!renamed && !once) continue;
			const span = (e: T) => Date.parse(e.start.latest) - Date.parse(e.start.earliest);
			const [keep, drop] = span(x) <= span(y) ? [x, y] : [y, x];
			gone.add(drop);
			keep.confidence = Math.min(1, Math.round((keep.confidence + 0.05) * 100) / 100);
		}
	}
	return gone.size ? events.filter((e) => !gone.has(e)) : events;
}

/**
 * Nouns a story names a happening by again, with the verbs that told it first: "The council
 * approved the budget on Tuesday … The vote, held Tuesday, was 5-2". A noun is also its own
 * verb's ("the rescue" of "were rescued"), which needs no row.
 */
export const RESTATING_NOUNS: { noun: string; verbs: string[]; example: string }[] = [
	{
		noun: 'vote',
		verbs: ['approved', 'passed', 'rejected', 'adopted', 'elected', 'chose', 'backed'],
		example: 'The council approved the budget on Tuesday. … The vote, held Tuesday, was 5-2.'
	},
	{
		noun: 'verdict',
		verbs: ['convicted', 'acquitted', 'found'],
		example: 'A jury convicted him on Thursday. … The verdict, reached Thursday, …'
	},
	{
		noun: 'deal',
		verbs: ['agreed', 'signed', 'reached', 'bought', 'sold', 'acquired'],
		example: 'The union agreed to a contract on Friday. … The deal, reached Friday, …'
	},
	{
		noun: 'increase',
		verbs: ['raised', 'hiked', 'lifted', 'rose'],
		example:
			'The bakery raised the price of its rye on Monday. … The increase, which took effect on Monday, Sept. 21, …'
	}
];

/** Verbs of more than one word that an aside may tell: "The increase, which took effect …". */
const PHRASAL = /\s+(took\s+effect|went\s+into\s+effect|came\s+into\s+force|took\s+place)$/i;

/** A verb's or a noun's stem, to match "rescue" with "rescued", "vote" with "voted". */
const lemma = (word: string) => word.toLowerCase().replace(/(?:ing|ed|es|e|s|d)$/, '');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The happening a mention names in an aside that only dates it ("The storm, which hit Tuesday,
 * closed …", "The rescue, completed Friday, was the county's largest"): its title's noun and
 * verb, or null when the mention is told in a clause of its own. The aside hangs off a common
 * noun, not a name ("The president, Harold Finch, resigned on Thursday, three weeks after …" is
 * the main clause).
 */
function restated(
	title: string,
	sentence: string,
	dateText: string
): { head: string; verb: string } | null {
	const phrasal = PHRASAL.exec(title);
	const words = (phrasal ? title.slice(0, phrasal.index) : title).split(/\s+/);
	if (phrasal) words.push(phrasal[1]!);
	if (words.length < 2 || words.length > 3 || !dateText) return null;
	const verb = words[words.length - 1]!.toLowerCase();
	const head = words[words.length - 2]!.toLowerCase();
	const aside = new RegExp(
		`\\b${escape(head)},\\s+(?:which\\s+|that\\s+)?(?:was\\s+|were\\s+)?${escape(verb).replace(/\s+/g, '\\s+')}\\s+(?:on\\s+|in\\s+|at\\s+|last\\s+)?${escape(dateText)}\\s*,`,
		'u'
	);
	return aside.test(sentence) ? { head, verb } : null;
}

const wordsOf = (text: string) =>
	text
		.toLowerCase()
		.split(/[^\w']+/)
		.filter(Boolean);

/**
 * Whether a mention tells the happening an aside names: its title's subject is the aside's
 * noun ("Ice storm swept …" for "The storm, which hit Tuesday,"), or its sentence has the
 * aside's verb, its noun's own verb or the verb the noun restates (RESTATING_NOUNS: "were
 * rescued on Friday" for "The rescue, completed Friday,").
 */
function tellsAgain(
	title: string,
	sentence: string,
	{ head, verb }: { head: string; verb: string }
): boolean {
	const row = RESTATING_NOUNS.find((r) => r.noun === head);
	if (wordsOf(title).slice(0, 4).includes(head)) return true;
	return wordsOf(sentence).some(
		(w) => lemma(w) === lemma(head) || lemma(w) === lemma(verb) || (row?.verbs.includes(w) ?? false)
	);
}

/**
 * One event per happening told again in an aside: "The storm, which hit Tuesday, closed 200
 * schools on Wednesday", after "An ice storm swept across Missouri on Tuesday", names the
 * lede's storm; "The rescue, completed Friday, was the county's largest" the rescue the lede
 * told. The aside's mention goes when another, told in a clause of its own on the same day,
 * shares its subject, its verb, or the verb its noun restates (RESTATING_NOUNS); the fuller
 * sentence stays.
 */
export function oneEventPerRestatement<
	T extends {
		start: FuzzyDate;
		title: string;
		kind?: string;
		confidence: number;
		sentence: { text: string };
	}
>(events: T[], sameDay: (a: FuzzyDate, b: FuzzyDate) => boolean): T[] {
	const gone = new Set<T>();
	for (const a of events) {
		if (a.start.inferred || a.kind === 'plan') continue;
		const named = restated(a.title, a.sentence.text, a.start.text);
		if (!named) continue;
		const keep = events.find(
			(b) =>
				b !== a &&
				!gone.has(b) &&
				!b.start.inferred &&
				b.kind !== 'plan' &&
				b.sentence !== a.sentence &&
				sameDay(a.start, b.start) &&
				!restated(b.title, b.sentence.text, b.start.text) &&
				tellsAgain(b.title, b.sentence.text, named)
		);
		if (!keep) continue;
		gone.add(a);
		keep.confidence = Math.min(1, Math.round((keep.confidence + 0.05) * 100) / 100);
	}
	return gone.size ? events.filter((e) => !gone.has(e)) : events;
}

/**
 * Sentences that only describe a happening they name by a noun and its day: "The breach on
 * Wednesday, March 18, was about 200 feet wide" tells how wide the lede's breach was, no
 * happening of its own. Each row: the words, given the date's own words as a pattern, and the
 * example that called for it.
 */
export const DESCRIPTIONS: { words: (date: string) => RegExp; example: string }[] = [
	{
		words: (date) =>
			new RegExp(
				`^(?:the|that|this)\\s+[\\p{L}-]+\\s+(?:on|of)\\s+${date}\\s*,?\\s+(?:was|were|is|are)\\s+([^\\s,.;]+)`,
				'iu'
			),
		example:
			'The Missouri River poured over a levee early Wednesday. … The breach on Wednesday, March 18, was about 200 feet wide.'
	}
];

/**
 * Whether a sentence only describes the happening its date's noun names (DESCRIPTIONS): not
 * when the copula makes a passive ("The vote on Tuesday was postponed" tells a happening).
 */
export function onlyDescribes(sentence: string, dateText: string): boolean {
	if (!dateText) return false;
	const date = escape(dateText).replace(/\s+/g, '\\s+');
	return DESCRIPTIONS.some((row) => {
		const m = row.words(date).exec(sentence.trim());
		if (!m) return false;
		const next = m[1]!.toLowerCase();
		return !isPastVerb(next) && !IRREGULAR_PARTICIPLE.has(next);
	});
}

/**
 * One event per happening described again: a mention that only describes a happening of its
 * day (onlyDescribes) goes when a mention told earlier in the text, written, gives that day.
 */
export function oneEventPerDescription<
	T extends {
		start: FuzzyDate;
		kind?: string;
		confidence: number;
		sentence: { text: string; start: number };
	}
>(events: T[], sameDay: (a: FuzzyDate, b: FuzzyDate) => boolean): T[] {
	const gone = new Set<T>();
	for (const a of events) {
		if (a.start.inferred || a.kind === 'plan') continue;
		if (!onlyDescribes(a.sentence.text, a.start.text)) continue;
		const keep = events.find(
			(b) =>
				!gone.has(b) &&
				!b.start.inferred &&
				b.kind !== 'plan' &&
				b.sentence.start < a.sentence.start &&
				sameDay(a.start, b.start)
		);
		if (!keep) continue;
		gone.add(a);
		keep.confidence = Math.min(1, Math.round((keep.confidence + 0.05) * 100) / 100);
	}
	return gone.size ? events.filter((e) => !gone.has(e)) : events;
}
