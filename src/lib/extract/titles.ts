/**
 * Turns a sentence into a timeline label, the way a graphics editor would write one: the clause
 * that the date governs, in headline style (no date phrase, no attribution, no articles or
 * auxiliaries), short enough to sit on a timeline.
 */

import { isPastVerb } from './happenings';
import { isParticiple, pastOfIng, withoutAuxiliaries } from './verb-forms';
import { DATELINE } from './sentences';

/** A date phrase inside the sentence, as offsets relative to the sentence start. */
export interface Span {
	start: number;
	end: number;
}

const MAX_WORDS = 11;
const MARK = '\u2063'; // invisible separator: cannot occur in prose, so marks survive regexes

const PREPOSITIONS =
	'in|on|at|during|since|by|until|till|from|through|throughout|of|for|before|after|around|about|between|to|into|with|against|amid|over|under|within|without|across|toward|towards|as';
/** "Ten years after", "Two days before", "Months after": a lapse measured from another time. */
const LAPSE = String.raw`(?:(?:[\w-]+\s+){1,2}(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|generations?)|years|months|weeks|days|hours|decades|moments|minutes)\s+(?:after|before|since)`;
const SUBORDINATORS = new RegExp(
	`^(?:while|although|though|if|as|when|because|(?:ever\\s+)?since|after|before|once|unless|whereas|despite|${LAPSE})\\b`,
	'i'
);
const NOT_ADVERBS = new Set([
	'only',
	'family',
	'italy',
	'july',
	'early',
	'supply',
	'rally',
	'ally',
	'holy',
	'daily',
	'weekly',
	'monthly',
	'yearly',
	'likely',
	'reply',
	'assembly',
	'fly',
	'apply',
	'july'
]);
const FUNCTION_WORDS = new Set(
	`a an the and or but of ${PREPOSITIONS.replace(/\|/g, ' ')} that which who whom whose only also just still even up down out than more less some such about its their his her our your my is are was were be been has have had will would could should may might can this these those`.split(
		' '
	)
);

/** The noun phrase ending `text`, from its determiner: "… to screen a television advertisement". */
function nounBefore(text: string): string | null {
	const words = text.trimEnd().split(/\s+/);
	for (let k = words.length - 1; k >= Math.max(0, words.length - 5); k--) {
		if (/^(?:the|a|an|its|their|his|her)$/i.test(words[k]!))
			return k < words.length - 1 ? words.slice(k).join(' ') : null;
		// A bare plural after a preposition: "a suspect in | sniper shootings".
		if (PREPOSITION.test(`${words[k]} `))
			return k < words.length - 1 ? words.slice(k + 1).join(' ') : null;
		if (!/^[\p{L}’'-]+$/u.test(words[k]!) || isPastVerb(words[k]!.toLowerCase())) return null;
	}
	return null;
}

const CLEFT =
	/^(?:but\s+|and\s+)?it\s+(?:was|is|will\s+be)\s+(?:not\s+until|only\s+(?:on|in|at|after)|on|in|at)\s+[^,;]{0,40}?\s+that\s+/i;

const DASH_ASIDE = /\s+(?:--|—|–|_)\s+([^—–_]{1,150}?)\s+(?:--|—|–|_)\s+/g;

/** Words in "-ing" that news uses as nouns, which may end a title: "… asylum hearing". */
const ING_NOUNS = new Set(
	`hearing meeting building funding ruling spending warning opening ceiling evening morning
	wedding offering filing briefing shooting bombing killing landing rating ranking training
	housing setting listing trading uprising beginning ending gathering
	sentencing polling clothing boxing sibling`.split(/\s+/)
);

/**
 * A verb's particle ending a title is part of the verb: "Talks broke down", "He stepped down",
 * "Daniel Okoye took over".
 */
function particle(title: string): boolean {
	const [verb, last] = title.toLowerCase().split(' ').slice(-2);
	return /^(?:up|down|out|off|over|back|away|aside)$/.test(last ?? '') && isPastVerb(verb ?? '');
}

/** Words a title never ends on: function words, and a subject pronoun left by a cut. */
const ENDS_NOT = new Set([...FUNCTION_WORDS, 'he', 'she', 'they', 'we', 'i']);

const PREPOSITION = new RegExp(`^(?:${PREPOSITIONS})\\s`, 'i');

/** Words that open a phrase, where a long label may end whole ("for at least two" may not). */
const PHRASE_STARTS = new Set(
	`${PREPOSITIONS.replace(/\|/g, ' ')} outside inside near beyond behind along among beneath past that which who whom whose while when because`.split(
		' '
	)
);

/**
 * Whether a phrase may start at word `i`: not inside a measure ("winds of up to 120 mph" has
 * no phrase at "of" or "to"), where a cut would leave "with winds of up".
 */
function phraseStartsAt(words: string[], i: number): boolean {
	const w = words[i]!.toLowerCase();
	if (!PHRASE_STARTS.has(w)) return false;
	if (w === 'to' && words[i - 1]?.toLowerCase() === 'up') return false;
	// (A measure of an object may go whole: "to offer a reward | of up to $2 million".)
	return !(
		w === 'of' &&
		MEASURE_OPENS.test(words[i + 1] ?? '') &&
		PREPOSITION.test(`${words[i - 2] ?? ''} `)
	);
}
/** Words that open a measure after "of": "of up to", "of more than", "of 12 feet". */
const MEASURE_OPENS = /^(?:up|more|less|nearly|almost|about|around|roughly)$/i;

/**
 * A date heading its line, then a separator: a spaced dash, "--" or a colon, after an
 * optional bullet ("- ", "• "). A dateline ("WASHINGTON —") is no date, so it never matches.
 */
const ENTRY = new RegExp(`^(?:[-*•▪‣]\\s+)?(${MARK}[TO]\\d+${MARK})\\s*(?:[—–]|--?|:)\\s+`);

/**
 * A part of a date said before it, which goes with it: "On the evening of March 9, the northern
 * span fell" → "Northern span fell".
 */
const PART_OF = String.raw`\b(?:on|in|during|at|by|until|from|since)\s+the\s+(?:evening|morning|afternoon|night|eve|weekend|end|start|beginning|middle|first\s+day|last\s+day|first\s+week|last\s+week)\s+of\s+`;

function marker(i: number, target: boolean) {
	return `${MARK}${target ? 'T' : 'O'}${i}${MARK}`;
}

/**
 * The patterns that find a marker's date phrase, made once per marker: compiling four regular
 * expressions per date per title made text thick with dates ("U.S. Jan. a.m. …") ten times
 * slower than prose.
 */
const markCache = new Map<
	string,
	{
		premodifier: RegExp;
		beforeWord: RegExp;
		possessive: RegExp;
		adverbial: RegExp;
		bare: RegExp;
		participle: RegExp;
		relative: RegExp;
		when: RegExp;
		since: RegExp;
	}
>();
function markPatterns(m: string) {
	let patterns = markCache.get(m);
	if (!patterns) {
		patterns = {
			premodifier: new RegExp(`\\b(?:the|a|an|its|their|his|her)\\s+${m}\\s+[a-z]`, 'i'),
			beforeWord: new RegExp(`${m}\\s+[a-z]`),
			possessive: new RegExp(`${m}['’]s\\b`),
			adverbial: new RegExp(
				`(?:\\bas\\s+(?:early|late|recently)\\s+as\\s+|\\b(?:shortly|just|soon|only|right)\\s+|\\b(?:ended|ending)\\s+|${PART_OF})?(?:\\b(?:${PREPOSITIONS})\\s+)?(?:at\\s+(?:least|the\\s+earliest|the\\s+latest)\\s+)?(?:\\blast\\s+)?${m}(?:,(?=\\s+(?:in|at|near|outside)\\s))?`,
				'gi'
			),
			// The date alone in an opening phrase: "Since 1985".
			bare: new RegExp(`^(?:[a-z]+\\s+){0,2}${m}$`, 'i'),
			// A relative clause may hold a list: "who stepped down as chairman, president and …".
			relative: new RegExp(
				`,\\s+(?:which|who)\\s+((?:[^,;]*,\\s+(?=[^,;]*\\b(?:and|or)\\s))*[^,;]*${m}[^,;]*)`,
				'i'
			),
			participle: new RegExp(
				String.raw`^(.+?)\s+(?:before|after|while|since|upon)\s+([a-z]{2,}ing)\b([^,;]*${m}.*)$`
			),
			when: new RegExp(String.raw`\bof\s+(?:the\s+)?${m},\s+when\s+([^,;]+)`),
			// "since 1999", "since shortly after the Oct. 23 slaying": a state's beginning.
			since: new RegExp(
				String.raw`\s+since\s+(?:(?:shortly|just|soon|right)\s+)?(?:(?:after|before)\s+)?(?:(?:the|its|their|his|her)\s+)?${m}[^,;]*`
			)
		};
		if (markCache.size < 1000) markCache.set(m, patterns);
	}
	return patterns;
}

/**
 * The title of the happening that the date phrase `target` governs; with `target` null, of the
 * sentence's main happening (an undated sentence whose date is inferred from its context).
 */
export function titleFor(sentence: string, target: Span | null, others: Span[] = []): string {
	return titleOf(sentence, target, others).replaceAll(THOUSANDS, ',');
}

/**
 * Stands for the comma of "1,200" while a title is made, so that no rule cutting at commas
 * cuts a number ("The company, which cut 1,200 jobs, …" read "Company200 jobs").
 */
const THOUSANDS = '\u2064';

function titleOf(sentence: string, target: Span | null, others: Span[]): string {
	// Replace the date phrases by markers, from the end so offsets stay valid.
	const spans = [
		...(target ? [{ ...target, target: true }] : []),
		...others.map((s) => ({ ...s, target: false }))
	].sort((a, b) => b.start - a.start);
	const texts = new Map<string, string>();
	let s = sentence;
	spans.forEach((span, i) => {
		const m = marker(i, span.target);
		texts.set(m, sentence.slice(span.start, span.end));
		s = s.slice(0, span.start) + m + s.slice(span.end);
	});
	const targetMark = [...texts.keys()].find((k) => k.includes('T')) ?? `${MARK}none${MARK}`;
	s = s.replace(/(?<=\d),(?=\d{3}\b)/g, THOUSANDS);

	s = s.replace(/[\s.!?]+$/, '');
	// A chronology's entry ("Aug. 30, 2011 — Boeing launches the 737 Max"): the date heads
	// the line and the whole line after its separator is the happening.
	const entry = ENTRY.exec(s);
	if (entry && entry[1] === targetMark) s = s.slice(entry[0].length);
	// A dateline ("WASHINGTON —") says where the report was filed: no clause of the happening.
	const dateline = DATELINE.exec(s);
	if (dateline && !dateline[0].includes(MARK)) s = s.slice(dateline[0].length);
	// A pair of dashes holds an aside, as brackets do: "tens of thousands of Cuban women --
	// hundreds visibly pregnant -- marched …". (A "when" between them tells what a bare date
	// means: "Since 1985 — when the Israelis created a buffer zone —".)
	const dashed: { happening?: string } = {};
	s = s.replace(DASH_ASIDE, (m, inside: string, at: number, all: string) => {
		// A participle aside the date governs is the happening of the noun before it: "a
		// television advertisement _ made last week, before Slepian died _" → "Television
		// advertisement made".
		if (m.includes(targetMark) && PARTICIPLE.test(inside)) {
			const noun = nounBefore(all.slice(0, at));
			if (noun) dashed.happening = `${noun} ${inside.split(', ')[0]}`;
		}
		return m.includes(targetMark) || /^when\s/i.test(inside) ? m : ' ';
	});
	if (dashed.happening) return headline(withoutDates(dashed.happening, texts));
	// A period a figure is reported for ("revenue of $3.1 billion for the three months that ended
	// in September") is no happening of its own, whichever date titles the sentence: the report is.
	s = s.replace(REPORTING_PERIOD, '');
	// A date naming a time ("the larger demonstrations of early December, when hundreds of
	// thousands rallied") is told by its "when" clause: "Hundreds of thousands rallied".
	const when = s.includes(', when ') ? markPatterns(targetMark).when.exec(s) : null;
	if (when) return headline(withoutDates(when[1]!, texts));
	// A cleft: "But it was not until Tuesday that Castro revealed …" → "Castro revealed …".
	if (/\bthat\s/.test(s)) s = s.replace(CLEFT, (m) => (m.includes(targetMark) ? '' : m));
	const saying = quoteLed(s, texts, targetMark);
	if (saying) return saying;
	// A date in a clause after "since" dates that clause: "their best record since the club was
	// founded in 2009" → "Club founded".
	const since = s.includes('since ') ? SINCE_CLAUSE.exec(s) : null;
	// (Not a noun with a clause of its own: "since the triumph of the revolution that brought
	// Castro to power 41 years ago".)
	if (
		since?.[1]!.includes(targetMark) &&
		hasFiniteVerb(since[1]!.split(/\s+(?:that|which|who)\s/)[0]!)
	)
		return headline(withoutDates(since[1]!, texts));
	const before = doingOpener(s, targetMark);
	if (before) return headline(withoutDates(before, texts));
	const opener = participleOpener(s, targetMark);
	if (opener?.happening) return headline(withoutDates(opener.happening, texts));
	if (opener?.main) s = opener.main;
	const aside = asides(s, targetMark);
	if (aside.participle) return headline(withoutDates(aside.text, texts));
	// A description after a name inside the clause goes: "sentenced Tomas Brennan, a former
	// hedge fund manager, to 12 years" → "sentenced Tomas Brennan to 12 years".
	aside.text = aside.text.replace(APPOSITION, (m, name: string, inside: string) =>
		inside.includes(targetMark) ? m : `${name} `
	);
	s = relativeClause(stripAttribution(aside.text, targetMark), targetMark);
	// Non-restrictive relative clauses carry background, not the happening.
	// …and at the sentence's end too: "married the conductor Per Holm, who died in 2011".
	s = s.replace(/,\s+(?:which|who|whom|whose)\b[^,]*(?:,|$)/g, (m) =>
		m.includes(targetMark) ? m : ''
	);

	let clause = stateThenHappening(
		chooseClause(splitClauses(s), targetMark, spans.length <= 1, s),
		targetMark
	);
	clause = asides(clause, targetMark).text;
	// Attribution again, now at the clause's end: "…remains, residents said".
	clause = stripAttribution(chooseComplement(clause, targetMark), targetMark);
	clause = sinceThen(clause, targetMark);
	clause = participlePhrase(clause, targetMark);
	clause = nestedParticiple(clause, targetMark);
	// A date naming a noun ("the 2023 shooting") in a clause another date governs ("found him
	// guilty on Wednesday of manslaughter in the 2023 shooting of an unarmed man") is that noun's
	// happening: "2023 shooting of unarmed man".
	// So is one in a clause of the present ("Kopp has eluded authorities since … in the Oct. 23
	// sniper shooting"): the clause tells now, the noun the date.
	const named =
		/\u2063O\d+\u2063/.test(clause) || tellsPresent(clause) ? nounOfDate(clause, targetMark) : null;
	if (named) return headline(withoutDates(named, texts));
	const title = plainTitle(backgroundOff(clause, targetMark), texts);
	return hasVerb(title) && !/^['’]s\b/.test(title) ? title : (mainClause(s, texts) ?? title);
}

/**
 * A clause in headline style without its dates, remembered for the last clause: a title with
 * no verb looks for its main clause, which is often the very words just tried.
 */
let lastPlain: { clause: string; texts: Map<string, string>; title: string } | null = null;
function plainTitle(clause: string, texts: Map<string, string>): string {
	if (lastPlain?.clause === clause && lastPlain.texts === texts) return lastPlain.title;
	const title = headline(withoutDates(clause, texts));
	lastPlain = { clause, texts, title };
	return title;
}

/** A month's name, for a period's end the tagger gave no date of its own (a period told). */
const MONTH_NAME = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![A-Za-z])`;

/**
 * A period that a reported figure covers, ended by a date: "for the three months that ended in
 * September", "in the quarter ending June 30", "for its fiscal year through March".
 */
const REPORTING_PERIOD = new RegExp(
	String.raw`\s+(?:for|in|during|over)\s+(?:the|its|their)\s+(?:(?:first|second|third|fourth|latest|last|fiscal|financial)\s+)*(?:(?:three|six|nine|twelve|\d+)[\s-]+months?|quarter|half|year|period|(?:\w+\s+)?weeks?)\s+(?:that\s+)?(?:ended|ending|ends|through|to)\s+(?:(?:on|in)\s+)?(?:${MARK}[TO]\d+${MARK}|${MONTH_NAME}(?:\s+\d{1,2})?(?:,?\s+\d{4})?)`,
	'gi'
);

/** A clause after "since" that opens with its noun phrase: "since the club was founded in 2009". */
const SINCE_CLAUSE = /\bsince\s+((?:the|a|an|its|their|his|her)\s+[^,;]+)/i;

/**
 * A state dated by "since" began at its date: the title tells the beginning. Each row: the
 * state's words, the beginning's, and the example that called for it.
 */
const SINCE_STATES: { state: RegExp; began: string; example: string }[] = [
	{
		state: /\b(?:has|have|had)\s+been\s+(?=[a-z]+ing\b)/i,
		began: 'began ',
		example: 'Investigators have been searching for Kopp since shortly after the Oct. 23 slaying.'
	},
	{
		state: /\b(?:has|have|had)\s+been\s+in\s+power\b/i,
		began: 'came to power',
		example: 'The party has been in power since 1999.'
	},
	{
		state: /\b(?:has|have|had)\s+been\s+in\s+office\b/i,
		began: 'took office',
		example: 'The mayor has been in office since January.'
	},
	{
		state: /\b(?:has|have|had)\s+(?:been|served\s+as)\s+(?=(?:a|an|the|its|their|his|her)\s)/i,
		began: 'became ',
		example: 'Ruiz has been the county engineer since 2019.'
	},
	{
		state: /\b(?:has|have|had)\s+lived\s+in\b/i,
		began: 'moved to',
		example: 'The family has lived in Miami since 1999.'
	}
];

function sinceThen(clause: string, mark: string): string {
	const since = markPatterns(mark).since.exec(clause);
	if (!since) return clause;
	const state = clause.slice(0, since.index);
	for (const { state: words, began } of SINCE_STATES) {
		if (words.test(state)) return state.replace(words, began);
	}
	return clause;
}

/**
 * What a title leaves out after its happening, each with the example that called for it: a
 * trailing clause or phrase of background the date does not govern, and a tennis score.
 */
const BACKGROUND: { words: RegExp; example: string }[] = [
	{
		words: /,\s+(?:when|after|before|while|as|because|just\s+when)\s[^,;]*$/i,
		example:
			'The scheme unraveled in August 2023, when a bookkeeper noticed that checks had bounced.'
	},
	{
		words: new RegExp(`,\\s+${LAPSE}\\s[^,;]*$`, 'i'),
		example:
			'Helen Carrow resigned on Thursday, a day after an ethics adviser found that she had failed to declare a stake.'
	},
	{
		words: /,?\s+and\s+(?:now|still|currently)\s[^;]*$/i,
		example:
			'NATO warplanes helped end the war in Bosnia almost four years ago and now are poised to intervene.'
	},
	{
		words: /,\s+[a-z]{3,}ing$/,
		example: 'Caridad Gonzalez was the first to come to the United States, arriving in 1966.'
	},
	{
		words: /,\s+with\s[^;]*$/i,
		example:
			'Apollo 13 lifted off on April 11, 1970, with Jim Lovell, Jack Swigert and Fred Haise aboard.'
	},
	{
		words: /,?\s+\d{1,2}-\d{1,2}(?:\s*\(\d+\))?(?:,\s+\d{1,2}-\d{1,2}(?:\s*\(\d+\))?)+(?=$|,)/,
		example: 'Chidi Okafor beat the world No. 1, Lars Berglund, 6-4, 3-6, 7-6 (5), on Sunday.'
	}
];

function backgroundOff(clause: string, mark: string): string {
	for (const { words } of BACKGROUND) {
		const m = words.exec(clause);
		if (!m || m[0].includes(mark)) continue;
		const rest = clause.slice(0, m.index) + clause.slice(m.index + m[0].length);
		// What stays must still tell a happening: "Scheme unraveled".
		if (rest.trim().split(/\s+/).length >= 2 && hasVerb(rest)) clause = rest;
	}
	return clause;
}

/** Verbs of the present, the perfect or a plan, which date nothing in the past. */
const PRESENT = /^(?:is|are|am|has|have|will|can|may|might|must|should|would|could|remains?)$/i;

/** Whether a clause's first verb is of the present: "has eluded", "is not linked". */
function tellsPresent(clause: string): boolean {
	const words = clause.split(/\s+/);
	const verb = words.find(
		(w, i) => i > 0 && (FINITE.has(w.toLowerCase()) || isPastVerb(w.toLowerCase()))
	);
	return verb !== undefined && PRESENT.test(verb);
}

/** Words that end a noun phrase: a preposition other than "of", a verb, a clause's start. */
const NOUN_ENDS = new Set(
	`${PREPOSITIONS.replace(/\|/g, ' ')} and or but that which who whom whose is are was were has have had will would`
		.split(' ')
		.filter((w) => w !== 'of')
);

const IN_A_PHRASE = new RegExp(
	`\\b(?:${PREPOSITIONS})\\s+(?:the|a|an|its|their|his|her)\\s+$`,
	'i'
);

/**
 * The noun phrase a date premodifies, with its "of" complement: "the 2023 shooting of an
 * unarmed man" → "2023 shooting of an unarmed man"; null when the date modifies no noun.
 */
function nounOfDate(clause: string, mark: string): string | null {
	const at = clause.indexOf(mark);
	if (at < 0) return null;
	const before = clause.slice(Math.max(0, at - 40), at);
	const after = clause.slice(at + mark.length);
	const possessive = /^['’]s\s/.test(after);
	// Only a noun in a prepositional phrase ("guilty of manslaughter in the 2023 shooting"): a
	// dated subject or object ("posted a third-quarter loss") is the clause's own happening.
	if (!IN_A_PHRASE.test(before)) return null;
	const words = after
		.replace(/^['’]s/, '')
		.trim()
		.split(/\s+/);
	const noun: string[] = [];
	for (const w of words) {
		const bare = w.replace(/[,;:.]+$/, '');
		if (!/^[\p{L}\d-]+$/u.test(bare) || bare.includes(MARK)) break;
		const lower = bare.toLowerCase();
		if (NOUN_ENDS.has(lower) || lower === 'of' || isPastVerb(lower) || FUNCTION_WORDS.has(lower))
			break;
		noun.push(bare);
		if (bare !== w || noun.length === 4) break;
	}
	if (noun.length === 0) return null;
	// "the" keeps the date in the title: withoutDates reads it as the noun's modifier.
	let phrase = `the ${mark}${possessive ? '’s' : ''} ${noun.join(' ')}`;
	const of =
		/^of\s+((?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}|[\p{L}\d-]+(?:\s+(?!(?:and|or|but|that|which|who)\b)[\p{L}\d-]+)?)/u.exec(
			words.slice(noun.length).join(' ')
		);
	if (of && noun[noun.length - 1] === words[noun.length - 1]) phrase += ` ${of[0]}`;
	return phrase;
}

const APPOSITION =
	/(\p{Lu}[\p{L}’'.-]+),\s+(?:a|an|the)\s+([^,]{1,50}),\s+(?!(?:and|or|but|who|which|that|whose)\b)(?=\p{Ll})/gu;

/** How many words of a quotation a title keeps, after its speaker. */
const QUOTE_WORDS = 9;

/** Verbs of saying after a quotation: "“…,” Judge Banks said at the hearing on Tuesday". */
const SAID = String.raw`(?:said|says|added|told|asked|wrote|declared|insisted)`;
/** A name: up to six capitalised words ("Judge Loretta Banks", "Maria Okafor"). */
const SPEAKER_NAME = String.raw`(?:\p{Lu}[\p{L}’'.-]*\s+){0,5}?\p{Lu}[\p{L}’'.-]*`;
/** A role told in lower case: "the mayor", "the victim's sister", "the county engineer". */
const ROLE = String.raw`(?:the|a|an)\s+(?:[\p{Ll}’'-]+\s+){0,3}?[\p{Ll}’'-]+`;

/** A quotation's opening mark, and a closing mark with what may stand around it. */
const OPENS = /^(?:``|''|“|"|‘|')\s*/;
const CLOSES = /([,.!?]?)\s*(?:''|”|"|’|')\s*,?\s+/g;

/**
 * Who said a leading quotation, by how the words after it name them; the first that matches
 * is read. Each row: the pattern (its first group the speaker, its second, if any, a name
 * standing for a role) and the example that called for it.
 */
const QUOTE_SPEAKERS: { pattern: RegExp; example: string }[] = [
	{
		// A role, then the name in apposition: the name speaks.
		pattern: new RegExp(String.raw`^(${ROLE}),\s+(${SPEAKER_NAME}),\s+${SAID}\b`, 'u'),
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
		// Verb first: "said Jane Ruiz, the county engineer", "said the mayor".
		pattern: new RegExp(
			String.raw`^${SAID}\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,5}\p{Lu}[\p{L}’'.-]*(?=[\s,.]|$)|(?:the|a|an)\s+(?:[\p{Ll}’'-]+\s+){0,3}[\p{Ll}’'-]+(?=[,.]|$))`,
			'u'
		),
		example: '“We were told it was safe,” said Maria Okafor, whose husband was killed.'
	}
];

/**
 * A sentence led by a quotation ("“He betrayed the trust of hundreds of families,” Judge
 * Loretta Banks said on Tuesday") is a saying: the title names the speaker and what was said,
 * headline style ("Judge Loretta Banks: ‘He betrayed trust of hundreds of families’"). A pronoun
 * speaker keeps its verb so that a name can stand in for it ("He said: ‘…’").
 */
function quoteLed(s: string, texts: Map<string, string>, mark: string): string | null {
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
			// date is the speaker's own happening, not the saying's.
			if (new RegExp(`,\\s+(?:who|whose|which)\\s[^,]*${mark}`).test(tail)) return null;
			said = s.slice(open[0].length, open[0].length + close.index);
			break;
		}
	}
	if (!speaker || speaker.includes(MARK)) return null;
	const pronoun = /^(?:he|she|they)$/i.test(speaker);
	// An office before a name goes ("Interior Minister Carla Ruiz" → "Carla Ruiz"), so what was
	// said keeps its room; a role loses its article ("the mayor" → "Mayor").
	const name = speaker.replace(/^(?:the|a|an)\s+/, '').split(' ');
	const who = pronoun
		? `${speaker.charAt(0).toUpperCase()}${speaker.slice(1)} said`
		: name.length > 3
			? name.slice(-2).join(' ')
			: name.join(' ').charAt(0).toUpperCase() + name.join(' ').slice(1);
	const words = withoutDates(said, texts);
	const what = headline(words, QUOTE_WORDS, true);
	if (!what.includes(' ')) return null;
	// A quotation cut short says so.
	const cut = what !== headline(words, Infinity, true);
	return `${who}: ‘${what}${cut ? ' …' : ''}’`;
}

/**
 * A date inside a participle phrase of the clause dates that phrase, whose subject is the
 * clause's: "Spanberger served three terms before announcing her run in November 2023" →
 * "Spanberger announced her run".
 */
function participlePhrase(clause: string, mark: string): string {
	if (!clause.includes(mark)) return clause;
	const m = markPatterns(mark).participle.exec(clause);
	if (!m || m[1]!.includes(MARK)) return clause;
	const subject = subjectOf(m[1]!);
	return subject ? `${subject} ${pastOfIng(m[2]!)}${m[3]}` : clause;
}

/** Participles that say what someone is held to have done: "suspected of blowing up …". */
const HELD_TO = new RegExp(
	String.raw`(?:^|\s)((?:[\p{L}\d’'.-]+\s+){1,4}?)(suspected|accused|convicted|charged|acquitted|cleared|indicted|jailed|blamed|credited|known|sued|fined)\s+(of|for|with)\s+([a-z]+ing\b.*)$`,
	'u'
);
const HELD_TO_HINT =
	/(?:suspected|accused|convicted|charged|acquitted|cleared|indicted|jailed|blamed|credited|known|sued|fined)\s+(?:of|for|with)\s/;
const HELD_TO_WORDS =
	/^(?:suspected|accused|convicted|charged|acquitted|cleared|indicted|jailed|blamed|credited|known|sued|fined)$/;
/** Words that end what comes before the person a "suspected of" phrase describes. */
const BEFORE_PERSON = /^(?:over|to|up|in|on|of|for|with|by|from|at|the)$/i;

/**
 * A date inside a nested participle ("handed over two men suspected of blowing up Pan Am
 * Flight 103 over Lockerbie in 1988") dates what they are suspected of, not the handing over:
 * "Two men suspected of blowing up Pan Am Flight 103".
 */
function nestedParticiple(clause: string, mark: string): string {
	// HELD_TO tries every word as the phrase's start: a cheap test for its verb goes first.
	if (!HELD_TO_HINT.test(clause)) return clause;
	const m = HELD_TO.exec(clause);
	if (!m || !m[4]!.includes(mark)) return clause;
	const before = m[1]!.trim().split(/\s+/);
	let from = before.length;
	while (
		from > 0 &&
		!BEFORE_PERSON.test(before[from - 1]!) &&
		!isPastVerb(before[from - 1]!.toLowerCase()) &&
		!before[from - 1]!.includes(MARK)
	)
		from--;
	const person = before.slice(from).join(' ');
	return person ? `${person} ${m[2]} ${m[3]} ${m[4]}` : clause;
}

/** Finite verbs and auxiliaries that make a clause of a title; past forms count too. */
const FINITE = new Set(
	'is are was were am be been has have had will would can could must may might shall should do does did says said tells told'.split(
		' '
	)
);

/**
 * Whether a title has a verb: a past form, an auxiliary, or a present "-s" after its start.
 * A title opening with a preposition ("In efforts to prevent …") needs a past form or an
 * auxiliary: its "-s" words are plural nouns.
 */
function hasVerb(title: string): boolean {
	// A title without a verb is asked again by mainClause: the last answer is kept.
	if (title === lastVerbTest.title) return lastVerbTest.verb;
	lastVerbTest.title = title;
	return (lastVerbTest.verb = verbIn(title));
}
const lastVerbTest = { title: '', verb: false };

function verbIn(title: string): boolean {
	const opening =
		PREPOSITION.test(title) || /^(?:contrary|according|thanks|due|prior|close)\s+to\b/i.test(title);
	return title.split(' ').some((w, i) => {
		const lower = w.toLowerCase();
		return (
			FINITE.has(lower) || isPastVerb(lower) || (!opening && i > 0 && /^[a-z]{3,}[^s']s$/.test(w))
		);
	});
}

/**
 * A title without a verb ("Poland, Czech Republic and Hungary", "By setting return date") is
 * no happening: the sentence's first comma-piece that has one is its main clause ("With their
 * membership secure, they can take part in planning" → "They can take part in planning").
 */
function mainClause(s: string, texts: Map<string, string>): string | null {
	// The last piece without a verb that opens with a capital may be the subject of a piece
	// that opens with its verb: "Mayor Penelas, accompanied by a lawyer, flew to Washington".
	let subject = '';
	let appositive = '';
	let described = false;
	for (const piece of s.split(/,\s+/)) {
		if (/^(?:which|who|whom|whose|that)\b/i.test(piece) || PARTICIPLE.test(piece)) continue;
		const verb = /^[a-z]+/.exec(piece)?.[0];
		const clause = (
			verb && (isPastVerb(verb) || verb === 'was' || verb === 'were') && subject
				? `${subject} ${piece}`
				: piece
		).replace(CONTRAST_OR_TIME, '');
		let title = plainTitle(clause, texts);
		// A subject with its apposition may leave no room for the verb: without it, then.
		if (!hasVerb(title) && appositive && clause.startsWith(subject))
			title = plainTitle(`${appositive} ${piece}`.replace(CONTRAST_OR_TIME, ''), texts);
		if (title.split(' ').length >= 3 && hasVerb(title) && !PREPOSITION.test(`${piece} `))
			return title;
		// A name in apposition to a noun phrase before it goes with it: "a similar claim about
		// another planet, K2-18 b, was later withdrawn".
		const noun = /^(?:a|an|the|his|her|its|their)\s/i.test(piece) && !hasFiniteVerb(piece);
		appositive = '';
		if (/^\p{Lu}/u.test(piece) && !PREPOSITION.test(`${piece} `)) {
			if (subject && described) appositive = subject;
			subject = appositive ? `${subject}, ${piece},` : piece;
		} else if (noun) subject = piece;
		described = noun;
	}
	return null;
}

/** A name, then a description whose relative clause says what that person did. */
const DESCRIBED_NAME =
	/((?:\p{Lu}[\p{L}’'.-]+\s+){0,3}\p{Lu}[\p{L}’'-]+),\s+(?:a|an|the)\s+[^,]{1,50}?\s+who\s+([^,;]+)/u;

/** Words that end a relative clause's antecedent on the left: "placed on | the FBI's list". */
const ANTECEDENT_STOPS = new RegExp(
	`^(?:${PREPOSITIONS}|but|that|is|are|was|were|be|been|has|have|had|said|says|told)$`,
	'i'
);

/**
 * The date inside a non-restrictive relative clause dates that clause, whose subject is its
 * antecedent: "…placed on the FBI's most wanted list, which began in 1950" → "the FBI's most
 * wanted list began in 1950"; "…arrest of Kopp, who is charged with killing a doctor last fall"
 * → "Kopp is charged with killing a doctor".
 */
function relativeClause(s: string, mark: string): string {
	// "featuring Emily Lyons, a nurse who was badly wounded earlier this year in the bombing"
	// → "Emily Lyons was badly wounded in the bombing".
	if (/\swho\s/.test(s)) {
		const described = DESCRIBED_NAME.exec(s);
		if (described?.[2]?.includes(mark)) return `${described[1]} ${described[2]}`;
	}
	if (!/,\s+(?:which|who)\s/i.test(s)) return s;
	const m = markPatterns(mark).relative.exec(s);
	if (!m) return s;
	const words = s.slice(0, m.index).split(/\s+/);
	let k = words.length;
	// A name is its own antecedent: "He succeeds James A. Taylor, who …" → "James A. Taylor".
	const named = /^\p{Lu}/u.test(words[words.length - 1] ?? '');
	while (
		k > 0 &&
		words.length - k < 9 &&
		!ANTECEDENT_STOPS.test(words[k - 1]!) &&
		!(named && !/^(?:\p{Lu}|(?:and|the|of)$)/u.test(words[k - 1]!))
	)
		k--;
	const antecedent = words.slice(k).join(' ');
	if (!antecedent || antecedent.includes(MARK)) return s;
	return withObject(antecedent, m[1]!) ?? `${antecedent} ${m[1]}`;
}

/**
 * A relative clause with a subject of its own and a gap where its object would be is about
 * its antecedent as that object: "the deal, which both boards approved over the weekend" →
 * "both boards approved the deal"; "work that officials credited this week with keeping roads
 * open" → "officials credited work with keeping roads open". Null for any other clause.
 */
function withObject(antecedent: string, relative: string): string | null {
	const words = relative.split(/\s+/);
	const verb = words.findIndex((w, i) => i > 0 && i <= 4 && isPastVerb(w.toLowerCase()));
	if (verb < 0) return null;
	const subject = words.slice(0, verb);
	// The subject: a pronoun, a name or a noun phrase, without a date, a verb or a preposition.
	if (
		subject.some(
			(w) =>
				w.includes(MARK) ||
				FINITE.has(w.toLowerCase()) ||
				isPastVerb(w.toLowerCase()) ||
				PREPOSITION.test(`${w} `) ||
				/^(?:that|which|who|not|never)$/i.test(w) ||
				!/^[\p{L}’'.-]+$/u.test(w)
		)
	)
		return null;
	// The gap: nothing but a date between the verb and a preposition (or the clause's end).
	const after = words.slice(verb + 1).filter((w) => !w.includes(MARK));
	// ("expected to finish": "to" may open the verb's infinitive, no gap.)
	if (after.length > 0 && (!PREPOSITION.test(`${after[0]} `) || after[0] === 'to')) return null;
	// (Nor a clause the sentence's own verb follows: "the vitriol that the issue aroused in the
	// 1990s remains".)
	if (after.some((w) => FINITE.has(w) || isPastVerb(w) || /^(?:remains?|stays?)$/.test(w)))
		return null;
	const rest = words.slice(verb + 1).join(' ');
	return `${subject.join(' ')} ${words[verb]} ${antecedent}${rest ? ` ${rest}` : ''}`;
}

/**
 * Date phrases out of a clause: an adverbial ("in 2019", "last year") goes; a premodifier
 * ("the 2016 election") or a possessive ("Today's verdict") stays, because it names the
 * happening.
 */
function withoutDates(clause: string, texts: Map<string, string>): string {
	for (const [m, text] of texts) {
		if (!clause.includes(m)) continue;
		const { premodifier, beforeWord, possessive, adverbial } = markPatterns(m);
		// "third-quarter net income", "year-end bonus": a hyphenated date is an adjective.
		const compound = /^[\w']+-[a-z]+$/i.test(text) && beforeWord.test(clause);
		clause =
			premodifier.test(clause) || compound || possessive.test(clause)
				? clause.replace(m, text)
				: // "born on May 2, 1933, in Szeged": the date's closing comma goes with it.
					clause.replace(adverbial, '');
	}
	return clause;
}

/** A comma-delimited aside after a clause's subject, then the verb: "Okafor, 58, showed …". */
const ASIDES =
	/^((?:\p{Lu}|\d)[^,]{0,60}?),((?:\s[^,]{1,160},){1,3}?)\s+(?!(?:the|a|an|and|or|but|nor|in|on|at|of|to|for|with|by|from|which|who|whom|whose|that|as|while|when|where|including|such|its|their|his|her)\b)(?=(?:\u2063[TO]\d+\u2063\s+)?\p{Ll})/u;
// Two to four words: "R-Ind." is one (a party and state), not a name in apposition.
const NAME = /^(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){1,3}$/u;
/** An aside that is a description with a relative clause: "a Democrat from Ohio who voted …". */
const DESCRIBED = /^(?:a|an|the)\s[^,]{1,60}?\s(who|which|that|whose)\s+(.+)$/i;
const PARTICIPLE =
	/^(?:\w+ed|born|founded|built|made|shown|known|held|run|led|sold|bought|seen|taken|given|found|caught|shot|struck|sent|brought|kept|thrown|driven|hidden|stolen|written|chosen|frozen|broken|beaten|sworn|torn|sunk)\b/;

/**
 * A sentence opened by a participle phrase that holds the date ("Born in Missoula, Mont., in
 * 1946, he studied painting"): the phrase is the happening, with the main clause's subject
 * ("He was born in Missoula, Mont."). A date of the main clause drops the opening phrase.
 */
function participleOpener(s: string, mark: string): { happening?: string; main?: string } | null {
	const opening = /^(\p{Lu}\p{Ll}+)\s/u.exec(s)?.[1]?.toLowerCase();
	// "Calling the mother … ``an excellent girl,'' Castro said Friday …": an opening doing without
	// the date is background too.
	// (A name is no doing: "Erling Haaland, who …".)
	const doing =
		!!opening &&
		/^[a-z]{3,}ing$/.test(opening) &&
		!ING_NOUNS.has(opening) &&
		!/^\S+\s+\p{Lu}/u.test(s);
	if (!opening || (!PARTICIPLE.test(opening) && !doing) || FINITE.has(opening)) return null;
	// The opening phrase runs to the comma before the main clause's subject and verb.
	// (A quotation may close at the comma: "``an excellent girl,'' President Fidel Castro said".)
	let k = 0;
	for (const close of s.matchAll(/,(?:''|”|")?\s/g)) {
		if (k++ === 4) break;
		const comma = close.index;
		const main = s.slice(comma + close[0].length);
		const subject = subjectOf(main);
		if (!subject || subject.includes(MARK) || subject.split(' ').length > 5) continue;
		const phrase = s.slice(0, comma);
		// "Suspected bombs exploded …, killing dozens": a clause, not an opening phrase.
		if (hasFiniteVerb(phrase)) return null;
		// An opening phrase without the date is background: "Buried a foot beneath the ground,
		// the weapon was unearthed … Thursday" → "Weapon unearthed".
		if (!phrase.includes(mark)) return { main };
		if (doing) return null;
		const pronoun = /^(?:he|she|they|it)$/i.test(subject);
		const passive = pronoun ? ' was ' : ' ';
		const who = pronoun ? subject.charAt(0).toUpperCase() + subject.slice(1) : subject;
		return { happening: `${who}${passive}${opening}${phrase.slice(opening.length)}` };
	}
	return null;
}

/** An opening phrase of a doing, before the main clause: "After touring Dar es Salaam Thursday,". */
const DOING_OPENER = /^(?:After|Before|While|Upon|Since)\s+([a-z]{2,}ing\b[^,]*),\s+/;

/**
 * A date in an opening phrase of a doing dates that doing, whose subject is the main clause's:
 * "After touring Dar es Salaam Thursday and meeting with Kenyan police leaders Friday
 * morning, the FBI chief said …" → "FBI chief toured Dar es Salaam", "FBI chief met with
 * Kenyan police leaders".
 */
function doingOpener(s: string, mark: string): string | null {
	const m = DOING_OPENER.exec(s);
	if (!m || !m[1]!.includes(mark)) return null;
	const subject = subjectOf(s.slice(m[0].length)).replace(/\s+(?:also|still|then|later)$/i, '');
	if (!subject || subject.includes(MARK) || subject.split(' ').length > 5) return null;
	const doing = m[1]!.split(/\s+and\s+(?=[a-z]{2,}ing\b)/).find((d) => d.includes(mark))!;
	const verb = /^[a-z]+/.exec(doing)![0];
	return `${subject} ${pastOfIng(verb)}${doing.slice(verb.length)}`;
}

/**
 * The subject's asides go ("Maria Alvarez, a former schoolteacher who …, won" → "Maria Alvarez
 * won"); a name in apposition stands for its description ("One of them, Richard Hale,
 * pleaded" → "Richard Hale pleaded"). When the aside is what the date governs ("Orbit, founded
 * in 2016, shipped …") the aside is the happening: `participle` says the title is "Orbit founded".
 */
function asides(s: string, mark: string): { text: string; participle: boolean } {
	const m = ASIDES.exec(s);
	if (!m) return { text: s, participle: false };
	const [all, subject, middle] = m as unknown as [string, string, string];
	if (
		PREPOSITION.test(subject) ||
		SUBORDINATORS.test(subject) ||
		subject.includes(MARK) ||
		hasFiniteVerb(subject)
	)
		return { text: s, participle: false };
	const rest = s.slice(all.length);
	const aside = middle.trim().replace(/,$/, '');
	if (middle.includes(mark)) {
		if (PARTICIPLE.test(aside) && !aside.includes(','))
			return { text: `${subject} ${aside}`, participle: true };
		const described = DESCRIBED.exec(aside);
		if (described?.[2]?.includes(mark)) {
			// "Arthur Linden, a composer whose film scores defined the sound of westerns in the
			// 1960s, died" → "Arthur Linden’s film scores defined sound of westerns".
			const whose = described[1]!.toLowerCase() === 'whose';
			return { text: `${subject}${whose ? '’s' : ''} ${described[2]}`, participle: false };
		}
		return { text: s, participle: false };
	}
	if (NAME.test(aside) && !/\d/.test(aside))
		return { text: `${aside.replace(/^the\s+/, '')} ${rest}`, participle: false };
	return { text: `${subject} ${rest}`, participle: false };
}

/**
 * Whether words before a comma hold a finite verb after their first ("A quake struck southern
 * Peru"): then they are a clause, not a subject with an aside after it.
 */
function hasFiniteVerb(words: string): boolean {
	// "He succeeds James A. Taylor": a pronoun is a subject, so what follows it is its verb.
	if (/^(?:he|she|it|they|we|i)\s+\S/i.test(words)) return true;
	return words
		.split(/\s+/)
		.slice(1)
		.some((w) => /^\p{Ll}/u.test(w) && (isPastVerb(w) || FINITE.has(w)));
}

/** A word of prose, or a date's marker standing in for one. */
const W = `[\\w’'.${MARK}-]`;
const TRAILING_SPEAKER = new RegExp(
	`,\\s*(?:${W}+\\s+){0,6}(?:said|says|reported|reports|added|predicted|warned|announced|confirmed|told [\\w\\s]{1,40}|according to [^,]+)(?:\\s+${W}+){0,8}$`,
	'i'
);
const LEADING_SPEAKER = new RegExp(
	`^((?:${W}+\\s+){0,4}?${W}+)\\s+(said|says|say|reported|announced)((?:\\s+(?:on|in|at|late|early)?\\s*${MARK}[TO]\\d+${MARK})*)(?:\\s+(?:(?:on|in|at|during|to)\\s+(?:${W}+\\s+){0,5}?)?that\\s+|\\s+)`,
	'i'
);

const YARDSTICK_AFTER = /,\s+(?:its|their|the)\s+(?:\w+est|most\s+\w+|first)\s[^,]*$/i;

/** A date alone in an opening phrase before a comma: "On Friday", "Late Monday". */
function datedOpening(before: string): boolean {
	return markPatterns(`${MARK}[TO]\\d+${MARK}`).bare.test(before.trim());
}

/**
 * Words before a comma that only set the scene ("On Nov. 9, 1967", "In September 1944"): what
 * follows the comma is then the main clause ("the first Saturn V flew"), not a yardstick.
 */
function isOpening(before: string): boolean {
	const words = before.replace(new RegExp(`${MARK}[TO]\\d+${MARK}`, 'g'), ' ').trim();
	if (!words) return true;
	return !words.includes(',') && (PREPOSITION.test(`${words} `) || SUBORDINATORS.test(words));
}

function stripAttribution(s: string, mark: string): string {
	return leadingSpeaker(
		s
			// A quotation's closing marks and its speaker: “…,” Meissner said.
			.replace(/[,.]?\s*(?:''|”|")\s*(?:[\w’'.-]+\s+){0,5}(?:said|says|added|asked)\b[^,]*$/i, '')
			.replace(/^(?:``|“|")\s*/, '')
			// Discourse adverbs carry no news.
			.replace(
				/^(?:moreover|however|meanwhile|meantime|also|in addition|still|yet|nevertheless|instead|in all|all told|in total|overall|in short|in contrast|by contrast|earlier|later|then|separately|additionally|according to [^,]{1,60}),\s*/i,
				''
			)
			.replace(/^(?:[Ee]arlier|[Ss]eparately|[Mm]eanwhile|[Aa]lso)\s+(?=\p{Lu})/u, '')
			.replace(/,\s*(?:meanwhile|however|moreover|though),/gi, '')
			// …but not after an opening phrase: "On Friday, a newspaper reported that …" is the
			// main clause.
			.replace(TRAILING_SPEAKER, (tail: string, at: number, all: string) =>
				datedOpening(all.slice(0, at)) ? tail : tail.includes(mark) ? `${SAYING}${tail}` : ''
			)
			// A comparison's base or a record's yardstick after the happening: ", up from 9 million
			// a year earlier", ", its biggest one-day decline since December".
			.replace(/,\s+(?:up|down)\s+(?:from|on)\s[^,]*(?=,|$)/gi, '')
			.replace(
				/\s+(?:from|compared with|compared to)\s+(?:a|the)\s+year\s+(?:earlier|ago|before)\b/i,
				''
			)
			.replace(YARDSTICK_AFTER, (m, at: number, all: string) =>
				isOpening(all.slice(0, at)) ? m : ''
			)
			.replace(/,\s*(?:said|says|according to)\b[^,]*(?:,[^,]*)?$/i, '')
			.replace(SAID_BEFORE_TAIL, (_, said: string, tail: string) => speakerFirst(said, tail, mark)),
		mark
	);
}

/** Common words that open what was said, which lose their capital after the speaker. */
const COMMON_OPENERS = new Set(
	`exports imports prices sales shares profits profit earnings stocks markets talks officials
	investigators police troops rates inflation unemployment growth demand output production
	preliminary initial many most some several few both each no none other such two three four
	five six seven eight nine ten dozens hundreds thousands millions`.split(/\s+/)
);

/** Where a dated saying was cut from what was said, until the speaker goes first. */
const SAYING = '\u2062';
const SAID_BEFORE_TAIL = new RegExp(`^(.*)${SAYING}(.*)$`, 's');

/**
 * "…, New Zealand said Friday": when the date is the saying's, the saying is the happening and
 * the title names who said what ("New Zealand said United States had right to defend …").
 */
function speakerFirst(said: string, tail: string, mark: string): string {
	const m =
		/^,\s*(.*?)\s*\b(said|says|reported|reports|added|predicted|warned|announced|confirmed|told)\b/i.exec(
			tail
		);
	const speaker = m?.[1]?.trim();
	if (!m || !speaker || /^(?:he|she|it|they|we|i)$/i.test(speaker)) return said;
	let what = said.replace(/^(?:``|“|")\s*/, '').replace(/^(?:but|and|yet|so)\s+/i, '');
	// What was said loses its opening phrase ("Since then, the agency approved …") and, after
	// the speaker, the capital of a common word ("Officials said at least 82 were killed").
	const comma = what.indexOf(', ');
	if (
		comma > 0 &&
		(PREPOSITION.test(what) || SUBORDINATORS.test(what)) &&
		!what.slice(0, comma).includes(mark)
	)
		what = what.slice(comma + 2);
	const first = /^\S+/.exec(what)?.[0] ?? '';
	if (FUNCTION_WORDS.has(first.toLowerCase()) || COMMON_OPENERS.has(first.toLowerCase()))
		what = first.toLowerCase() + what.slice(first.length);
	return `${speaker} ${m[2]!.toLowerCase()} ${what}`;
}

/**
 * "Fiat said on Tuesday it would cut 5,000 jobs": when the date is the saying's (or the
 * sentence has no date, its main happening being the saying), the title names who said what.
 * When the date belongs to what was said ("Officials said the plant closed in 2019"), the
 * title is what was said, with the speaker for its "it"/"they" ("Officials have said they want
 * to cut rates" → "Officials want to cut rates").
 */
function leadingSpeaker(s: string, mark: string): string {
	const m = LEADING_SPEAKER.exec(s);
	if (!m) return s;
	const [all, speaker, verb, when] = m as unknown as [string, string, string, string];
	if (when.includes(mark) || speaker.includes(mark) || !s.includes(mark)) return s;
	// "announced an 18 percent drop": what was announced is a noun, not a clause.
	if (/^(?:announced|reported)$/i.test(verb) && !/\bthat\s+$/i.test(all)) return s;
	const rest = s.slice(all.length);
	const who = speaker.replace(/\s+(?:have|has|had|also|again)$/i, '');
	// What someone said they would do, without them, is a plan: "her group would observe the
	// planet again" → "her group to observe the planet again".
	// (Only when the date is that clause's: "it would build a plant, and broke ground there in
	// June" keeps its "would", the verb the second phrase's subject is found by.)
	const first = rest.split(/,\s+(?:and|but|which|who)\s|;/)[0]!;
	const plan = first.includes(mark)
		? rest.replace(/^((?:\S+\s+){1,6}?)would\s+(?!not\b|have\b)(?=\p{Ll})/u, '$1to ')
		: rest;
	if (/^(?:he|she|it|they|we|i)$/i.test(who)) return plan;
	return plan.replace(/^(?:he|she|it|they)\s/i, `${who} `);
}

/** "and" joining a second verb phrase: "entered the race in 2025 and trailed Becker …". */
function splitVerbPhrases(c: string): string[] {
	const parts: string[] = [];
	let from = 0;
	// Also a list of verb phrases with commas: "was founded in 1850, grew in 1870, burned in 1901".
	// …and one in the perfect: "entered the race in March and has raised $6 million since".
	for (const m of c.matchAll(/(?:,?\s+and|,)\s+((?:was|were|has|have|had)\s+)?([a-z]+)\b/g)) {
		if (!isPastVerb(m[2]!) && !(m[1] && /(?:ed|en|wn|ne|lt|ft|pt|ught)$/.test(m[2]!))) continue;
		if (/^ha/.test(m[1] ?? '') && !m[0].includes('and')) continue;
		// After a comma alone, only a verb with a date of its own: ", killed in …" may be an aside.
		if (!m[0].includes('and') && !hasDate(c, m.index + m[0].length)) continue;
		parts.push(c.slice(from, m.index));
		from = m.index + m[0].length - m[2]!.length - (m[1]?.length ?? 0);
	}
	return [...parts, c.slice(from)];
}

/** Whether a date's marker comes before the next comma after offset `at`. */
function hasDate(c: string, at: number): boolean {
	const comma = c.indexOf(',', at);
	const mark = c.indexOf(MARK, at);
	return mark >= 0 && (comma < 0 || mark < comma);
}

function splitClauses(s: string): string[] {
	return (
		s
			.split(
				// (A quotation may close at the comma: "called the report \"a smear,\" but on Jan. 19 …".)
				/\s*;\s+|\s+[—–_]\s+|\s*--\s*|,(?:''|”|")?\s+(?=(?:but|and|while|although|though|despite|whereas|yet)\s)/i
			)
			.flatMap(splitVerbPhrases)
			// "Despite continuing problems, Kimberly-Clark posted a gain": the opening phrase and the
			// main clause after its comma are two clauses.
			.flatMap((c) => {
				const comma = c.indexOf(', ');
				return SUBORDINATORS.test(c) && comma > 0 ? [c.slice(0, comma), c.slice(comma + 2)] : [c];
			})
			.map((c) => c.replace(/^(?:but|and|yet)\s+/i, '').trim())
			.filter(Boolean)
	);
}

/** Subordinators after which a clause of its own follows, with no comma: "… before he was shot". */
const LATE_SUBORDINATOR = /\b(?:when|after|before|until|because|as|while|once|since)\s+/g;
/** A main clause telling a state, not a happening: "was the mainstay", "will remain", "is considered". */
const STATE_VERB =
	/^(?:is|are|am|remains?|will|would|can|could|may|might|has|have|had\s+been|was\s+(?!\w+(?:ed|en|wn|ne|lt|ft|pt|ught)\b)|were\s+(?!\w+(?:ed|en|wn|ne|lt|ft|pt|ught)\b))/i;

/**
 * A date after a subordinate clause's verb dates that clause when the main clause tells a
 * state ("Slepian was the mainstay of the clinic before he was shot to death last Oct. 23" →
 * "He was shot to death"; "Elian will remain … even after a federal appeals court Thursday
 * refused …" → "Federal appeals court refused …"). A main happening keeps its date: "He was
 * arrested after police raided his home on Monday".
 */
/** Whether the verb at `verb` tells a state; "was shot" is a passive happening, not a state. */
function isState(words: string[], verb: number): boolean {
	if (/^(?:was|were)$/i.test(words[verb]!) && isPastVerb(words[verb + 1]?.toLowerCase() ?? ''))
		return false;
	return STATE_VERB.test(words.slice(verb).join(' '));
}

/** Whether a clause's first verb tells a state: "he has been persistent", "was the mainstay". */
function tellsState(clause: string): boolean {
	const words = clause.split(/\s+/);
	const verb = words.findIndex(
		(w, i) => i > 0 && (FINITE.has(w.toLowerCase()) || isPastVerb(w.toLowerCase()))
	);
	return verb > 0 && isState(words, verb);
}

function stateThenHappening(clause: string, mark: string): string {
	const at = clause.indexOf(mark);
	if (at < 0) return clause;
	let sub = -1;
	for (const m of clause.slice(0, at).matchAll(LATE_SUBORDINATOR)) sub = m.index + m[0].length;
	if (sub < 0 || clause.slice(sub, at).includes(',')) return clause;
	const main = clause.slice(0, sub);
	const words = main.split(/\s+/);
	const verb = words.findIndex(
		(w, i) => i > 0 && (FINITE.has(w.toLowerCase()) || isPastVerb(w.toLowerCase()))
	);
	if (verb < 0 || !isState(words, verb)) return clause;
	// The subordinate clause opens with its subject and tells a past happening by the date:
	// "he was shot … last Oct. 23", "a federal appeals court Thursday refused".
	const rest = clause.slice(sub);
	const said = rest.split(/\s+/);
	const dated = said.findIndex((w) => w.includes(mark));
	const own = said.findIndex(
		(w, i) => i > 0 && (FINITE.has(w.toLowerCase()) || isPastVerb(w.toLowerCase()))
	);
	const opens = said[0]!.toLowerCase();
	return own > 0 &&
		own <= dated + 1 &&
		!said[0]!.includes(mark) &&
		!isPastVerb(opens) &&
		!/^(?:is|are|am|will|can|may|do|does|has|have)$/i.test(said[own]!)
		? // "he" is the main clause's named subject: "Howes had been working … when he was
			// abducted" → "Howes was abducted".
			rest.replace(/^(?:he|she)\s/i, (pronoun) => {
				const subject = words.slice(0, verb);
				// (Not a pronoun: "She is the third minister … since he took office" is no "She took".)
				return subject.length <= 4 &&
					subject.every((w) => /^\p{Lu}[\p{L}’'.-]*$/u.test(w)) &&
					!/^(?:he|she|it|they|we|i)$/i.test(subject.join(' '))
					? `${subject.join(' ')} `
					: pronoun;
			})
		: clause;
}

/** Subordinators that go when their clause is the title: "when police arrested 133 people". */
const CONTRAST_OR_TIME = new RegExp(
	`^(?:while|although|though|whereas|when|after|before|because|once|until|(?:ever\\s+)?since(?=\\s+(?:he|she|it|they|we|i|the|a|an|his|her|its|their)\\s)|${LAPSE})\\s+`,
	'i'
);

/**
 * Whether a date in a second clause joined to the first governs that clause alone: after a
 * contrast ("…, but Denise O'Donnell has scheduled a news conference Thursday") or said before
 * its verb ("…, but on Jan. 19 she asked the adviser"). After a plain "and" a date at the end
 * may date both ("was briefed to President Trump, and the council discussed the problem … in
 * late March"): the first clause stays the happening.
 */
function ownCoordinate(sentence: string, dated: string, first: string, mark: string): boolean {
	// (A list of places split at its "and" is no second clause: "in Dar es Salaam, Tanzania,
	// and Nairobi, Kenya, on Aug. 7 killed 258 people".)
	if (!hasFiniteVerb(first)) return false;
	const at = sentence.indexOf(dated);
	if (at < 0) return false;
	if (/,(?:''|”|")?\s+(?:but|yet|while|although|though|whereas)\s+$/i.test(sentence.slice(0, at)))
		return true;
	const words = dated.split(/\s+/);
	const verb = words.findIndex((w) => FINITE.has(w.toLowerCase()) || isPastVerb(w.toLowerCase()));
	const date = words.findIndex((w) => w.includes(mark));
	return date >= 0 && verb > date;
}

function chooseClause(
	clauses: string[],
	mark: string,
	onlyDate: boolean,
	sentence: string
): string {
	// "Since 1985 — when the Israelis created a buffer zone — …": the "when" clause tells what
	// happened at the date.
	const at = clauses.findIndex((c) => c.includes(mark));
	const explained = clauses[at + 1];
	if (
		at >= 0 &&
		explained &&
		/^when\s/i.test(explained) &&
		markPatterns(mark).bare.test(clauses[at]!)
	)
		return explained.replace(/^when\s+/i, '');
	const main = clauses.filter((c) => !SUBORDINATORS.test(c));
	// With one date in the sentence, the first main clause says what happened; with several,
	// each date governs its own clause.
	// …unless the date is in a second verb phrase of that subject: "studied piano and fled the
	// country after the army crushed the uprising in 1956".
	const ownPhrase = clauses.find((c) => {
		const verb = /^[a-z]+/.exec(c)?.[0] ?? '';
		return c.includes(mark) && (isPastVerb(verb) || verb === 'was' || verb === 'were');
	});
	// …unless the main clause tells a state and the date is in a clause of its own before it:
	// "Ever since he first learned that Elian was in Florida last November, he has been
	// persistent" → "He first learned Elian was in Florida".
	const dated = clauses.find((c) => c.includes(mark));
	if (
		onlyDate &&
		main[0] &&
		!ownPhrase &&
		!(dated && main.includes(dated) && ownCoordinate(sentence, dated, main[0], mark)) &&
		!(dated && dated !== main[0] && SUBORDINATORS.test(dated) && tellsState(main[0]))
	)
		return main[0];
	let chosen = clauses.find((c) => c.includes(mark)) ?? main[0] ?? clauses[0] ?? '';
	// "On Friday, a newspaper reported that …": a date alone in an opening phrase dates the
	// clause the phrase opens.
	const next = clauses[clauses.indexOf(chosen) + 1];
	if (
		next &&
		markPatterns(mark).bare.test(chosen) &&
		PREPOSITION.test(chosen) &&
		!SUBORDINATORS.test(next)
	)
		chosen = next;
	// A contrast's own date: "while exports fell in May" reads "Exports fell".
	const clause = chosen.replace(CONTRAST_OR_TIME, '');
	// A second verb phrase takes the first clause's subject: "(the scheme) ran until his arrest".
	const verb = /^([a-z]+)\b/.exec(clause)?.[1];
	return verb && (isPastVerb(verb) || verb === 'was' || verb === 'were') && clause !== clauses[0]
		? `${subjectOf(clauses[0]!)} ${sameObject(clause, clauses[0]!)}`
		: clause;
}

/**
 * A second verb phrase whose object is a pronoun for the first's object takes that object:
 * "had bought shares in Meridian in 2019 and sold them last May" → "sold shares in Meridian".
 */
function sameObject(clause: string, first: string): string {
	const m = /^(\p{Ll}+)\s+(them|it)\b/u.exec(clause);
	if (!m) return clause;
	const words = first.split(/\s+/);
	const verb = words.findIndex((w, i) => i > 0 && isPastVerb(w.toLowerCase()));
	if (verb < 0) return clause;
	const object: string[] = [];
	for (const w of words.slice(verb + 1)) {
		if (w.includes(MARK) || /[,;]$/.test(w) || object.length === 6) break;
		object.push(w);
	}
	while (
		object.length &&
		(PREPOSITION.test(`${object.at(-1)} `) || FUNCTION_WORDS.has(object.at(-1)!))
	)
		object.pop();
	// "them" stands for a plural, "it" for one thing: "shares", "the stake".
	const head = object.find((w, i) => i > 0 && PREPOSITION.test(`${w} `))
		? object[object.findIndex((w, i) => i > 0 && PREPOSITION.test(`${w} `)) - 1]
		: object.at(-1);
	const plural = !!head && /[^s]s$/.test(head);
	if (object.length === 0 || plural !== (m[2] === 'them')) return clause;
	return `${m[1]} ${object.join(' ')}${clause.slice(m[0].length)}`;
}

/** The words of a clause before its first past-tense verb: "the scheme" of "the scheme began". */
function subjectOf(clause: string): string {
	const words = clause.split(/\s+/);
	const verb = words.findIndex(
		(w, i) => i > 0 && (isPastVerb(w.toLowerCase()) || FINITE.has(w.toLowerCase()))
	);
	return verb > 0 ? words.slice(0, verb).join(' ') : '';
}

/** Within "X said that Y that Z", keeps the part the date belongs to. */
/**
 * A saying whose "that" opens what was said: a date there is what was said's ("told analysts
 * on a conference call that the company expected to finish closing 40 stores by the end of
 * the year" titles the closing, not the call).
 */
const SAYING_VERB =
	'said|says|told|tells|announced|added|reported|wrote|warned|predicted|estimated|acknowledged';
/**
 * …when the saying would crowd out what was said: a pronoun's ("He added that …") or one told
 * at length ("told analysts on a conference call that …"). "Travelers estimated that …" stays
 * whole: it names who said what.
 */
const SAID_THAT = new RegExp(
	`^(?:he|she|it|they|we|i)\\s+(?:${SAYING_VERB})\\b|\\b(?:${SAYING_VERB})(?:\\s+[\\w’'.-]+){2,6}$`,
	'i'
);

/** A verb of saying anywhere: what follows its "that" is what was said, not an object's clause. */
const SAYS = new RegExp(`\\b(?:${SAYING_VERB})\\b`);

function chooseComplement(clause: string, mark: string): string {
	const parts = clause.split(/\s+that\s+/);
	const k = parts.findIndex((p) => p.includes(mark));
	if (k < 0 || parts.length === 1) return clause;
	// "that" then a past verb opens a relative clause, whose subject is the noun before it:
	// "could not stop the assassin's bullet that tore through his window Friday night" →
	// "Assassin's bullet tore through his window".
	const verb = /^[a-z]+/.exec(parts[k]!)?.[0] ?? '';
	if (k > 0 && (isPastVerb(verb) || verb === 'was' || verb === 'were')) {
		const noun = nounBefore(parts[k - 1]!);
		if (noun) return `${noun} ${parts.slice(k).join(' that ')}`;
	}
	// "…, work that officials credited this week with keeping roads open": an object's clause.
	if (k > 0 && k === parts.length - 1 && !SAYS.test(parts[k - 1]!)) {
		const noun = nounBefore(parts[k - 1]!) ?? /,\s+([\p{Ll}-]+)$/u.exec(parts[k - 1]!)?.[1];
		const gap =
			noun && !FUNCTION_WORDS.has(noun.toLowerCase()) ? withObject(noun, parts[k]!) : null;
		if (gap) return gap;
	}
	if (
		k === parts.length - 1 &&
		k > 0 &&
		(parts.slice(0, k).some((p) => p.includes(MARK)) || SAID_THAT.test(parts[k - 1]!))
	) {
		return parts[k]!;
	}
	return parts.slice(0, k + 2).join(' that ');
}

/** Verbs of saying that may name where before what: "disclosed in a filing that …". */
const SAYING_WITH_PLACE =
	/^(?:said|disclosed|announced|reported|warned|acknowledged|confirmed|wrote)$/;

/** Offices and roles before a name, which a long headline leaves out ("spokesman Yuri Gremitskikh"). */
const OFFICES = new Set(
	`president vice prime minister secretary general attorney chief executive officer director
	spokesman spokeswoman ambassador commander judge justice senator sen. rep. representative
	gov. governor mayor chairman chairwoman leader adviser aide deputy assistant envoy king queen
	prince`.split(/\s+/)
);
/** Words that make a capitalised run a body, not a person: "Middle East News Agency". */
const BODIES =
	/^(?:agency|news|party|council|committee|department|ministry|office|house|times|post|company|corp\.?|inc\.?|group|bank|court|army|service)$/i;
/** A subject's verb, for shortening: a finite or past form, not a participle of a perfect. */
const SUBJECT_VERB = (x: string) =>
	/^\p{Ll}/u.test(x) &&
	x !== 'been' &&
	x !== 'be' &&
	(FINITE.has(x) || isPastVerb(x) || isParticiple(x));

/**
 * A headline over its length first loses what headlines leave out: an office before a name
 * ("Soviet Foreign Ministry spokesman Yuri Gremitskikh said" → "Yuri Gremitskikh said"), "told
 * its audience that" for "said", and a short subject's prepositional phrase ("Investigation by
 * federal regulators found" → "Investigation found").
 */
function shortened(words: string[]): string {
	let w = [...words];
	const verb = () => w.findIndex((x, i) => i > 0 && SUBJECT_VERB(x));
	let v = verb();
	// The office: up to and including its last office word, when a name of two words or more
	// (all capitals) follows and comes right before the verb.
	if (v >= 3) {
		const office = w.slice(0, v).findLastIndex((x) => OFFICES.has(x.toLowerCase()));
		const name = w.slice(office + 1, v);
		// (Only one person's: "Mayor Alex Penelas and Mayor Joe Carollo" keeps both.)
		if (
			office >= 0 &&
			!w.slice(0, office).includes('and') &&
			name.length >= 2 &&
			name.every((x) => /^\p{Lu}[\p{L}.’'-]*$/u.test(x) && !BODIES.test(x))
		) {
			w = w.slice(office + 1);
			v = verb();
		}
	}
	// "told a news conference that" → "said" (not a passive's "was told … that").
	const told = w.indexOf('told');
	const that = w.indexOf('that', told);
	if (
		told > 0 &&
		that > told &&
		that - told <= 5 &&
		!/^(?:was|were|been|being|is|are)$/.test(w[told - 1]!) &&
		!w.slice(told, that).some((x) => x.endsWith(','))
	)
		w.splice(told, that - told + 1, 'said');
	// "disclosed in a filing that" → "disclosed": where it was said gives way to what.
	const saying = w.findIndex((x, i) => i > 0 && SAYING_WITH_PLACE.test(x));
	const thatAfter = w.indexOf('that', saying);
	if (
		saying > 0 &&
		thatAfter > saying + 1 &&
		thatAfter - saying <= 6 &&
		PREPOSITION.test(`${w[saying + 1]} `) &&
		!w.slice(saying, thatAfter).some((x) => /[,;]$/.test(x))
	)
		w.splice(saying + 1, thatAfter - saying);
	// A relative clause inside the object: "said a suspect who was returned from Pakistan had
	// not admitted any role" → "said suspect had not admitted any role".
	const who = w.findIndex((x, i) => i > 1 && x === 'who');
	if (who > 0) {
		const own = w.findIndex((x, i) => i > who && SUBJECT_VERB(x));
		const next = w.findIndex((x, i) => i > own + 1 && SUBJECT_VERB(x));
		if (
			own > who &&
			next > own &&
			next - who <= 8 &&
			!w.slice(who, next).some((x) => /[,;]$/.test(x))
		)
			w.splice(who, next - who);
	}
	v = verb();
	// The prepositional phrase of a subject of a few nouns, without commas or a verb-like word
	// before it ("Qantas plans daily flights between …" has one).
	if (
		v >= 4 &&
		v <= 12 &&
		w.length > MAX_WORDS &&
		!/^\p{Lu}/u.test(w[v - 1]!) &&
		!PREPOSITION.test(`${w[0]} `) &&
		!/ing$/.test(w[0]!) &&
		!w.slice(0, v).some((x) => /[,;:()]/.test(x))
	) {
		let p =
			w
				.slice(1, v - 1)
				.findIndex(
					(x) => PREPOSITION.test(`${x} `) && !/^(?:of|since|after|before|until|as)$/.test(x)
				) + 1;
		// "up to" is a quantity's, not a phrase's start: "Gusts of up to 50 miles an hour pushed"
		// loses its whole measure ("Gusts pushed"), never half of it ("Gusts of up pushed").
		if (p > 1 && w[p - 1] === 'up') p = w[p - 2] === 'of' ? p - 2 : 0;
		// (Nor a phrase with a clause of its own: "for the opinion she rendered", "in returning …".)
		if (
			p > 0 &&
			!w.slice(1, p).some((x) => /^\p{Ll}+s$/u.test(x) && !/ss$/.test(x)) &&
			!w
				.slice(p, v)
				.some(
					(x) =>
						/^(?:he|she|it|they|we|i|who|that)$/i.test(x) || (/ing$/.test(x) && !ING_NOUNS.has(x))
				)
		)
			w.splice(p, v - p);
	}
	return w.join(' ');
}

/** Where a clause's first verb is (past, finite), or Infinity without one. */
function firstVerb(words: string[]): number {
	const at = words.findIndex((w, i) => i > 0 && SUBJECT_VERB(w));
	return at < 0 ? Infinity : at;
}

/** A whole quotation inside a clause: its words stay as said ("wanted \"a governor, not …\""). */
const QUOTATION = /(?:“|")([^“”"]{2,160}?)[.,]?(?:”|")/g;
/** Stands for a quotation while the words around it are made headline style. */
const QUOTED = '\u2060';

/**
 * A clause in headline style, at most `maxWords` long. What someone said (`quoted`) keeps its
 * verbs as they were said: "Justice was done" is no "Justice done".
 */
function headline(clause: string, maxWords = MAX_WORDS, quoted = false): string {
	// A quotation of several words inside the clause keeps them: articles and all.
	const quotations: string[] = [];
	if (!quoted && /[“"]/.test(clause))
		clause = clause.replace(QUOTATION, (m, words: string) => {
			// (A name in quotation marks is a work's title, and loses them: "Night Garden".)
			if (!/(?:^|\s)\p{Ll}/u.test(words) || !words.trim().includes(' ')) return m;
			quotations.push(words);
			return `${QUOTED}${quotations.length - 1}${QUOTED}${/,["”]$/.test(m) ? ',' : ''}`;
		});
	let s = quoted
		? clause
		: withoutAuxiliaries(
				clause.replace(/\b(\w+ly)\s+(?=\w+ed\b|\w+$)/g, (m, adverb: string) =>
					NOT_ADVERBS.has(adverb.toLowerCase()) ? m : ''
				)
			).replace(/\balso\s+(?=\w+ed\b)/gi, '');
	s = s
		.replace(/\b(\w+(?:ed|id|ew|ought|old))\s+that\s+/gi, '$1 ')
		// Articles go, except in rates and amounts ("$1.92 a share", "twice a year").
		// …and after a share of a whole: "most of the jobs" is no "most of jobs".
		.replace(
			/(?<![\d%]\s|\b(?:twice|once|times|percent|cents?|dollars?)\s|\b(?:most|many|some|all|half|none|each|any|both|much|several|few|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s)\b(?:the|a|an)\s+/gi,
			''
		)
		// Quotation marks left by the cut, and brackets emptied of their date: "leave ()".
		.replace(/``|''|[“”"]/g, '')
		.replace(/\(\s*\)|\[\s*\]/g, '')
		.replace(/^\s*(?:and|but|so|then|also|that)\b,?\s+/i, '')
		.replace(/\s+([,;:])/g, '$1')
		.replace(/,\s*,/g, ',')
		.replace(/\s{2,}/g, ' ')
		.replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '');
	let words = s.split(' ');
	// Too long with a scene set first ("In his Sunday Mass at St. Patrick's, the cardinal
	// condemned…"): the happening is after the comma.
	const opening = s.indexOf(', ');
	if (words.length > maxWords && PREPOSITION.test(s) && opening > 0) {
		const rest = s.slice(opening + 2);
		// The main clause opens with its subject: a name or a noun phrase, not a list's next item.
		if (rest.split(' ').length >= 3 && /^(?:\p{Lu}|(?:the|a|an|his|her|its|their) )/u.test(rest)) {
			s = rest;
			words = s.split(' ');
		}
	}
	if (words.length > maxWords && !quoted) {
		s = shortened(words);
		words = s.split(' ');
	}
	if (words.length > maxWords) {
		let cut = maxWords;
		// Cut after a comma if there is one, else before a preposition, so the label ends on
		// a whole phrase; never before "and" (it would strand half of a pair).
		const comma = words.slice(3, maxWords).findLastIndex((w) => /,$/.test(w));
		if (comma >= 0) cut = comma + 4;
		else {
			for (let i = maxWords; i > 4; i--) {
				if (phraseStartsAt(words, i)) {
					cut = i;
					break;
				}
			}
		}
		// Never inside a name: "… emergency conference of Organization | of Petroleum …".
		const capital = (w: string | undefined) => /^\p{Lu}/u.test(w ?? '');
		const inName = (k: number) =>
			capital(words[k - 1]) &&
			(capital(words[k]) || (/^(?:of|and|for|the)$/.test(words[k] ?? '') && capital(words[k + 1])));
		let back = cut;
		while (back > 4 && inName(back)) back--;
		while (back > 4 && /^(?:of|and|for|the)$/.test(words[back - 1]!)) back--;
		if (back > 4 && back < cut) cut = back;
		// Never a participle left hanging: "… began working", "… two men suspected".
		// ("the 2023 shooting" is a noun after its modifier, and stays.)
		while (
			cut > 4 &&
			((/^[a-z]{3,}ing,?$/.test(words[cut - 1]!) &&
				!ING_NOUNS.has(words[cut - 1]!.replace(/,$/, '')) &&
				!/^(?:the|a|an|its|their|his|her|[\d,.]+|\S+['’]s)$/i.test(words[cut - 2]!)) ||
				(HELD_TO_WORDS.test(words[cut - 1]!) && /^(?:of|for|with)$/.test(words[cut] ?? '')) ||
				// "… group of vape shop owners led | by Tom Barrett": a participle after the verb,
				// cut from its phrase.
				(cut - 1 > firstVerb(words) &&
					isPastVerb(words[cut - 1]!) &&
					words[cut] === 'by' &&
					/^(?:\p{Lu}\p{L}*|\p{Ll}+s)$/u.test(words[cut - 2]!) &&
					!FINITE.has(words[cut - 2]!)))
		)
			cut -= 1;
		s = words.slice(0, cut).join(' ');
		// Never half of a pair: "chased Elian around yard and nipped".
		s = s.replace(/,?\s+(?:and|or|but)\s+(?:were\s+|was\s+)?\S+$/i, '');
	}
	// "…told officials it is" loses "is", then its subject "it" too; "signed it" keeps its object.
	let cut = false;
	for (
		let last = s.split(' ').pop()!.toLowerCase();
		s.includes(' ') && ((ENDS_NOT.has(last) && !particle(s)) || (cut && last === 'it'));
		last = s.split(' ').pop()!.toLowerCase()
	) {
		s = s.slice(0, s.lastIndexOf(' '));
		cut = true;
	}
	s = s.replace(/[\s,;:—–-]+$/, '');
	if (quotations.length)
		s = s.replace(/\u2060(\d+)\u2060/g, (_, k: string) => `‘${quotations[Number(k)]}’`);
	return s.charAt(0).toUpperCase() + s.slice(1);
}
