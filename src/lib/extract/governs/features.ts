/**
 * What the chooser knows of a word and a date in one sentence: structural cues only (how far,
 * what stands between, the word's form), never the word itself, so that what it learns on one
 * corpus holds on text it has not seen. Each feature is a name; the weights table gives each
 * name its weight (choose.ts), the training script learns them (scripts/train-governs.ts).
 */
import { isPastVerb } from '../happenings';
import { isParticiple } from '../verb-forms';

export interface Token {
	text: string;
	start: number;
	end: number;
	/** A word (letters or digits), not punctuation. */
	word: boolean;
}

export interface Span {
	start: number;
	end: number;
}

/** Words and the punctuation a clause turns on; everything else is spacing. */
const TOKEN =
	/[\p{L}\p{N}](?:[\p{L}\p{N}’'.&-]*[\p{L}\p{N}])?|``|''|[,;:"“”‘’()—–]|--|[-–—](?=\s)/gu;

export function tokenize(sentence: string): Token[] {
	return [...sentence.matchAll(TOKEN)].map((m) => ({
		text: m[0],
		start: m.index,
		end: m.index + m[0].length,
		word: /^[\p{L}\p{N}]/u.test(m[0])
	}));
}

/** Words that are never the happening a date governs: they only join or point. */
const FUNCTION = new Set(
	`a an the this that these those its his her their our my your of to in on at by for from with
	about into over after before since until during and or but nor so yet as than then there here
	it he she they we i you him them us me who whom whose which what when where why how not no
	all any some each every more most less such very also only just even still again already
	is are was were be been being am has have had do does did will would can could may might
	must shall should up out off down per via while because if though although whether`.split(/\s+/)
);

/** Modals and "to" before a base form: a plan or an infinitive ("will visit", "to close"). */
const MODAL = /^(?:to|will|would|could|can|may|might|must|shall|should|wo|'ll|’ll)$/i;
const AUXILIARY = /^(?:is|are|was|were|be|been|being|am|has|have|had|'s|’s)$/i;
const DETERMINER = /^(?:a|an|the|its|his|her|their|our|my|your|this|that|these|those|last|next)$/i;
/** Verbs of saying: a date by a saying often dates the saying, not what was said. */
const REPORTING =
	/^(?:said|says|say|told|tells|announced|announces|reported|reports|added|stated|noted|declared|disclosed|confirmed|denied|insisted|warned|acknowledged|predicted)$/i;
/** The words that open a clause of their own between a word and a date. */
const OPENERS = [
	'that',
	'which',
	'who',
	'when',
	'after',
	'before',
	'because',
	'while',
	'as',
	'and',
	'but',
	'if',
	'until',
	'since'
] as const;
const PREPOSITION =
	/^(?:on|in|at|by|for|from|during|since|until|through|before|after|of|to|as|around|about|within|over|throughout|between)$/i;

/** Content words of the sentence outside the date, as candidates for what the date governs. */
export function candidates(tokens: Token[], date: Span): number[] {
	const out: number[] = [];
	tokens.forEach((t, i) => {
		if (!t.word || (t.start < date.end && date.start < t.end)) return;
		const lower = t.text.toLowerCase();
		if (FUNCTION.has(lower) || /^\p{N}/u.test(t.text)) return;
		out.push(i);
	});
	return out;
}

/** How a word looks: a verb's form, a noun's place after a determiner, a name's capital. */
function formOf(tokens: Token[], i: number, lexicon: Record<string, number>): string[] {
	const t = tokens[i]!;
	const lower = t.text.toLowerCase();
	const before = tokens[i - 1]?.text ?? '';
	const before2 = tokens[i - 2]?.text ?? '';
	const f: string[] = [];
	const rate = lexicon[lower];
	f.push(rate === undefined ? 'lex:unknown' : `lex:${Math.min(4, Math.floor(rate * 5))}`);
	if (isPastVerb(lower)) f.push('form:past');
	if (isParticiple(lower)) f.push('form:participle');
	if (/ing$/.test(lower) && lower.length > 4) f.push('form:ing');
	if (/[^s]s$/.test(lower)) f.push('form:s');
	if (MODAL.test(before) || (/^(?:not|never|also)$/i.test(before) && MODAL.test(before2)))
		f.push('form:after-modal');
	if (AUXILIARY.test(before) || (/^(?:been|being)$/i.test(before) && AUXILIARY.test(before2)))
		f.push('form:after-aux');
	if (DETERMINER.test(before) || /['’]s$/.test(before) || before === '’s') f.push('form:after-det');
	if (PREPOSITION.test(before)) f.push('form:after-prep');
	if (/^\p{Lu}/u.test(t.text) && i > 0) f.push('form:capital');
	if (REPORTING.test(lower)) f.push('form:reporting');
	return f;
}

/** What stands between a word and the date, and where the date stands. */
function between(tokens: Token[], i: number, date: Span, dateFirst: number, dateLast: number) {
	const after = i > dateLast;
	const [from, to] = after ? [dateLast + 1, i] : [i + 1, dateFirst];
	const gap = tokens.slice(from, to);
	const words = gap.filter((t) => t.word).length;
	const f: string[] = [after ? 'side:after' : 'side:before'];
	const bucket =
		words <= 0
			? '0'
			: words <= 1
				? '1'
				: words <= 3
					? '2-3'
					: words <= 6
						? '4-6'
						: words <= 10
							? '7-10'
							: '11+';
	f.push(`gap:${bucket}`, `gap:${after ? 'a' : 'b'}${bucket}`);
	const commas = gap.filter((t) => t.text === ',').length;
	if (commas) f.push(`punct:comma${Math.min(commas, 2)}`);
	if (gap.some((t) => t.text === ';' || t.text === ':')) f.push('punct:semicolon');
	if (gap.some((t) => /^(?:["“”]|``|'')$/.test(t.text))) f.push('punct:quote');
	if (gap.some((t) => /^(?:--|[-–—])$/.test(t.text))) f.push('punct:dash');
	if (gap.some((t) => /^[()]$/.test(t.text))) f.push('punct:paren');
	for (const t of gap) {
		const lower = t.text.toLowerCase();
		if ((OPENERS as readonly string[]).includes(lower)) f.push(`open:${lower}`);
		if (REPORTING.test(lower)) f.push('open:saying');
	}
	// Other candidate verbs between: the date reaches past a verb rarely.
	const verbs = gap.filter((t) => t.word && verbLike(t.text)).length;
	f.push(`verbs-between:${Math.min(verbs, 2)}`);
	// The word just before the date: a preposition makes a phrase that attaches to a verb
	// before it; a possessive "Tuesday's" attaches to the noun after.
	const prev = tokens[dateFirst - 1]?.text ?? '';
	const next = tokens[dateLast + 1]?.text ?? '';
	if (PREPOSITION.test(prev)) f.push(`date:after-${prev.toLowerCase()}`);
	if (dateFirst === 0 || (dateFirst === 1 && PREPOSITION.test(prev))) f.push('date:opens');
	if (dateLast >= tokens.length - 2) f.push('date:ends');
	if (/['’]s$/.test(tokens[dateLast]?.text ?? '') || next === '’s') {
		f.push(after && words <= 2 ? 'date:possessive-next' : 'date:possessive');
	}
	if (after && words === 0) f.push('adjacent:after');
	if (!after && words === 0) f.push('adjacent:before');
	return f;
}

/** A verb by its form alone (for counting verbs between a word and the date). */
function verbLike(word: string): boolean {
	const lower = word.toLowerCase();
	return isPastVerb(lower) || REPORTING.test(lower) || MODAL.test(lower);
}

/** Where the date's words are among the tokens: its first and last token. */
function dateTokens(tokens: Token[], date: Span): [number, number] {
	const inside = tokens
		.map((t, k) => (t.start < date.end && date.start < t.end ? k : -1))
		.filter((k) => k >= 0);
	const first = inside[0] ?? tokens.findIndex((t) => t.start >= date.start);
	return [first, inside.at(-1) ?? first - 1];
}

/** Whether a word looks like an event: often one in the lexicon, or a verb by its form. */
function eventLike(tokens: Token[], i: number, lexicon: Record<string, number>): boolean {
	const lower = tokens[i]!.text.toLowerCase();
	return (lexicon[lower] ?? 0) >= 0.5 || isPastVerb(lower) || MODAL.test(tokens[i - 1]?.text ?? '');
}

/**
 * The features of candidate `i` for the date `date`, as names (see the weights table).
 * `others` are the sentence's other candidates, to say which of the event-like words is the
 * nearest to the date on its side and which is the sentence's first.
 */
export function featuresOf(
	tokens: Token[],
	i: number,
	date: Span,
	lexicon: Record<string, number>,
	others: number[] = []
): string[] {
	const [first, last] = dateTokens(tokens, date);
	const form = formOf(tokens, i, lexicon);
	const place = between(tokens, i, date, first, last);
	const side = place[0]!;
	const gap = place[2]!;
	const f = ['bias', ...form, ...place];
	// The form matters differently on each side and at each distance: a past verb right before
	// "on Tuesday" is its verb; one after a comma and "that" is another clause's.
	f.push(...form.map((x) => `${side}&${x}`));
	f.push(...form.filter((x) => x.startsWith('lex:')).map((x) => `${gap}&${x}`));
	for (const p of place) {
		if (p.startsWith('punct:') || p.startsWith('open:') || p.startsWith('date:'))
			f.push(`${side}&${p}`);
	}
	// "the Oct. 23 shooting", "Wednesday's ruling": a date before a noun names the noun's time.
	const before = tokens[first - 1]?.text ?? '';
	if (side === 'side:after' && /^(?:the|a|an|its|his|her|their)$/i.test(before))
		f.push(`date:after-det&${gap}`);
	const like = eventLike(tokens, i, lexicon);
	f.push(like ? 'event-like' : 'not-event-like');
	if (like) {
		const after = i > last;
		const rank = others.filter(
			(k) =>
				k !== i &&
				k > last === after &&
				Math.abs(k - first) < Math.abs(i - first) &&
				eventLike(tokens, k, lexicon)
		).length;
		f.push(`rank:${Math.min(rank, 2)}`, `${side}&rank:${Math.min(rank, 2)}`);
		if (!others.some((k) => k < i && eventLike(tokens, k, lexicon))) f.push('first-event-like');
	}
	return f;
}
