/**
 * Sentences led by a quotation: the title names who said it and what was said, headline style.
 */

import { headline } from './headline';
import { withoutDates } from './markers';
import { MARK, MAX_WORDS, QUOTED_SPACE, hasFiniteVerb } from './words';

/** How many words of a quotation a title keeps, after its speaker. */
const QUOTE_WORDS = 9;

/** Verbs of saying after a quotation: "“…,” Judge Banks said at the hearing on Tuesday". */
const SAID = String.raw`(?:said|says|added|told|asked|wrote|declared|insisted)`;

/** A name: up to six capitalised words ("Judge Loretta Banks", "Maria Okafor"). */
const SPEAKER_NAME = String.raw`(?:\p{Lu}[\p{L}’'.-]*\s+){0,5}?\p{Lu}[\p{L}’'.-]*`;

/** A role told in lower case: "the mayor", "the victim's sister", "the county engineer". */
const ROLE = String.raw`(?:the|a|an)\s+(?:[\p{Ll}’'-]+\s+){0,3}?[\p{Ll}’'-]+`;

/**
 * A role told by whose it is, which a name in apposition follows: "the victim’s sister",
 * "Harlow’s finance director", "his lawyer", "one of the men".
 */
const OWNED_ROLE = String.raw`(?:the|a|an|his|her|its|their|one\s+of\s+the|(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'.-]*['’]s)\s+(?:[\p{Ll}’'-]+\s+){0,3}?[\p{Ll}’'-]+`;

/**
 * An office written before a name without an article, in lower case but for the body it serves:
 * "chief executive", "flight director", "Cal Fire chief", "agency area director". (No
 * preposition or article: "police in Dayton said" names no Dayton.)
 */
const OFFICE = String.raw`(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}(?:(?!(?:the|a|an|of|in|at|on|for|from|to|and|or|with|by|as|who|said|says|told)\s)\p{Ll}[\p{Ll}’'-]*\s+){1,3}`;

/** A name of one to four capitalised words, which a verb of saying or a comma follows. */
const NAME = String.raw`\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}`;

/** A quotation's opening mark, and a closing mark with what may stand around it. */
const OPENS = /^(?:``|''|“|"|‘|')\s*/;

const CLOSES = /([,.!?]?)\s*(?:''|”|"|’|')\s*,?\s+/g;

/**
 * Who said a leading quotation, by how the words after it name them; the first that matches
 * is read. Each row: the pattern (its first group the speaker, its second, if any, a name
 * standing for a role) and the example that called for it.
 */
export const QUOTE_SPEAKERS: { pattern: RegExp; example: string }[] = [
	{
		// A role, then the name in apposition: the name speaks.
		pattern: new RegExp(String.raw`^(${OWNED_ROLE}),\s+(${SPEAKER_NAME}),\s+${SAID}\b`, 'u'),
		example: '“Justice was done today,” the victim’s sister, Anna Ruiz, told reporters.'
	},
	{
		pattern: new RegExp(
			String.raw`^(${SPEAKER_NAME}|he|she|they|officials|police|${ROLE})\s+${SAID}\b`,
			'u'
		),
		example: '“He betrayed the trust of hundreds of families,” Judge Loretta Banks said.'
	},
	{
		// An office in lower case before the name: the name speaks.
		pattern: new RegExp(String.raw`^${OFFICE}(${NAME})\s+${SAID}\b`, 'u'),
		example: '“Today the probe went quiet,” flight director Ruth Amadi said on Wednesday.'
	},
	{
		// A name, an aside of its own between commas (a clause, a role, an age), then the verb:
		// the name speaks.
		pattern: new RegExp(
			String.raw`^(${SPEAKER_NAME}|${ROLE}),\s+(?:who\s|whose\s|the\s|a\s|an\s|now\s|aged\s|\d|his\s|her\s|\p{Lu}[\p{L}’'.-]*['’]s\s)[^,“”"]{0,60},\s+${SAID}\b`,
			'u'
		),
		example: '“We took the cladding off,” Helen Hayden, the council’s housing chief, said.'
	},
	{
		// Verb first, then a role and the name in apposition: "said the hospital’s chief nurse,
		// Joan Reyes".
		pattern: new RegExp(String.raw`^${SAID}\s+(${OWNED_ROLE}),\s+(${NAME})(?=[,.]|$)`, 'u'),
		example: '“We opened the new birth centre,” said the hospital’s chief nurse, Joan Reyes.'
	},
	{
		// Verb first, an office in lower case, then the name: "said board member Ruth Adeyemi".
		pattern: new RegExp(String.raw`^${SAID}\s+${OFFICE}(${NAME})(?=[\s,.]|$)`, 'u'),
		example:
			'“We listened to parents,” said board member Ruth Adeyemi, who voted with the majority.'
	},
	{
		// Verb first: "said Jane Ruiz, the county engineer", "said the mayor".
		pattern: new RegExp(
			String.raw`^${SAID}\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,5}\p{Lu}[\p{L}’'.-]*(?=[\s,.]|$)|(?:the|a|an)\s+(?:[\p{Ll}’'-]+\s+){0,3}[\p{Ll}’'-]+(?=[,.]|$))`,
			'u'
		),
		example: '“We were told it was safe,” said Maria Okafor, whose husband was killed.'
	}
];

/**
 * Where one clause of what was said meets the next: the cut falls around the match, whose words
 * (a conjunction) belong to neither clause. `opens` tells whether the clause after it has a
 * subject of its own, so that a date in it may title it alone. Each row has the case that asked
 * for it.
 */
export const QUOTE_BOUNDARIES: { pattern: RegExp; opens: boolean; example: string }[] = [
	{
		// A clause of consequence or contrast: "…in March, so | every lorry now goes …".
		pattern: /,?\s+(?:but|yet|so)\s+(?!(?:far|much|many|long|that|to|too|as)\b)/g,
		opens: true,
		example:
			'“The Victoria Bridge shut in March, so every lorry now goes through town,” said Sue Ruiz.'
	},
	{
		// A reason: "…on the picket line | because we have no choice".
		pattern: /,?\s+because\s+/g,
		opens: true,
		example: '“Today we are on the picket line because we have no choice,” Ana Ruiz said.'
	},
	{
		// A clause of its own after "and": a pronoun or a determiner opens its subject.
		pattern:
			/,?\s+and\s+(?=(?:we|they|he|she|it|I|nobody|everyone|people|the|our|their|his|her|its|every|that|this|then)\s)/g,
		opens: true,
		example: '“We opened our first café in 2018 and the cafés now make a fifth of our profit.”'
	},
	{
		// A second verb phrase of the same subject: "…in 2019 | and have not looked back".
		pattern:
			/\s+and\s+(?=(?:have|has|had|was|were|is|are|will|would|never|not|then|\p{Ll}{3,}ed)\b)/gu,
		opens: false,
		example: '“We closed the Bourne End works in 2019 and have not looked back,” Diane Fell said.'
	}
];

/**
 * The one clause of a quotation a title tells: the clause holding the date `mark` when the date is
 * inside it, or, when the quotation is longer than a title keeps, its first clause, so that a
 * title is never cut mid-clause ("Sue Ruiz said Victoria Bridge shut", was "… shut, so every
 * lorry now goes"). A clause with no verb of its own, or of fewer than three words, leaves the
 * quotation as it was.
 */
export function quotedClause(
	said: string,
	mark: string,
	texts: Map<string, string>,
	keep = QUOTE_WORDS
): string {
	const cuts: { start: number; end: number; opens: boolean }[] = [];
	for (const { pattern, opens } of QUOTE_BOUNDARIES)
		for (const m of said.matchAll(pattern))
			cuts.push({ start: m.index, end: m.index + m[0].length, opens });
	if (!cuts.length) return said;
	cuts.sort((a, b) => a.start - b.start);
	const pieces: { text: string; opened: boolean }[] = [];
	let from = 0;
	let opened = true;
	for (const cut of cuts) {
		if (cut.start < from) continue;
		pieces.push({ text: said.slice(from, cut.start), opened });
		from = cut.end;
		opened = cut.opens;
	}
	pieces.push({ text: said.slice(from), opened });
	const inside = said.includes(mark);
	// (Counted as the title's headline counts them: no dates, no articles.)
	const words = (t: string) => headline(withoutDates(t, texts), Infinity, true).split(' ').length;
	if (!inside && words(said) <= keep) return said;
	const piece = inside ? pieces.find((p) => p.text.includes(mark)) : pieces[0];
	if (!piece || !piece.opened) return said;
	const text = piece.text.replace(/[\s,;:]+$/, '');
	const bare = text.replace(/\u2063[TO]\d+\u2063\s*/g, '');
	// (Two words are a clause when the date completes it: "Term ends on July 2".)
	return words(text) >= (inside ? 2 : 3) && (hasFiniteVerb(bare) || PRESENT_VERB.test(bare))
		? text
		: said;
}

/** A noun and its verb of the present: "Term ends", "The plant opens". */
const PRESENT_VERB = /^(?:(?:the|a|an|our|their|this)\s+)?\p{L}+\s+\p{Ll}+[^s\s]s\b/iu;

/**
 * A sentence led by a quotation ("“He betrayed the trust of hundreds of families,” Judge
 * Loretta Banks said on Tuesday") is a saying: the title names the speaker and what was said,
 * headline style ("Judge Loretta Banks: ‘He betrayed trust of hundreds of families’"). A pronoun
 * speaker keeps its verb so that a name can stand in for it ("He said: ‘…’").
 */
export function quoteLed(s: string, texts: Map<string, string>, mark: string): string | null {
	const open = OPENS.exec(s);
	if (!open) return null;
	let said = '';
	let speaker: string | undefined;
	// The first closing mark that a speaker follows ends the quotation: "the workers’ union"
	// holds a closing mark too.
	for (const close of s.slice(open[0].length).matchAll(CLOSES)) {
		// A single mark closes a quotation only after its punctuation: "We've" is a word.
		if (/^['‘]/.test(s) && !close[1]) continue;
		const tail = s.slice(open[0].length + close.index + close[0].length);
		for (const { pattern } of QUOTE_SPEAKERS) {
			const m = pattern.exec(tail);
			if (m) {
				speaker = m[2] ?? m[1];
				break;
			}
		}
		if (speaker) {
			// "…,” said Patricia Hurt, the prosecutor, who created the task force on Tuesday": the
			// date is the speaker's own happening, not the saying's, titled by the speaker's name
			// and that clause ("Patricia Hurt created task force").
			// (…or between the name and the verb: "…,” the mayor, who took office in 2022, said.)
			const own = new RegExp(`,\\s+who\\s+([^,]*${mark}[^,]*?)(?:[.!?]?$|,\\s+${SAID}\\b)`).exec(
				tail
			);
			if (own && !speaker.includes(MARK) && !/^(?:he|she|they)$/i.test(speaker))
				return headline(withoutDates(`${speakerName(speaker)} ${own[1]}`, texts));
			if (new RegExp(`,\\s+(?:who|whose|which)\\s[^,]*${mark}`).test(tail)) return null;
			said = s.slice(open[0].length, open[0].length + close.index);
			break;
		}
	}
	if (!speaker || speaker.includes(MARK)) return null;
	const pronoun = /^(?:he|she|they)$/i.test(speaker);
	const who = pronoun
		? `${speaker.charAt(0).toUpperCase()}${speaker.slice(1)} said`
		: speakerName(speaker);
	const words = withoutDates(quotedClause(said, mark, texts), texts);
	const what = headline(words, QUOTE_WORDS, true);
	if (!what.includes(' ')) return null;
	// A quotation cut short says so.
	const cut = what !== headline(words, Infinity, true);
	return `${who}: ‘${what}${cut ? ' …' : ''}’`;
}

/**
 * A speaker as a title names them: an office before a name goes ("Interior Minister Carla Ruiz"
 * → "Carla Ruiz"), so what was said keeps its room; a role loses its article ("the mayor" →
 * "Mayor").
 */
function speakerName(speaker: string): string {
	const name = speaker.replace(/^(?:the|a|an)\s+/, '').split(' ');
	return name.length > 3
		? name.slice(-2).join(' ')
		: name.join(' ').charAt(0).toUpperCase() + name.join(' ').slice(1);
}

/** A sentence that is all quotation: "“Tonight we celebrate.”" */
const WHOLE = /^\s*(?:``|[“"])([^“”"]+?)[.,!?]?(?:''|[”"])\s*$/;

/**
 * A sentence that is all quotation keeps its words as said, dates and all ("“Tonight nobody is
 * laughing.”" is no "Nobody is laughing"): who said it is named from the sentence before
 * (`namePronoun` in subjects.ts).
 */
export function wholeQuotation(s: string, texts: Map<string, string>, mark: string): string | null {
	const m = WHOLE.exec(s);
	if (!m || /(?:``|''|[“”"])/.test(m[1]!)) return null;
	// (Its one clause, as a quotation's with its speaker: "Term ends on July 2", never "…, so we".)
	let words = quotedClause(m[1]!, mark, texts, MAX_WORDS);
	for (const [mark, text] of texts) words = words.replace(mark, text);
	// (A whole headline's length: no speaker stands before it in its own sentence.)
	const what = headline(words, MAX_WORDS, true);
	return what.includes(' ')
		? `${what}${what !== headline(words, Infinity, true) ? ' …' : ''}`
		: null;
}

/**
 * A phrase that sets the scene of a saying before its speaker: "Ahead of the vote on Thursday,
 * Mayor Carla Diaz said, “…”" (its date is the scene's, not the saying's).
 */
const SCENE = String.raw`(?:(?:Ahead\s+of|After|Before|At|During|Outside|Speaking\s+(?:at|to|after))\s[^,“”"]{1,60},\s+)?`;

/** A saying, its date, then the quotation: "The mayor said on Monday, “The budget is balanced.”" */
const SAYING_THEN_QUOTE = new RegExp(
	String.raw`^${SCENE}(${SPEAKER_NAME}|(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}’'-]+\s+){0,3}?[\p{Ll}’'-]+|[Hh]e|[Ss]he|[Tt]hey)\s+${SAID}\b([^,“”"]{0,40}),\s*(?:` +
		'``' +
		String.raw`|[“"])([^“”"]+?)[.,!?]?(?:''|[”"])$`,
	'u'
);

/** A role, the name in apposition, then the saying: "the local's president, Ana Ferreira, said, “…”". */
const ROLE_NAME_THEN_QUOTE = new RegExp(
	String.raw`^${SCENE}(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}’'-]+\s+){0,3}?[\p{Ll}’'-]+,\s+(${SPEAKER_NAME}),\s+${SAID}\b([^,“”"]{0,40}),\s*(?:` +
		'``' +
		String.raw`|[“"])([^“”"]+?)[.,!?]?(?:''|[”"])$`,
	'u'
);

/**
 * A saying before its quotation names the speaker and what was said, as a quotation before its
 * speaker does: "The mayor said on Monday, “The budget is balanced.”" → "Mayor: ‘The budget is
 * balanced’" (no stray capital after "said", no quotation without its speaker).
 */
export function sayingThenQuote(
	s: string,
	texts: Map<string, string>,
	mark: string
): string | null {
	const m = SAYING_THEN_QUOTE.exec(s) ?? ROLE_NAME_THEN_QUOTE.exec(s);
	// (The date may open the quotation, a "today" said that day: "said, “Today we signed …”".)
	if (!m || !(m[2]!.includes(mark) || m[3]!.startsWith(mark)) || m[1]!.includes(MARK)) return null;
	const speaker = m[1]!;
	const pronoun = /^(?:he|she|they)$/i.test(speaker);
	const name = speaker.replace(/^(?:the|a|an)\s+/i, '');
	const who = pronoun
		? `${speaker.charAt(0).toUpperCase()}${speaker.slice(1)} said`
		: name.charAt(0).toUpperCase() + name.slice(1);
	const words = withoutDates(quotedClause(m[3]!, mark, texts), texts);
	const what = headline(words, QUOTE_WORDS, true);
	if (!what.includes(' ')) return null;
	return `${who}: ‘${what}${what !== headline(words, Infinity, true) ? ' …' : ''}’`;
}

/**
 * Quotations a sentence holds after its first word (one that leads the sentence is read by
 * `quoteLed`, at its commas): double marks, or single ones after a space and before no letter
 * ("‘a failure of every level of government’", not the "’" of "workers’ union").
 */
const INNER_QUOTATIONS = [
	/(?<=\s)(?:“|")[^“”"]{2,200}?(?:”|")/g,
	/(?<=\s)‘[^‘’]{2,200}?’(?!\p{L})/gu
];

/** A quotation that is a work's title: capitals but for short words ("“Night in Lisbon”"). */
const WORK_TITLE =
	/^.\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|a|an|the|and|or|of|in|on|at|to|for|by|with|from))*[,.]?.$/u;

/**
 * The sentence with each quotation after its first word held as one word (see QUOTED_SPACE),
 * unless a date is inside it, which the title's rules must see, or it is a name.
 */
export function quotationsHeld(s: string): string {
	return INNER_QUOTATIONS.reduce(
		(t, quotation) =>
			t.replace(quotation, (q) =>
				// (A comma before the closing mark is the sentence's, as British style writes it:
				// "was “the best we could get”, and signed it".)
				// (A work's title is a name, and goes as a name goes: "Night in Lisbon".)
				q.includes(MARK) || WORK_TITLE.test(q)
					? q
					: q.replace(/\s+/g, QUOTED_SPACE).replace(/,([”"’])$/, '$1,')
			),
		s
	);
}

/**
 * A title never keeps half of a pair of quotation marks: an opening mark whose quotation the
 * title cut ("Judge called scheme ‘brazen") loses it. (A straight mark before a number is an
 * elision, "'90s".)
 */
export function pairedMarks(title: string): string {
	return title.replace(/(?<=^|\s)[‘']((?!\d)[^\s‘’']*)(?=\s|$)/gu, (m, rest: string, at: number) =>
		new RegExp(`${m[0] === '‘' ? '’' : "'"}(?!\\p{L})`, 'u').test(title.slice(at + 1)) ? m : rest
	);
}
