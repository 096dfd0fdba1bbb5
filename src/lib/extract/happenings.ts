/**
 * Whether a sentence without a date of its own tells a happening in the past ("The Nasdaq fell
 * 3 percent", "Police arrested two men"), as opposed to a state, a general truth, a plan or a
 * quotation. Only such sentences may borrow a date from their context, so the test is strict:
 * a timeline is better missing an event than showing one at a made-up date.
 */
import { IRREGULAR_PASTS } from '../temporal/irregular-verbs';
import { MONTH_NAMES } from '../temporal/lexicon';
import { SHORT_PAST } from '../temporal/tense-cues';

/** Participles after "was"/"were" that make a passive happening: "was killed", "were shot". */
export const IRREGULAR_PARTICIPLE: ReadonlySet<string> = new Set(
	`beaten become begun bitten blown born borne broken brought built caught chosen cut done drawn
	driven eaten fallen fed felt fled flown forgotten forgiven found frozen given gone grown held hit
	hung hurt kept known laid led left lent lost made met paid put quit ridden run seen sent set shot
	shut sold sought spent spoken spread stolen struck stuck sworn swept taken taught thrown told
	torn undertaken upheld withdrawn won worn written`.split(/\s+/)
);

/**
 * Past forms of fewer than three letters before their "-ed", which the general test leaves
 * out ("The Federal Trade Commission sued", "Peter Lund died", "The teams tied", "used").
 */

/** Words in "-ed" that are no past verbs: "need", "hundred", "bed". */
const NOT_PAST = /(?:^|[^r])eed$|^(?:bed|red|shed|hundred|sacred|naked|wicked|rugged|kindred)$/;
const AGREED = /^(?:agreed|freed|guaranteed|decreed|refereed)$/;

/** Auxiliaries and modals that make a clause something other than a simple past happening. */
const NOT_SIMPLE_PAST =
	/^(?:is|are|am|has|have|will|would|could|can|may|might|must|shall|should|do|does|had|'d|’d|wo|ca)$/;
const PASSIVE = /^(?:was|were)$/;
/** A negation or do-support: "did not say", "never dreamed", "couldn't be reached". */
const NEGATED = /n[’']t$|^(?:not|never|did|no)$/;
const CLAUSE_START =
	/^(?:that|which|who|whom|whose|because|if|when|where|unless|until|after|before|while|although|though|since|as)$/;
/**
 * A clause with no one doing anything: a contracted "is" or a subject that is nobody or none
 * ("No patients were harmed", "No injuries were reported", "No firefighters died").
 */
const NO_SUBJECT =
	/^(?:(?:there|that|it|here|what)['’]s|no\s+one|nobody|nothing|none|no\s+(?!sooner\b|longer\b|doubt\b|matter\b)[a-z]+)\b/i;
/**
 * Present forms news tells states and sayings with ("officials say", "relatives want"), and
 * past forms of states ("a group trip appeared more likely").
 */
const PRESENT = new Set(
	`say says think thinks believe believes expect expects hope hopes want wants need needs seem
	seems appear appears remain remains continue continues plan plans know knows argue argues
	contend contends fear fears estimate estimates seemed appeared remained looked wanted hoped
	believed feared loved liked preferred owned`.split(/\s+/)
);
/**
 * A level, not a change: "Traffic stood at 9,000 vehicles a day", "The building was worth $1.2
 * million", "The plant employed 1,200 workers" (dev16e). A state, dated or not: it continues no
 * day of its context ("rose to 9,000" is a happening).
 */
const LEVEL =
	/\b(?:stood|stands)\s+at\b|\b(?:was|were)\s+(?:worth|valued\s+at)\b|\b(?:numbered|totaled|totalled)\s+(?:about\s+|nearly\s+|some\s+|more\s+than\s+)?[\d$€£]|\b(?:had|employed)\s+(?:about\s+|nearly\s+|some\s+|more\s+than\s+)?\d[\d,.]*\s+(?:residents|members|employees|workers|staff|students|pupils|people|inhabitants|subscribers|customers|users|visitors)\b/i;
/**
 * A rate or a record over a span, not a change: "The line carried 400,000 passengers a year",
 * "The team went undefeated" (dev17e). A state, dated or not: it continues no day of its
 * context ("cut its output to 300 cars a day" and "went bankrupt" are happenings).
 */
const RATE_OR_RECORD =
	/\b(?:carried|served|handled|drew|attracted|welcomed|produced|made|sold|pumped|shipped|had)\s+(?:about\s+|nearly\s+|some\s+|more\s+than\s+)?\d[\d,.]*\s+(?:million\s+|billion\s+)?(?:[\w'’-]+\s+){0,2}(?:a|per|each|every)\s+(?:year|day|week|month|season)\b|\b(?:went|stayed|remained)\s+(?:unbeaten|undefeated|winless)\b/i;
/** An object that says nothing happened: "gave no details", "found nothing". */
const NOTHING = /^(?:no|nothing|none)$/i;
/** What follows "to" as a preposition: a determiner, a name, a number ("to the", "to Paris"). */
const TO_PREPOSITION =
	/^(?:(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|each|every|all|some|about|around|nearly|more|less)\b|[\p{Lu}\d$“"‘'])/u;
const REPORTING = /^(?:said|says|told|added|stated|noted|explained|wrote|asked|insisted)$/;

/** An opening phrase before the subject: "After years of delays, Boeing unveiled …". */
const OPENING =
	/^(?:after|before|in|on|at|during|since|with|amid|despite|following|as|when|while|once|under|for|by|from|through|across|over|inside|outside|near)\b[^,]{0,120},\s+/i;

export interface Telling {
	/** The clause tells a completed happening: a simple or passive past. */
	past: boolean;
	/** Its main verb is one of saying ("said", "told"). */
	speech: boolean;
}

/**
 * How a sentence tells its main clause: a past happening or not, speech or not. A present
 * perfect ("officials have concluded") is not one: it says nothing of when.
 */
export function telling(sentence: string): Telling {
	const no: Telling = { past: false, speech: false };
	const text = sentence.trim();
	// Quotations, questions and headlines-in-capitals are not a narrator's account.
	if (/^[“"'‘`(]/.test(text) || /\?["”’']*$/.test(text)) return no;
	// Asides go: a relative clause, and a participle's ("The settlement, filed in federal court,
	// must still be approved" tells no past happening).
	const clause = text
		.replace(OPENING, '')
		.replace(/,\s+(?:which|who|whose)\b[^,]*,/g, '')
		.replace(/,\s+([a-z]+)\b[^,]*,/g, (aside, first: string) =>
			isPastForm(first) || IRREGULAR_PARTICIPLE.has(first) ? '' : aside
		);
	// "There's nothing new", "That's built up", "No one was hurt": no happening to date.
	if (NO_SUBJECT.test(clause)) return no;
	if (LEVEL.test(clause) || RATE_OR_RECORD.test(clause)) return no;
	const words = clause.split(/\s+/).slice(0, 14);
	for (let i = 1; i < words.length; i++) {
		const raw = words[i]!;
		const w = raw.replace(/[,.;:!?”"’)]+$/, '');
		const lower = w.toLowerCase();
		if (NOT_SIMPLE_PAST.test(lower) || NEGATED.test(lower) || PRESENT.has(lower)) return no;
		if (PASSIVE.test(lower)) {
			const next = (words[i + 1] ?? '').toLowerCase().replace(/[,.;:]+$/, '');
			// "was unaffected", "were unchanged": a state, not something done.
			const participle =
				!next.startsWith('un') && (isPastForm(next) || IRREGULAR_PARTICIPLE.has(next));
			return participle ? { past: true, speech: false } : no;
		}
		if (/^\p{Lu}/u.test(w)) continue; // a name, not a verb: "the Fed", "Ted"
		if (isPastVerb(lower)) {
			// "Police gave no details": nothing happened.
			if (NOTHING.test(words[i + 1] ?? '')) return no;
			return { past: true, speech: REPORTING.test(lower) };
		}
		// "The relatives want the court to let them …": an infinitive comes after the main
		// verb, which was no past form ("to the court" is a preposition and goes on).
		if (lower === 'to' && !TO_PREPOSITION.test(words[i + 1] ?? '')) return no;
		// A clause of its own begins: the main verb was not found before it.
		if (CLAUSE_START.test(lower)) return no;
	}
	return no;
}

/**
 * Whether a lower-case word is a verb's past form: "fell", "arrested", "agreed", "died",
 * "re-elected".
 */
export function isPastVerb(word: string): boolean {
	return isPastForm(word) || IRREGULAR_PASTS.has(word) || SHORT_PAST.has(word);
}

/**
 * Past forms with a prefix and a hyphen, as news writes them ("Ms. Whitfield was re-elected in
 * 2019", "co-founded the company"). A list, not a rule: "a re-engined version of its jet" is an
 * adjective.
 */
const HYPHENATED_PAST = new Set(
	`re-elected re-signed re-entered re-opened re-examined re-established re-emerged re-evaluated
	re-enacted re-launched re-branded re-sentenced re-arrested re-tried re-took re-ran re-won
	co-founded co-wrote co-authored co-hosted co-signed co-sponsored co-chaired co-produced
	co-directed co-starred`.split(/\s+/)
);

function isPastForm(word: string): boolean {
	return (
		(/^[a-z]{3,}ed$/.test(word) && (AGREED.test(word) || !NOT_PAST.test(word))) ||
		HYPHENATED_PAST.has(word)
	);
}

/**
 * Words of a habit or a general truth: "residents usually water twice a week", "on most days
 * the first tray was gone by five", "Most years the festival is held in May" (dev15e), "kept the bakery open every day but Christmas", "was known
 * for practices that began at 6 a.m.". What is done again and again has no day of its context.
 */
const HABIT =
	/\b(?:usually|often|always|routinely|typically|normally|generally|habitually|seldom|rarely|(?:every|each)\s+(?:day|night|morning|evening|afternoon|week|month|year|summer|winter|spring|fall|autumn|season|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)|on\s+most\s+(?:days|nights|mornings|evenings)|(?:in\s+)?most\s+(?:days|nights|mornings|evenings|weekends|weeks|months|years|seasons|springs|summers|winters|falls|autumns)|(?:known|famous|remembered)\s+for)\b/i;

/** Whether a sentence tells a habit or a general truth (HABIT). */
export function tellsAHabit(sentence: string): boolean {
	return HABIT.test(sentence);
}

/**
 * Sentences whose happening has a time of its own that is not their context's: it is dated by
 * another happening ("in the collapse"), set back ("once", "previously") or in someone's past
 * ("as a boy"). Such a sentence takes no inferred date. Each row: the words, and the example
 * that called for it.
 */
export const OWN_TIME: { words: RegExp; example: string }[] = [
	{
		words:
			/\b(?:in|during|since|after|before|until)\s+the\s+(?:[\w-]+\s+){0,2}(?:collapse|crash|war|attack|fire|flood|storm|shooting|explosion|blast|earthquake|bombing|riots?|revolution|uprising|invasion|coup|pandemic|recession|crisis|disaster|accident|massacre|siege|strike|election|campaign)s?\b/i,
		example: 'The town’s mayor, Ellen Price, lost her brother in the collapse.'
	},
	{
		// Not as a modifier ("a previously proposed rights issue", "an earlier report"), nor a
		// comparison's base ("up 9 percent from a year earlier").
		words:
			/(?<!\b(?:a|an|the|its|their|his|her|years?|quarters?|months?|weeks?)\s)\b(?:once|previously|formerly|earlier)\b|\b(?:ago|long\s+before|used\s+to|at\s+the\s+time)\b/i,
		example: 'She had previously worked for the foundation; the plant once employed 2,000.'
	},
	{
		// A next step: the day it took is not the one just told.
		words: /\b(?:then|later|afterwards?|subsequently|eventually|soon)\b/i,
		example: 'The Security Council on Aug. 6 ordered an embargo. Bush then sent troops.'
	},
	{
		// A span that holds the day told: what happened over it is no happening of that day.
		words:
			/\b(?:for|over|during|throughout)\s+the\s+(?:whole\s+|entire\s+)?(?:week|month|year|quarter|session|period|season)\b/i,
		example: 'The Nasdaq tumbled 1.2% on Friday. For the week, the index dropped 3.8%.'
	},
	{
		// A comparison's base period: what happened then happened a year before the news.
		words:
			/\b(?:same|year-earlier|year-ago|comparable|corresponding)\s+(?:period|quarter|months?|weeks?|time|season)\b/i,
		example: 'It lost $85 million in the same period of 2024.'
	},
	{
		words:
			/\bas\s+an?\s+(?:boy|girl|child|teenager|student|young\s+\w+)\b|\bin\s+(?:his|her|their)\s+(?:youth|childhood|teens|twenties)\b/i,
		example: 'Mr. Linden studied violin as a boy.'
	},
	{
		words: HABIT,
		example: 'Residents usually water their lawns twice a week.'
	},
	{
		// A proceeding's own span: what was argued during a trial was not done on the verdict's day.
		words:
			/\b(?:during|throughout|in)\s+the\s+(?:[\w-]+\s+)?(?:trial|hearings?|deliberations|negotiations|talks|proceedings|investigation|inquiry)\b/i,
		example: "She argued during the trial that the county's own bookkeeping was so poor …"
	}
];

// (Both read a word's start, as they always did: "Sundays", "summers" count.)
/** A year, a day named by its word or a month's name: no time a habit keeps. */
const DAY_OR_MONTH = new RegExp(
	`\\d{4}|\\b(?:yesterday|today|tonight|tomorrow|last|this|next|ago|(?:mon|tues|wednes|thurs|fri|satur|sun)day|${MONTH_NAMES})`,
	'i'
);
/** A month's, a season's or a weekday's name. */
const MONTH_SEASON_OR_WEEKDAY = new RegExp(
	`\\b(?:${MONTH_NAMES}|spring|summer|fall|autumn|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)day)`,
	'i'
);

/**
 * Whether a date's words name a time a habit keeps rather than a day: a clock time, a part of
 * the day or a holiday without a year ("at 4 a.m.", "Christmas"); not a weekday, a month or a
 * year ("Residents usually water twice a week, but on Tuesday the city banned it").
 */
export function timeOfAHabit(words: string): boolean {
	return (
		!DAY_OR_MONTH.test(words) &&
		/^(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|o['’]clock)?|noon|midnight|dawn|dusk|christmas(?:\s+day|\s+eve)?|thanksgiving(?:\s+day)?|new\s+year['’]s(?:\s+day|\s+eve)?|easter(?:\s+sunday)?)$/i.test(
			words.trim()
		)
	);
}

/**
 * Whether a date is a habit's: a month, season or weekday without a year in a clause that tells
 * a habit before it ("Pine Ridge usually opens in early December; this season the first chair did
 * not turn until Jan. 9" dates no December, but Jan. 9 stays). `clause` is the words of the
 * date's clause before it.
 */
export function dateOfAHabit(clause: string, words: string): boolean {
	return (
		HABIT.test(clause) &&
		!/\d{4}|\b(?:yesterday|today|tonight|tomorrow|last|this|next|ago|that|the\s+same)\b/i.test(
			words
		) &&
		MONTH_SEASON_OR_WEEKDAY.test(words) &&
		!/\d/.test(words)
	);
}

const MONTH_OR_SEASON = `(?:(?:early|mid|late)[\\s-]+)?(?:${MONTH_NAMES}|spring|summer|fall|autumn|winter)\\b\\.?`;
const MONTH_ORDER = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/**
 * A schedule told in the present, from a month or season to another with no year: "The pass is
 * closed from November to May each year", "The city's fiscal year runs from July to June" (dev9,
 * dev10). Present verbs only, and only with a habit's words or a span that wraps the new year:
 * "The exhibit runs from March to June" is this year's show.
 */
const PRESENT_SPAN = new RegExp(
	`\\b(?:is|are|runs?|stays?|remains?|opens?|closes?|lasts?|operates?)\\b(?:\\s+[\\w'’-]+){0,6}?\\s+from\\s+(${MONTH_OR_SEASON})\\s+(?:to|through|until|till|into)\\s+(${MONTH_OR_SEASON})(?!\\s*,?\\s*\\d)`,
	'gi'
);

const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const CLOCK = String.raw`(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)?|noon|midnight)`;

/**
 * Opening hours: "The museum will be open Wednesday through Sunday from 10 a.m. to 5 p.m.", "The
 * market is open Saturdays from 8 a.m. to noon" (dev15e). A venue's week, not a day it will open
 * on; its hours are no times. Only "open": "The road will be closed Monday through Friday for
 * repaving" is next week's closing.
 */
const OPENING_HOURS = new RegExp(
	String.raw`\b(?:is|are|be|stays?|remains?)\s+open\s+(?:(?:from\s+)?${WEEKDAY}\s+(?:through|to|until|till|-|–)\s+${WEEKDAY}|(?:on\s+)?${WEEKDAY}s(?:\s+and\s+${WEEKDAY}s)?|daily|every\s+day)(?:\s*,?\s+(?:from\s+)?${CLOCK}\s*(?:to|until|till|-|–)\s*${CLOCK})?`,
	'gi'
);

/** Where a sentence's present schedules lie (PRESENT_SPAN, OPENING_HOURS), as offsets into it. */
export function presentSchedules(sentence: string): [number, number][] {
	const spans: [number, number][] = [];
	for (const m of sentence.matchAll(OPENING_HOURS)) spans.push([m.index, m.index + m[0].length]);
	for (const m of sentence.matchAll(PRESENT_SPAN)) {
		const month = (w: string) =>
			MONTH_ORDER.indexOf(
				w
					.toLowerCase()
					.replace(/^(?:early|mid|late)[\s-]+/, '')
					.slice(0, 3)
			);
		const [from, to] = [month(m[1]!), month(m[2]!)];
		const wraps = from >= 0 && to >= 0 && to < from;
		if (wraps || HABIT.test(sentence)) spans.push([m.index, m.index + m[0].length]);
	}
	return spans;
}

/** Whether a sentence's happening has a time of its own, not its context's. */
export function hasOwnTime(sentence: string): boolean {
	return OWN_TIME.some((row) => row.words.test(sentence));
}

/**
 * Titles that tell no happening whatever their date: each row the words and the example that
 * called for it.
 */
export const NO_HAPPENING: { words: RegExp; example: string }[] = [
	{
		// A question or an unknown: "Investigators have not said what caused it" dates no cause.
		words: /^(?:what|why|how|whether|if)\b/i,
		example: 'Investigators have not said what caused it, but the utility disclosed on Monday …'
	}
];

/** Whether a title tells no happening (see NO_HAPPENING). */
export function tellsNoHappening(title: string): boolean {
	return NO_HAPPENING.some((row) => row.words.test(title));
}
