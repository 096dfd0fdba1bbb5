import {
	nameMeasure,
	nameNumber,
	nameThing,
	objectThing,
	OBJECT_IT,
	actsOnIt,
	topicThing,
	SECOND_CLAUSE,
	putThing,
	SCENE,
	SCENE_COMMAS,
	thingNamedIn,
	PRONOUN_SCENE
} from './things';
import { givenNameSex } from './titles/given-names';
import { describedBody } from './titles/named-bodies';
import {
	afterOthersSaying,
	doubtful,
	nameBornPronoun,
	nameJoinedThey,
	nameOpeningPronoun,
	OWN_KIN_SAYS
} from './titles/antecedents';
import { nameInnerPronouns } from './titles/inner-pronouns';
import { mayBeSpeaker } from './titles/speakers';
import { canBe, named as namedIfCanBe } from './titles/can-be';
import { nameDescription } from './titles/descriptions';
import { ageLineSex } from './titles/age-line';
import { speakerOfAnother } from './titles/spoken-of';
import { NAMES_OF_MONTHS } from '../temporal/patterns/dates';
import { DATELINE } from './sentences';

/**
 * "She said Tuesday …" makes a poor timeline label: a reader of the label alone cannot tell who
 * "she" is. A news story names its actor and then carries on with pronouns, so the subject of
 * a recent sentence, when it is a person's name, is who "he" or "she" most likely is (the
 * preferred antecedent of centering theory). Only people are resolved: "it" and "they" are as
 * often no one at all ("it is likely", "they say"). A name counts as a person's when an office
 * stands before it ("President Fidel Castro") or the story quotes the surname ("Castro said");
 * a sentence naming two people leaves "he" unresolved, since either could be meant.
 */

/** Titles and offices that may stand before a name: "President Fidel Castro". */
const HONORIFICS = new Set(
	'mr mrs ms dr gen sen rep gov detective inspector sergeant sgt lieutenant lt professor prof president prime minister secretary attorney general judge justice chancellor king queen prince pope cardinal rev sir lord lady mayor governor senator representative officer director chief ambassador foreign defense state coach captain guard forward striker goalkeeper quarterback pitcher midfielder defender manager'.split(
		' '
	)
);

/** Words in a capitalised phrase that make it a place, body or firm rather than a person. */
const NOT_PEOPLE = new Set(
	'corp corporation inc co company department service unit party council committee court university house street states union nations agency ministry bank group times news post journal association army navy police government office republic kingdom city county church center centre institute foundation board commission airport station hospital school hurricane storm typhoon cyclone united real fc club north south east west new saudi arabia korea island islands province hong kong los las san santa st saint mount lake river gulf sea bay square avenue road palace hall league cup olympics airlines airways motors dow nasdaq wall industrial average index foods pharma pharmaceuticals markets holdings systems technologies energy power rail railways partners capital financial media industries labs prosecutors officials investigators authorities residents witnesses analysts experts doctors lawyers officers firefighters scientists researchers critics supporters voters workers employees students parents neighbors relatives engineers regulators lawmakers'.split(
		' '
	)
);

/**
 * Words that end a firm's, a school's or a paper's name, which a family name often opens: "Osei
 * Freight", "Quinlan Hardware", "Carver Foundation" are no people (a name the story gives a
 * person that opens a longer one makes it a body too: `isBody`).
 */
const FIRM_WORDS =
	'freight hardware trucking logistics dairy dairies bakery brewing brewery inc llc ltd plc corp co foundation academy college gazette ledger herald tribune courier chronicle restaurant cafe theater theatre museum library gallery stadium arena farms racing cycling trust fund charity clinic hotel studios records motors sons brothers bros'.split(
		' '
	);
for (const word of FIRM_WORDS) NOT_PEOPLE.add(word);

/**
 * Whether capitalised words name a body, not a person: a body's word among them, or a surname
 * the story gives a person opening a longer name ("Ama Osei founded Osei Freight": "Osei
 * Freight" is hers, not someone else). (A first name may be someone's surname too: "Grace".)
 */
function isBody(words: string[], named?: Set<string>): boolean {
	const lower = words.map((w) => w.toLowerCase().replace(/\.$/, ''));
	if (lower.some((w) => NOT_PEOPLE.has(w))) return true;
	const first = words[0]?.replace(/['’]s$/, '');
	return (
		words.length >= 2 &&
		!!first &&
		!!named?.has(first) &&
		!HONORIFICS.has(lower[0]!) &&
		givenNameSex(first) === null
	);
}

/** The surnames a body's name may open: the story's, and the person's own. */
function surnameOf(person: string, named?: Set<string>): Set<string> {
	const own = person.split(/\s+/).at(-1)!;
	return new Set([...(named ?? []), own]);
}

/** Capitalised words that open sentences without naming anyone. */
const OPENERS = new Set(
	'the a an but and in on at for after before since during when while as this that these those it its he she they we i his her their there here then now also however meanwhile yet still so if despite although though by with from of to last next early late earlier later born january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
		' '
	)
);

/** A capitalised word, not an all-capitals one (a dateline's "NEW YORK", an acronym). */
const WORD = /^\p{Lu}[\p{Ll}’'.-][\p{L}’'.-]*$|^\p{Lu}\.$/u;

/** How many sentences back without the pronoun a "he" or "she" may find who it is. */
const REACH = 5;

/** Two capitalised words in a row: a second person in the sentence, perhaps. */
const FULL_NAME = /\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/gu;

/** How much of a sentence is read for its subject: names open sentences. */
const READ = 300;

/** A role, then the name in apposition: "The town's mayor, Ellen Price, lost …". */
// (The role may be someone's by an office: "Mr. Merritt's lawyer, Janet Kuo, said …".)
const ROLE_THEN_NAME =
	/^(?:[Tt]he|[Aa]n?|(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}[\p{L}-]*['’]s)\s[^,]{1,40},\s+((?:\p{Lu}[\p{Ll}’'.-]+\s+){1,3}\p{Lu}[\p{Ll}’'-]+),/u;

/** A role of someone's or something's, then a lone name: "The circus's elephant, Rosie, was …". */
const OWNED_ROLE_THEN_NAME =
	/^(?:[Tt]he\s+)?(?:\p{L}+\s+)?\p{L}+['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+,\s+(\p{Lu}\p{Ll}+),\s+\p{Ll}/u;

/** A kin by a possessive, then the name in apposition: "Her husband, Tom,", "His wife of 40 years, Ann,". */
const KIN_THEN_NAME =
	/^(?:His|Her|Their|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{Ll}-]+\s+)?(?:wife|husband|widow|widower|son|daughter|brother|sister|father|mother|partner|fianc[eé]e?)(?:\s+of\s+\S+\s+years)?,\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}),/u;

/**
 * The person a sentence is about, by its opening name ("Attorney General Janet Reno said …" →
 * "Janet Reno") or the name right after an opening clause ("While …, Juanita Castro is …").
 */
export function personSubject(
	sentence: string,
	speakers?: Set<string>,
	named?: Set<string>
): string | null {
	// "But Reno said …": a conjunction opens the sentence, the subject follows.
	const text = sentence
		.slice(0, READ)
		.replace(/^[\s"“‘'`]+/, '')
		.replace(/^(?:but|and|yet|so)\s+(?=\p{Lu})/iu, '');
	const own = nameAt(text, speakers, named);
	if (own) return own;
	const quoted = quotedSpeaker(sentence.slice(0, READ).trimStart());
	if (quoted) return quoted;
	// "Her husband, Tom, ran the farm. He died in 2011": a kin by a possessive names the subject,
	// by a first name alone.
	const kin = KIN_THEN_NAME.exec(text)?.[1] ?? OWNED_ROLE_THEN_NAME.exec(text)?.[1];
	if (kin) return kin;
	// (Not a body's name after what it is: "The national weather service, Meteo Italia, said".)
	const role = describedBody(text) ? undefined : ROLE_THEN_NAME.exec(text)?.[1];
	if (role && !role.split(/\s+/).some((w) => NOT_PEOPLE.has(w.toLowerCase()))) return role;
	if (!SCENE.test(text)) return null;
	// The subject follows the opening, after whichever of its commas: "Born in Missoula, Mont.,
	// in 1934, Mr. Linden …".
	let comma = -1;
	for (let k = 0; k < SCENE_COMMAS; k++) {
		comma = text.indexOf(', ', comma + 1);
		if (comma < 0) return null;
		const name = nameAt(text.slice(comma + 2), speakers, named);
		if (name) return name;
	}
	return null;
}

/**
 * Surnames a story names with a first name ("with Jim Lovell, Jack Swigert and Fred Haise
 * aboard"): a lone "Lovell" opening a later sentence is that person. (A full name still needs
 * an office or a quotation to count as a person's: "Dow Jones" has a first name too.)
 */
export function namedOf(text: string): Set<string> {
	const named = new Set<string>();
	for (const [pair] of text.matchAll(FULL_NAME)) {
		const words = pair.split(' ');
		const lower = words.map((w) => w.toLowerCase());
		if (!lower.some((w) => NOT_PEOPLE.has(w) || HONORIFICS.has(w) || OPENERS.has(w)))
			named.add(words[1]!);
	}
	return named;
}

/** Surnames a story quotes: the word before "said", "says", "told" … */
export function speakersOf(text: string): Set<string> {
	const speakers = new Set<string>();
	// "Okafor said", and "Okafor, who trains in Barcelona, said".
	// (A number's comma is no end of the aside: "Lyle Brandvold, who farms 3,000 acres near Dodge
	// City, said".)
	for (const m of text.matchAll(
		/(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]+)(?:,\s+who\s(?:[^,.]|(?<=\d)[,.](?=\d)){1,60},)? (?:said|says|told|added|asked|wrote|testified)\b/gu
	))
		speakers.add(m[1]!);
	return speakers;
}

/** A name: two to four capitalised words, or one after an office ("Judge Marsh"). */
const PERSON_NAME = String.raw`(?:\p{Lu}[\p{L}’'.-]+\s+){0,3}\p{Lu}[\p{L}’'-]+`;
/**
 * The speaker of a sentence led by a quotation, named after it: "“We were told it was safe,”
 * said Maria Okafor", "“…,” Judge Helen Marsh said", "“…,” the victim's sister, Anna Ruiz,
 * told reporters". Whoever speaks is a person, so no office or earlier quotation is needed.
 */
const QUOTED_SPEAKER = new RegExp(
	String.raw`^(?:[^“”"]{1,300}?|[^']{1,300}?[,.!?])[,.!?]?\s*(?:''|”|"|’|')\s*,?\s+(?:(?:said|says|added|asked|told)\s+(${PERSON_NAME})|(${PERSON_NAME})\s+(?:said|says|added|asked|told)\b|the\s[^,]{1,40},\s+(${PERSON_NAME}),\s+(?:said|says|added|asked|told)\b)`,
	'u'
);
function quotedSpeaker(text: string): string | null {
	if (!/^(?:``|[“"‘'])/.test(text)) return null;
	const m = QUOTED_SPEAKER.exec(text.replace(/^(?:``|[“"‘'])/, ''));
	const name = (m?.[1] ?? m?.[2] ?? m?.[3])?.split(/\s+/);
	if (!name) return null;
	const lower = name.map((w) => w.toLowerCase().replace(/\.$/, ''));
	if (OPENERS.has(lower[0]!) || lower.some((w) => NOT_PEOPLE.has(w))) return null;
	const start = lower.findLastIndex((w) => HONORIFICS.has(w)) + 1;
	// A lone word needs an office before it: "said Monday" names no one.
	if (start === 0 && name.length < 2) return null;
	return start < name.length ? name.slice(start).join(' ') : null;
}

function nameAt(text: string, speakers?: Set<string>, named?: Set<string>): string | null {
	const words = text.split(/\s+/);
	const name: string[] = [];
	for (const raw of words) {
		const w = raw.replace(/,$/, '');
		if (!WORD.test(w) || /[’']s$/.test(w)) break;
		name.push(w);
		if (raw.endsWith(',')) break;
	}
	if (name.length === 0 || OPENERS.has(name[0]!.toLowerCase())) return null;
	const lower = name.map((w) => w.toLowerCase().replace(/\.$/, ''));
	if (isBody(name, named)) return null;
	const honorific = lower.some((w) => HONORIFICS.has(w));
	// A lone capitalised word is a person only after an office ("Gen. Schwarzkopf") or when the
	// story quotes it ("Okafor turned professional in 2020", after "… Okafor said").
	const bare = lower.filter((w) => !HONORIFICS.has(w));
	const surname = name[name.length - 1]!.replace(/\.$/, '');
	const quoted = name.length === 1 && (speakers?.has(surname) || named?.has(surname));
	if (bare.length === 0 || (!honorific && name.length < 2 && !quoted) || name.length > 5)
		return null;
	if (!honorific && speakers && !speakers.has(surname) && !quoted) return null;
	// The name without its office: "Janet Reno", "Schwarzkopf".
	const start = lower.findLastIndex((w) => HONORIFICS.has(w)) + 1;
	return name.slice(start).join(' ');
}

const PRONOUN = /^(He|She|His|Her)\b\s*/;
/** A person told by their age: "The 23-year-old", headline style "23-year-old". */
const AGED = /^((?:\d+|[A-Z][a-z]+(?:-[a-z]+)?)-year-old)\s+(?=\p{Ll})/u;

function anotherPerson(
	text: string,
	otherSex?: (name: string) => boolean,
	named?: Set<string>
): boolean {
	for (const { 0: pair, index } of text.matchAll(FULL_NAME)) {
		// (Someone the sentence tells is of the pronoun's other sex is no one it could be.)
		if (otherSex?.(pair)) continue;
		// A name after "of", "in" or "near" is a place's or a body's: "The mayor of Port Haven".
		// (…also after "the": "the treasurer of the Oak Hill school district".)
		if (
			/\b(?:of|in|at|from|near|to|for)\s+(?:the\s+)?$/i.test(
				text.slice(Math.max(0, index - 10), index)
			)
		)
			continue;
		// …and one after "born" is the person's own name at birth: "Mrs. Marsh was born Evelyn
		// Kowal in Cleveland".
		if (/\b(?:born|née|nee)\s+$/i.test(text.slice(Math.max(0, index - 6), index))) continue;
		const words = pair.toLowerCase().split(' ');
		if (!words.every((w) => HONORIFICS.has(w)) && !isBody(pair.split(' '), named)) return true;
	}
	return false;
}

/**
 * The title with a leading "He"/"She" (or "His"/"Her") replaced by the person the story last
 * opened a sentence with, looking back over `earlier` sentences, nearest first. Every name put
 * for a pronoun is one it can be (`canBe`), as `story`, the whole text when known, shows it.
 */
export function namePronoun(
	title: string,
	earlier: string[],
	speakers?: Set<string>,
	named?: Set<string>,
	own?: string,
	story?: string
): string {
	// A sentence that is all quotation is said by whoever the sentence before quoted: "“Two years
	// ago people laughed at us,” Marchetti said. “Tonight nobody is laughing.”" → "Marchetti:
	// ‘Nobody is laughing’".
	if (own && WHOLE_QUOTATION.test(own) && earlier[0] && !title.includes(':')) {
		const lone = LONE_SPEAKER.exec(earlier[0].trim());
		const role = lone?.[2] ? `${lone[2].charAt(0).toUpperCase()}${lone[2].slice(1)}` : undefined;
		const who = quotedSpeaker(earlier[0].trimStart()) ?? lone?.[1] ?? role;
		if (who) return `${who}: ‘${title.replace(/[.!?,]+$/, '')}’`;
	}
	// (A wire story's dateline is no part of its first sentence's subject: "GENOA, Italy — The
	// national weather service, Meteo Italia, said …".)
	earlier = earlier.map((sentence) => sentence.replace(DATELINE, ''));
	title = nameNumber(title, earlier[0]);
	const born = own ? nameBornPronoun(title, own, story) : null;
	if (born) return born;
	const opening = /^(He|She)\s/.exec(title)?.[1] as 'He' | 'She' | undefined;
	// (A saying of someone else just before: no one is guessed at.)
	const unsure = !!own && !!opening && afterOthersSaying(opening, own, earlier, story);
	const pair = own ? nameJoinedThey(title, own, earlier, peopleOf(named, speakers), story) : null;
	if (pair) return pair;
	const thing = selfMade(
		title,
		namedIfCanBe(
			title,
			nameThingBack(title, earlier, speakers, named, own),
			[own ?? '', ...earlier],
			story,
			peopleOf(named, speakers)
		)
	);
	// (An object "it" named, its subject "he" or "she" is named as any: "She bought company back".)
	const viaThing = thing !== title || /^(?:Its?|They|Their)\s/.test(title);
	const name = (slot: Slot, label: string) =>
		namePerson(slot, label, earlier, speakers, named, own, story);
	// "He said: ‘…’" with its speaker named reads as a named quotation: "Carla Diaz: ‘…’".
	const said = /^(?:He|She) said: ‘/.test(title);
	let person = thing;
	if ((!viaThing || /^(?:He|She)\s/.test(thing)) && !unsure)
		person = name(SAID, name(SUBJECT, person));
	person = name(OBJECT, name(INNER, person));
	// A pronoun still opening the title is named by salience and agreement, if it can be surely.
	if (own && !said && !unsure)
		person = nameOpeningPronoun(person, own, earlier, peopleOf(named, speakers), story);
	// …and so is one inside it: an object, a partitive's "them", a possessive.
	if (own) person = nameInnerPronouns(person, own, earlier, peopleOf(named, speakers), story);
	// A description standing for a name is named as a pronoun is: "The Austin-based chipmaker cut
	// 300 jobs" → "Cirrus Logic cut 300 jobs".
	if (own) person = nameDescription(person, own, earlier, story);
	// …and so is one an "It" was named by, written in the sentence before: "The company wants to
	// sell the pill in Europe. It plans to test it in children" → "Alder plans …".
	if (own && earlier[0] && /^It\s/.test(title) && !/^It\s/.test(person))
		person = nameDescription(person, earlier[0], earlier.slice(1), story);
	return said && !/^(?:He|She)\s/.test(person) ? person.replace(/^(.+?) said: ‘/, '$1: ‘') : person;
}

/**
 * Those who found or form a body are not that body: "They formed the band in 2008" after "The
 * Hollow Pines will play their last concert" is not "Hollow Pines formed band". A "They" named so
 * keeps its pronoun. (Not "It": a company may found a company.)
 */
const FOUNDING_VERBS = ['founded', 'co-founded', 'formed', 'started', 'established', 'set\\s+up'];
const FOUNDED_BODIES =
	`band group company firm club party charity business orchestra choir team trio
	quartet duo label studio practice society league`.split(/\s+/);
const FOUNDING = new RegExp(
	`^They\\s+(?:\\S+\\s+){0,2}?(?:${FOUNDING_VERBS.join('|')})\\s+(?:(?:the|a|an|their)\\s+)?(?:${FOUNDED_BODIES.join('|')})\\b`
);

function selfMade(title: string, named: string): string {
	return named !== title && FOUNDING.test(title) ? title : named;
}

/** The surnames the story tells as people's: named with a first name, or quoted. */
const peopleOf = (named?: Set<string>, speakers?: Set<string>) =>
	new Set([...(named ?? []), ...(speakers ?? [])]);

/**
 * A quotation's speaker named by a surname or a role after it: "“…,” Marchetti said.", "“…,”
 * the mayor said on Monday."
 */
const LONE_SPEAKER =
	/^(?:``|[“"]).*(?:''|[”"])\s*,?\s+(?:(\p{Lu}\p{Ll}+)|the\s+(\p{Ll}+(?:\s+\p{Ll}+)?))\s+(?:said|says|added)\b[^“”"]*$/u;
const WHOLE_QUOTATION = /^\s*(?:``|[“"])[^“”"]+(?:''|[”"])\s*$/;

/** An object pronoun: "him", and "her" where no noun follows it ("convicted her after …"). */
const OBJECT_PRONOUN =
	/\s(?:(him)|(her))(?=$|[,;]|\s+(?:to|for|with|in|on|at|as|of|after|before|and|but)\b)/;
/** A pronoun found in a label: what stands around it, and what it says of its person. */
interface Found {
	/** The label before and after the pronoun, so that `before + person + after` names it. */
	before: string;
	after: string;
	female: boolean;
	/** "His" and "Her" before a noun: the name takes "’s". */
	possessive: boolean;
	/** An age standing for the person ("The 23-year-old"), which tells nothing of sex. */
	aged: boolean;
}

/** What finding the person in the pronoun's own sentence gives: a name, nothing, or "leave it". */
type OwnSentence = (
	own: string,
	title: string,
	found: Found,
	pronoun: string,
	speakers?: Set<string>,
	named?: Set<string>
) => string | null | false;

/**
 * Where a pronoun stands in a label and how its person is found: one engine (`namePerson`), one
 * row for each place. The steps are the same (its own sentence, the sentence before, the
 * subjects of earlier sentences); the rows differ in what the pronoun's own sentence does and
 * whether the sentence before names the person first.
 */
interface Slot {
	find: (title: string) => { found: Found; pronoun: string } | null;
	ownSentence: OwnSentence;
	/** Whether the one person the sentence before names is who it is, before any subject. */
	namedBefore: boolean;
	example: string;
}

/**
 * A pronoun inside its sentence is most often someone that sentence named before it: "She is
 * the third minister to leave Mr. Pryce's government since he took office" → "Pryce". Two people
 * it could be: a guess from an earlier sentence would be no better.
 */
const namesInOwn: OwnSentence = (own, title, found, pronoun, speakers, named) => {
	const before = beforePronoun(own, title, pronoun);
	if (!before) return null;
	const people = peopleIn(before, speakers, named).filter(
		(p) => p.sex !== (found.female ? 'male' : 'female')
	);
	const sure = people.filter((p) => p.sex === (found.female ? 'female' : 'male'));
	const one =
		new Set(people.map((p) => p.name)).size === 1 ? people[0] : sure.length === 1 ? sure[0] : null;
	if (one) return one.name;
	return people.length > 1 ? false : null;
};

/**
 * A name in its own sentence before the pronoun, besides the title's subject, may be who it is:
 * "In Sunday's debate against Vacco, Spitzer attacked him" is left as it is.
 */
const leftByOwn: OwnSentence = (own, title) => {
	const at = own.search(/\b(?:him|her)\b/);
	// (The subject's whole name is no one else: "The judge, Carmen Ortiz, ordered him …".)
	const subject = new Set(
		/^(?:\p{Lu}[\p{L}’'.-]*\s+)+/u.exec(title)?.[0].trim().split(/\s+/) ?? []
	);
	const names = (
		own.slice(1, at < 0 ? undefined : at).match(/\b\p{Lu}[\p{Ll}’'-]+/gu) ?? []
	).filter((w) => !subject.has(w) && !OPENERS.has(w.toLowerCase()));
	return names.length ? false : null;
};

/** The subject: "He", "She", "His", "Her" opening the label, or an age ("The 23-year-old"). */
const SUBJECT: Slot = {
	find: (title) => {
		const m = PRONOUN.exec(title) ?? AGED.exec(title);
		if (!m) return null;
		const word = m[1]!;
		return {
			pronoun: word,
			found: {
				before: '',
				after: ` ${title.slice(m[0].length)}`,
				female: word === 'She' || word === 'Her',
				possessive: word === 'His' || word === 'Her',
				aged: !/^(?:He|She|His|Her)$/.test(word)
			}
		};
	},
	ownSentence: namesInOwn,
	namedBefore: false,
	example: 'Luka Petrov scored 30 points. He broke his wrist → Luka Petrov broke his wrist'
};

/**
 * What was said: a "he" or "she" right after a speaker it cannot be ("Prosecutors said she began
 * writing checks", `mayBeSpeaker`) is someone the story told before.
 */
const SAID: Slot = {
	find: (title) => {
		const m = /^(.+?\s(?:said|says)\s+(?:that\s+)?)(he|she)\s/.exec(title);
		if (!m || mayBeSpeaker(m[1]!.replace(/\s(?:said|says)\s+(?:that\s+)?$/, ''), m[2]!))
			return null;
		return {
			pronoun: m[2]!,
			found: {
				before: m[1]!,
				after: ` ${title.slice(m[0].length)}`,
				female: m[2] === 'she',
				possessive: false,
				aged: false
			}
		};
	},
	ownSentence: namesInOwn,
	namedBefore: false,
	example:
		'Linda Marsh was treasurer. Prosecutors said she began writing checks → Prosecutors said Linda Marsh began writing checks'
};

/**
 * A possessive inside the label, when its subject is no one it could be (a group, a body, a
 * thing): "They searched his farm" → "Detectives searched Martin Keane’s farm"; "Club extended
 * her contract". ("Pike scored his first goal" stays: "his" is Pike's.)
 */
const INNER: Slot = {
	find: (title) => {
		const m =
			/\s(his|her)\s+(?!(?:to|for|with|in|on|at|as|of|after|before|and|but|own|its|the|a|an|their|his|her)\b)(?=\p{Ll})/u.exec(
				title
			);
		if (!m || !NO_ONES_SUBJECT.test(title)) return null;
		return {
			pronoun: m[1]!,
			found: {
				before: `${title.slice(0, m.index)} `,
				after: ` ${title.slice(m.index + m[0].length)}`,
				female: m[1] === 'her',
				possessive: true,
				aged: false
			}
		};
	},
	ownSentence: leftByOwn,
	namedBefore: true,
	example:
		'Martin Keane was questioned. They searched his farm → Detectives searched Martin Keane’s farm'
};

/**
 * A label's subject that is no person a "his" or "her" could be: a plural ("Detectives",
 * "Police officers"), a body or a thing ("Club", "School board").
 */
const NO_ONES = new Set(
	`they it police detectives officials prosecutors investigators authorities agents officers
	voters residents workers regulators lawmakers fans doctors firefighters researchers scientists
	engineers crews troops soldiers students parents neighbors jurors club team school board
	council city county state company court agency museum university hospital church government
	department committee commission jury panel league union bank firm group district nurses
	teachers protesters demonstrators members drivers pilots miners farmers families relatives
	survivors victims witnesses activists critics supporters shareholders employees staff players
	delegates patients passengers`.split(/\s+/)
);
const NO_ONES_SUBJECT = {
	test: (title: string) => {
		const words = title.split(' ');
		const head = words[1] && /^\p{Lu}/u.test(words[0]!) && /^\p{Ll}/u.test(words[1]) ? 0 : 1;
		// ("Police officers searched", "School board voted": the head may be the second word.)
		return [words[0], head ? words[1] : undefined].some(
			(w) => !!w && NO_ONES.has(w.toLowerCase()) && (w === words[0] || /^\p{Ll}/u.test(w))
		);
	}
};

/** The object: "him", and "her" where no noun follows it ("convicted her after …"). */
const OBJECT: Slot = {
	find: (title) => {
		const m = OBJECT_PRONOUN.exec(title);
		if (!m) return null;
		return {
			pronoun: m[1] ?? m[2]!,
			found: {
				before: `${title.slice(0, m.index)} `,
				after: title.slice(m.index + m[0].length),
				female: !m[1],
				possessive: false,
				aged: false
			}
		};
	},
	ownSentence: leftByOwn,
	namedBefore: true,
	example: 'A jury convicted Gerald Voss. A judge sentenced him → Judge sentenced Gerald Voss'
};

/**
 * The label with the pronoun of `slot` named: by its own sentence, by the one person the
 * sentence before names (for an object), else by the person a subject search of earlier
 * sentences finds. The title's own subject is never its object ("Voss asked judge to spare
 * him" stays).
 */
function namePerson(
	slot: Slot,
	title: string,
	earlier: string[],
	speakers?: Set<string>,
	named?: Set<string>,
	own?: string,
	story?: string
): string {
	const hit = slot.find(title);
	if (!hit) return title;
	const { found } = hit;
	const after = found.after;
	// (Not someone of no sex known when the story names someone else of the pronoun's: "Elena
	// Vasquez died …. Dr. Reyes said she was brilliant. She was elected" keeps its "She".)
	const put = (found_: string | null | undefined) => {
		// (Only where the title names the other one too: "Roberts married Emrys Roberts".)
		const person =
			found_ && new RegExp(`\\b${found_}\\b`).test(after)
				? wholeIfShared(found_, [own ?? '', ...earlier])
				: found_;
		return putPerson(person);
	};
	const putPerson = (person: string | null | undefined) =>
		person &&
		!title.startsWith(person) &&
		(found.aged ||
			(!doubtful(person, found.female, [own ?? '', ...earlier], told) &&
				canBe(hit.pronoun, person, [own ?? '', ...earlier], story, peopleOf(named, speakers))))
			? `${found.before}${person}${found.possessive ? '’s' : ''}${after}`
			: title;
	if (own && !found.aged) {
		const person = slot.ownSentence(own, title, found, hit.pronoun, speakers, named);
		if (person === false) return title;
		if (person) return put(person);
	}
	// (A quotation before that speaks of a "she" is someone speaking of her, not her: "“She
	// didn't care who was first,” Dr. Reyes said. She was elected …".)
	if (slot.namedBefore && earlier[0] && !quotesOf(earlier[0], found.female)) {
		// (A name of clean capitalised words, none a time's: "Election Day.''" is no one.)
		const people = peopleIn(earlier[0], speakers, named).filter(
			(p) =>
				p.sex !== (found.female ? 'male' : 'female') &&
				/^(?:\p{Lu}[\p{Ll}’'-]+\.?\s?){1,4}$/u.test(p.name) &&
				!/\b(?:Day|Eve|Week|Year|Night|Morning|Month)\b/.test(p.name)
		);
		const names = new Set(people.map((p) => p.name));
		if (names.size > 1) return title;
		if (names.size === 1) return put(people[0]!.name);
	}
	return put(subjectOfEarlier(earlier, found, speakers, named));
}

/**
 * A lone surname the story gives two people ("Nia Roberts … married Emrys Roberts in 1964") as
 * the full name it stood for where the story first told it, for a title that names the other
 * too: "Roberts married Emrys Roberts" tells no reader who married whom. Else the name as it was.
 */
function wholeIfShared(person: string, sentences: string[]): string {
	if (/\s/.test(person) || !/^\p{Lu}\p{Ll}+$/u.test(person)) return person;
	const full = new RegExp(`\\b\\p{Lu}[\\p{L}’'-]*\\p{Ll}\\s+${person}(?![\\p{L}’'-])`, 'gu');
	const names: string[] = [];
	for (const sentence of sentences.toReversed())
		for (const m of sentence.matchAll(full))
			if (!OPENERS.has(m[0].split(/\s+/)[0]!.toLowerCase()) && !names.includes(m[0]))
				names.push(m[0]);
	return names.length > 1 ? names[0]! : person;
}

/** Whether a sentence's quotation speaks of a "she" (`female`) or a "he". */
function quotesOf(sentence: string, female: boolean): boolean {
	const pronoun = female ? /\b(?:she|her)\b/i : /\b(?:he|him|his)\b/i;
	return [...sentence.matchAll(/[“"]([^”"]+)[”"]/g)].some((m) => pronoun.test(m[1]!));
}

/**
 * "It" and "Its" named by a thing (`nameThing` in things.ts). A person is never "it": after a
 * sentence about someone, "it" is what the one before was about ("The museum opened in 1911.
 * Edith Harlow left it her house. Expanded in 1964, it added a wing" → "Museum expanded").
 */
function nameThingBack(
	title: string,
	earlier: string[],
	speakers?: Set<string>,
	named?: Set<string>,
	own?: string
): string {
	const measure = nameMeasure(title, earlier);
	if (measure) return measure;
	// An "It" after a sentence whose subject acted on "it" goes on about that "it", not that
	// subject: "The city bought it in 1979. It reopened as apartments" is the mill the story is
	// about, not the city.
	if (
		/^Its?\s/.test(title) &&
		earlier[0] &&
		!/^\s*(?:it|its)\s/i.test(earlier[0]) &&
		actsOnIt(earlier[0])
	) {
		const topic = topicThing(earlier);
		if (topic) return putThing(title, topic);
	}
	// …and so is a second clause's "its" after a first clause that acted on "it": "The council
	// passed it in June, and its first payments came due in October" → "Tax’s first payments".
	if (/^Its?\s/.test(title) && own && SECOND_CLAUSE.test(own)) {
		const first = own.slice(0, own.search(SECOND_CLAUSE));
		const topic = actsOnIt(first) ? topicThing([first, ...earlier]) : null;
		if (topic) return putThing(title, topic);
	}
	const thing = nameThing(title, earlier[0], own, peopleNamed(earlier, named, own));
	// An object "it" after a sentence that names no thing is what the one before acted on:
	// "Margaret Ellison founded the company in 1962. Her partner, Robert Kane, left in 1970. She
	// bought it back in 1975" → "… bought company back".
	const object = OBJECT_IT.exec(thing);
	// …and one the story has called "it" just before is what it goes on about: "It employed 2,000
	// weavers. A strike in 1922 closed it" → "Strike closed Calloway Mill".
	if (thing === title && object && !/^It\s/.test(title) && own) {
		const topic =
			/\b(?:it|its)\b/i.test(earlier[0] ?? '') || /\b(?:it|its)\b.*\bit\b/i.test(own)
				? topicThing([own, ...earlier])
				: null;
		if (topic)
			return nameThing(
				`${object[1]} ${topic}${title.slice(object[0].length)}`,
				earlier[0],
				own,
				peopleNamed(earlier, named, own)
			);
	}
	if (thing === title && object && !/^It\s/.test(title) && earlier[0] && earlier[1]) {
		const between = earlier[0];
		const back =
			/\b(?:it|its|they|them)\b/i.test(between) || objectThing(between) || thingNamedIn(between)
				? null
				: objectThing(earlier[1]);
		if (back) return `${object[1]} ${back}${title.slice(object[0].length)}`;
	}
	// A "They" after a sentence about someone is the group the sentence before that was about:
	// "Detectives reopened the case in 2019. Martin Keane had been questioned in 1988. They
	// searched his farm" → "Detectives searched …".
	if (thing === title && /^(?:They|Their)\s/.test(title) && earlier[1]) {
		if (!PRONOUN_OPENS.test(earlier[0]!) && opensWithPerson(earlier[0]!, speakers, named)) {
			const group = nameThing(title, earlier[1]);
			if (group !== title) return group;
		}
	}
	if (thing !== title || !/^Its?\s/.test(title)) return thing;
	// (An "it" opening a second clause of its own sentence stands for something that sentence
	// names, never for an earlier one's subject: "Marlow Seafood, a rival, said … that its profit
	// fell, and it expects sales to recover" was "Company expects …", a company told before.)
	if (own && SECOND_CLAUSE.test(own) && !PRONOUN_OPENS.test(own)) return title;
	// Back over sentences that go on about the same thing ("It went public in 1994 …. Its shares
	// fell") and about a person, whose sentence may name the thing by "the" ("His son, Peter,
	// took over and built the chain into a national brand. It went public" → "Chain went public").
	for (const [k, sentence] of earlier.slice(0, 3).entries()) {
		if (PRONOUN_OPENS.test(sentence)) continue;
		if (!opensWithPerson(sentence, speakers, named)) return k ? nameThing(title, sentence) : title;
		const object = thingNamedIn(sentence);
		if (object) return putThing(title, object);
	}
	return title;
}

/**
 * The lone names the story tells as people's: a surname it gives a first name ("Sam Okoro" makes
 * "Okoro") or an office ("Ms. Brandt"); and, as people too, capitalised words it never writes
 * inside a sentence, which are no names at all ("Workers said …" opens with a common noun).
 */
function peopleNamed(
	earlier: string[],
	named?: Set<string>,
	own?: string
): (name: string) => boolean {
	const people = new Set(named);
	const inside = new Set<string>();
	for (const sentence of [own ?? '', ...earlier]) {
		for (const m of sentence.matchAll(/\b(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+(\p{Lu}[\p{L}’'-]+)/gu))
			people.add(m[1]!);
		for (const m of sentence.trimStart().matchAll(/(?<=\s)\p{Lu}[\p{L}’'-]+/gu)) inside.add(m[0]);
	}
	return (name) => people.has(name) || !inside.has(name);
}

/** A sentence that opens with "it", "its", "they" or "their", after a scene if any. */
const PRONOUN_OPENS = new RegExp(String.raw`^\s*${PRONOUN_SCENE}(?:it|its|they|their)\s`, 'iu');

/** Nouns that tell a person by a role: "an accountant", "the woman", "a police officer". */
const ROLE_SUBJECT =
	/^(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:accountant|bookkeeper|lawyer|attorney|judge|officer|woman|man|girl|boy|teacher|nurse|doctor|worker|employee|resident|witness|spokesman|spokeswoman|official|director|manager|engineer|pilot|driver|student|mother|father|victim|suspect|gunman|farmer|clerk|guard|coach|player|priest|pastor|scientist|researcher|volunteer|neighbor|neighbour|reporter|analyst|executive|founder|owner|teenager|soldier|detective|deputy|sheriff)\b/u;

/** A sentence after its scene-setting opening: "In the spring of 2021, an accountant …". */
function afterScene(sentence: string): string {
	if (!SCENE.test(sentence)) return sentence;
	const comma = sentence.indexOf(', ');
	return comma < 0 ? sentence : sentence.slice(comma + 2);
}

/** An object pronoun of a verb: "ordered him to repay", "convicted her after …". */
const OBJECT_HIM = /\b\p{Ll}+\s+him\b/u;
const OBJECT_HER = /\b\p{Ll}+\s+her(?=\s+(?:to|for|with|in|on|at|as|and|after|before)\b|[,.;]|$)/u;

/**
 * The person a "he" or "she" most likely is, from the subjects of `earlier` sentences, nearest
 * first; null when none is sound.
 */
function subjectOfEarlier(
	earlier: string[],
	found: Found,
	speakers?: Set<string>,
	named?: Set<string>
): string | null {
	const { female, aged } = found;
	// Sentences that go on about the same "she" ("Maria Lopez won the race in 2019. She broke the
	// course record in 2021. She retired in 2024.") keep the name before them right before.
	const same = female ? /^She\s/ : /^He\s/;
	let run = 0;
	while (run < earlier.length && same.test(earlier[run]!.trimStart())) run++;
	// A story goes on about its person with pronouns: sentences that say "he" (or "his", "him")
	// carry the search back through them, and only so many that do not are read (REACH).
	const chain = female ? /\b(?:she|her|hers)\b/i : /\b(?:he|his|him)\b/i;
	let gaps = 0;
	for (const [k, sentence] of earlier.entries()) {
		if (!chain.test(sentence) && ++gaps > REACH) return null;
		// "He married Helen Carver, a painter. She died in 2012.": after a sentence about "him",
		// "she" is the one other person it names.
		// (…and so after sentences about no one: "He married the actress Ann Roe in 1962. The couple
		// had two sons. She died in 2015" → Ann Roe, never a woman quoted paragraphs before.)
		if (!aged && (k === 0 || aboutNoOne(earlier.slice(0, k), female))) {
			const other = otherPerson(sentence, female);
			if (other) return other;
		}
		// A marriage to someone of the pronoun's sex that cannot be reached surely ends the search:
		// a wrong name is worse than the pronoun.
		if (!aged && k > 0 && otherPerson(sentence, female)) return null;
		// (The speaker of a quotation about a "she" is not she: the search goes on past it.)
		if (quotesOf(sentence, female)) continue;
		// (Nor is a kin of hers who tells of her: "Her daughter, Susan Whitcomb, said the cause was
		// pneumonia. … she studied chemistry" goes on about the one who died. A kin of the other sex
		// may be the one: "Her husband, Tom, said … He …".)
		if (!aged && (female ? OWN_KIN_SAYS.her : OWN_KIN_SAYS.his).test(sentence.trimStart()))
			continue;
		const person = personSubject(sentence, speakers, named);
		// (Nor is one who tells of someone else of that sex: "Frost later wrote that Mr. Atherley
		// could frighten a room. He married …" goes on about Atherley. A "he said" goes on with
		// the speaker.)
		if (
			person &&
			!aged &&
			!SAYS.test(found.after) &&
			speakerOfAnother(sentence, female ? 'female' : 'male')?.includes(person)
		)
			continue;
		// "An accountant at a Florida firm noticed …. She reported it": a person told by a role,
		// whom no name stands for; the search ends there, "she" unnamed.
		if (!person && ROLE_SUBJECT.test(afterScene(sentence.trimStart()))) return null;
		// "Eric Rudolph has been on the run …. He also is charged …": a full name that opens the
		// sentence before is most likely who "he" is, person or not: the search ends there, and
		// names it when it opens the sentence right before and no one else is named there ("Luka
		// Petrov scored 30 points. He broke his wrist …" → "Luka Petrov broke his wrist").
		// (Not one an earlier marriage tells is of the other sex: "She married Frank Marsh …. Frank
		// Marsh died in 1994. She ran the diner alone": the search goes on.)
		const opening = /^\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+/u.exec(sentence.trimStart())?.[0];
		const sexOf = opening ? marriedSex(earlier, opening) : null;
		if (!person && sexOf && (sexOf === 'female') !== female) continue;
		// (…and further back when every sentence since goes on about "him" and names no one else
		// who could be he: "Viktor Halden ran a shipping firm until 1981. That year the police
		// searched his office, and he fled to London. He opened a restaurant there" → Viktor Halden.)
		// (A body's name that opens the sentence, "Osei Freight grew to 200 trucks", is about no
		// one: the search goes on past it.)
		if (
			!person &&
			UNCONFIRMED_NAME.test(sentence.trimStart()) &&
			!(opening && isBody(opening.split(' '), named))
		)
			return (k <= run ||
				carriedThrough(earlier.slice(0, k), female) ||
				quietBetween(earlier.slice(0, k), named)) &&
				!aged
				? unconfirmedPerson(sentence.trimStart(), female, earlier, named)
				: null;
		// "Police questioned a night guard, Edward Pike, in 1979. He died in 2004"; "The men's race
		// was won by Daniel Mutai. He had dropped out last year": a sentence whose subject is no
		// person and that names one person is about that person.
		if (!person && !aged && (k === 0 || carriedThrough(earlier.slice(0, k), female))) {
			const one = onePersonNamed(sentence, female, speakers, named);
			if (one) return one;
		}
		if (!person) continue;
		// "Mr. Linden" is no "she", "Ms. Varga" no "he": the search goes on to someone the
		// text does not say is of the other sex (a first name says nothing of it).
		// (A first name the story gives the person decides before a pronoun beside the name: "Webb
		// said she had been slowed" tells of someone else when Webb is Marcus Webb.)
		const sex =
			givenSexOf(person, earlier) ??
			ageLineSex(person, earlier.toReversed().join(' ')) ??
			statedSex(sentence, person) ??
			marriedSex(earlier, person);
		if (sex && !aged && (sex === 'female') !== female) continue;
		// "Judge Maria Esposito also ordered him to repay $31 million. … That spring he started
		// paying …": the "him" someone acted on is the one in view, not that someone; the search
		// goes on to who he is.
		if (!aged && (female ? OBJECT_HER : OBJECT_HIM).test(sentence.slice(sentence.indexOf(person))))
			continue;
		// "Kamala Harris met Joe Biden. He …": either could be meant.
		const otherSex = (name: string) =>
			!aged && statedSex(sentence, name) === (female ? 'male' : 'female');
		if (
			anotherPerson(sentence.slice(0, READ).replace(person, ''), otherSex, surnameOf(person, named))
		)
			return null;
		return person;
	}
	return null;
}

/** A title's verb of saying after its subject: "He added that …". */
const SAYS = /^\s*(?:said|says|added|adds|told|tells|wrote|writes|recalled|noted)\b/;

/**
 * The sex a first name tells of `person` ("Marcus Webb"), or of a lone surname: by "Mr." or "Ms."
 * before it, else by the one full name the story gives it ("Webb" after "Marcus Webb"). Null when
 * the story gives that surname to two people ("Walter “Sticks” Fenwick", "His daughter, Joyce
 * Fenwick"), titles of both sexes, or no first name the table knows.
 */
function givenSexOf(person: string, sentences: string[]): 'female' | 'male' | null {
	if (/\s/.test(person)) return givenNameSex(person);
	const surname = person.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const titled = new Set<'female' | 'male'>();
	const full = new Set<string>();
	const after = `\\s+${surname}(?![\\p{L}’'-])`;
	for (const sentence of sentences) {
		for (const [, title] of sentence.matchAll(new RegExp(`\\b(Mr|Mrs|Ms|Miss)\\.?${after}`, 'gu')))
			titled.add(title === 'Mr' ? 'male' : 'female');
		// (A nickname or an initial may stand between: "Walter “Sticks” Fenwick", "John F. Kerr".)
		const names = new RegExp(
			`\\b\\p{Lu}\\p{Ll}+(?:\\s+[“"][^”"]{1,20}[”"])?(?:\\s+\\p{Lu}\\.)?${after}`,
			'gu'
		);
		for (const { 0: name, index } of sentence.matchAll(names)) {
			const first = name.split(/\s+/)[0]!;
			// (Not a kin or a spouse who shares the surname: "She married the painter Walter Ellery";
			// "His daughter, Joyce Fenwick".)
			if (KIN_BEFORE.test(sentence.slice(Math.max(0, index - 40), index))) continue;
			if (!OPENERS.has(first.toLowerCase())) full.add(first);
		}
	}
	if (titled.size) return titled.size === 1 ? [...titled][0]! : null;
	return full.size === 1 ? givenNameSex(`${[...full][0]} ${person}`) : null;
}

/** Words before a name that make it someone's kin or spouse: "married the painter", "daughter,". */
const KIN_BEFORE =
	/\b(?:married|wed|wife|husband|widow|widower|son|daughter|brother|sister|father|mother|grandson|granddaughter|nephew|niece|cousin)\b(?:\s+of\s+\S+\s+years)?,?\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+)?$/u;

/** A role by a possessive pronoun, opening a sentence before its name: "Her brother, ". */
const OWN_ROLE = /^\s*(?:His|Her|Their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+$/u;

/**
 * Whether `sentences` all go on about one "he" (or "she") and name no one else of that sex: a
 * name told before them is still the one in view.
 */
function carriedThrough(sentences: string[], female: boolean): boolean {
	const chain = female ? /\b(?:she|her|hers)\b/i : /\b(?:he|his|him)\b/i;
	// (A sentence about no one may stand between: "She opened a clinic. It treated farmworkers
	// for free. She died in 2001.")
	const other = female ? /\b(?:he|his|him)\b/i : /\b(?:she|her|hers)\b/i;
	return (
		sentences.some((sentence) => chain.test(sentence)) &&
		sentences.every(
			(sentence) =>
				(chain.test(sentence) || !other.test(sentence)) &&
				!anotherPerson(
					sentence.slice(0, READ),
					(name) => statedSex(sentence, name) === (female ? 'male' : 'female')
				)
		)
	);
}

/**
 * Whether `sentences` name no one and say no pronoun of the sex asked ("The couple had two
 * sons."): a spouse named before them is still the nearest "she" or "he".
 */
function aboutNoOne(sentences: string[], female: boolean): boolean {
	const chain = female ? /\b(?:she|her|hers)\b/i : /\b(?:he|his|him)\b/i;
	return sentences.every(
		(sentence) => !chain.test(sentence) && !anotherPerson(sentence.slice(0, READ))
	);
}

/**
 * Whether the one sentence between a name and its "he" or "she" is about no one: no pronoun of a
 * person, no person named ("Ama Osei founded Osei Freight in 1998. The company grew quickly. She
 * stepped down in 2019" → Ama Osei).
 */
function quietBetween(sentences: string[], named?: Set<string>): boolean {
	return (
		sentences.length === 1 &&
		!/\b(?:he|she|his|her|him|hers)\b/i.test(sentences[0]!) &&
		!anotherPerson(sentences[0]!.slice(0, READ), undefined, named)
	);
}

/** The one person `sentence` names, of no other sex than the pronoun's; else null. */
function onePersonNamed(
	sentence: string,
	female: boolean,
	speakers?: Set<string>,
	named?: Set<string>
): string | null {
	const people = peopleIn(sentence.slice(0, READ), speakers, named);
	const names = new Set(people.map((p) => p.name));
	if (names.size !== 1) return null;
	const person = people[0]!;
	if (person.sex && (person.sex === 'female') !== female) return null;
	// ("In 1979 she married the conductor Per Holm": a sentence about "her" is not about him.)
	// (But a role of theirs that opens the sentence names its subject: "Her brother, Tom Brooks,
	// was convicted in 2019. He fled …" is about him.)
	const at = sentence.indexOf(person.name);
	const before = sentence.slice(0, at).replace(OWN_ROLE, '');
	if (at < 0 || /\b(?:he|she|his|her)\b/i.test(before)) return null;
	return /^(?:\p{Lu}[\p{Ll}’'-]+\.?\s?){1,4}$/u.test(person.name) ? person.name : null;
}

/** Whether a sentence opens with a person: a "he" or "she", or a name a person's would be. */
function opensWithPerson(sentence: string, speakers?: Set<string>, named?: Set<string>): boolean {
	const text = sentence.trimStart();
	// (Its name's aside aside: "Edith Harlow, who died in 1932, left …".)
	const bare = text.replace(/,\s[^,]{1,80},/, '');
	return (
		/^(?:He|She|His|Her)\s/.test(text) ||
		!!personSubject(text, speakers, named) ||
		(UNCONFIRMED_NAME.test(bare) &&
			!!(unconfirmedPerson(bare, false) ?? unconfirmedPerson(bare, true)))
	);
}

/**
 * The words of `sentence` before the pronoun that opens `title` ("he took office" in "… to leave
 * Mr. Pryce's government since he took office"), or null when the pronoun opens the sentence
 * (or only a scene-setting phrase goes before it), where it names someone told before.
 */
function beforePronoun(sentence: string, title: string, pronoun: string): string | null {
	const next = title.slice(pronoun.length).trim().split(/\s+/)[0];
	if (!next) return null;
	const escaped = next.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const m = new RegExp(`\\b${pronoun}\\s+(?:\\p{Ll}+\\s+){0,2}?${escaped}(?![\\p{L}])`, 'iu').exec(
		sentence
	);
	if (!m || m.index === 0) return null;
	return sentence.slice(0, m.index);
}

/** A run of capitalised words, with a possessive's "’s" after it: "Mr. Pryce's". */
const CAPITALISED_RUN = /\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,4}/gu;

/**
 * The people `text` names, each with the sex a word beside the name states ("Mr. Pryce",
 * "Ms. Carrow", "the victim's sister, Anna Ruiz"), or null where it states none. A name counts
 * as a person's as for a sentence's subject: an office, two names, or a surname the story
 * quotes or gave a first name.
 */
function peopleIn(
	text: string,
	speakers?: Set<string>,
	named?: Set<string>
): { name: string; sex: 'female' | 'male' | null }[] {
	const people: { name: string; sex: 'female' | 'male' | null }[] = [];
	for (const run of text.matchAll(CAPITALISED_RUN)) {
		const words = run[0]
			.replace(/['’]s$/, '')
			.replace(/[.,]$/, (dot) =>
				run[0].endsWith('.') && /\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St)\.$/.test(run[0]) ? dot : ''
			)
			.split(/\s+/);
		// (A name one was born with is no one else's: "Born Ruth Ann Sokol in Erie, she …" is she.)
		if (/^born$/i.test(words[0]!) || /\bborn\s+$/i.test(text.slice(0, run.index))) continue;
		let at = run.index;
		while (
			words.length &&
			OPENERS.has(words[0]!.toLowerCase()) &&
			!(words.length > 1 && monthAsName(text, at, words[0]!.toLowerCase()))
		)
			at += words.shift()!.length + 1;
		const lower = words.map((w) => w.toLowerCase().replace(/\.$/, ''));
		if (words.length === 0 || isBody(words, named)) continue;
		const office = lower.findLastIndex((w) => HONORIFICS.has(w) || SEX_OF.has(w));
		const name = words.slice(office + 1);
		if (name.length === 0 || name.length > 4) continue;
		const surname = name[name.length - 1]!;
		const person = office >= 0 || name.length >= 2 || speakers?.has(surname) || named?.has(surname);
		if (!person) continue;
		const stated = lower.slice(0, office + 1).find((w) => SEX_OF.has(w));
		const sex = stated ? (SEX_OF.get(stated) ? 'female' : 'male') : statedSex(text, name.join(' '));
		people.push({ name: name.join(' '), sex });
	}
	return people;
}

/** Two capitalised words opening a sentence, then a verb: a name the story may not confirm. */
// (An apposition or an age may stand between the name and its verb: "Maria Lopez, a nurse from
// Tucson, won the race".)
const UNCONFIRMED_NAME =
	/^(?!(?:The|A|An|In|On|At|But|And|After|Before|When|While|Last|Next)\s)\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+(?:,\s+(?:(?:a|an|the)\s[^,]{1,60}|\d{1,3}),)?\s+\p{Ll}/u;

/**
 * The full name opening `sentence` ("Luka Petrov scored …"), when nothing in it says it is no
 * person (a body's word, a sex other than the pronoun's) and no one else is named in it.
 */
function unconfirmedPerson(
	sentence: string,
	female: boolean,
	earlier: string[] = [],
	named?: Set<string>
): string | null {
	const m =
		/^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2})(?:,\s+(?:(?:a|an|the)\s[^,]{1,60}|\d{1,3}),)?\s+\p{Ll}/u.exec(
			sentence
		);
	const name = m?.[1];
	if (!name) return null;
	if (isBody(name.split(' '), named) || name.split(' ').some((w) => OPENERS.has(w.toLowerCase())))
		return null;
	const sex = statedSex(sentence, name) ?? marriedSex(earlier, name);
	if (sex && (sex === 'female') !== female) return null;
	if (anotherPerson(sentence.slice(0, READ).replace(name, ''), undefined, surnameOf(name, named)))
		return null;
	return name;
}

/**
 * Words that tell a person's sex beside their name, in apposition ("Her daughter, Karin",
 * "Anna Ruiz, the victim's sister", "Mr. Linden"); each row: the words, the sex, the example.
 */
const SEXED: { words: string; female: boolean; example: string }[] = [
	{ words: 'ms mrs miss', female: true, example: 'Ms. Arvidsson learned the violin' },
	{ words: 'mr', female: false, example: 'Mr. Linden studied violin' },
	{
		words:
			'wife widow mother daughter sister aunt niece grandmother granddaughter girlfriend queen princess duchess actress chairwoman spokeswoman businesswoman congresswoman sportswoman',
		female: true,
		example: 'Her daughter, Karin, said the cause was heart failure.'
	},
	{
		words:
			'husband widower father son brother uncle nephew grandfather grandson boyfriend king prince duke spokesman businessman congressman sportsman',
		female: false,
		example: 'His son, Tom, said he died in his sleep.'
	}
];
const SEX_OF = new Map(
	SEXED.flatMap(({ words, female }) => words.split(' ').map((w) => [w, female]))
);
/** A description after a name that tells its sex: ", the victim's sister". */
const DESCRIBED_SEX = new RegExp(
	String.raw`^,\s+(?:a|an|the|his|her|[\p{L}’'-]+['’]s)\s+(?:[\p{L}-]+\s+){0,3}?(${[...SEX_OF.keys()].join('|')})\b`,
	'iu'
);

/** A pronoun opening what was said: "said he would appeal", "told reporters that she …". */
const SAID_PRONOUN =
	/\b(?:said|says|added|argued|insisted|told\s+\p{Ll}+)\s+(?:that\s+)?(?:he|she)\b/giu;

/**
 * The sex the sentence itself gives `person`: a word beside the name ("Mr.", "her daughter,
 * Karin", "Anna Ruiz, the victim's sister") or a pronoun after it when no one else is named
 * ("Linda Marsh, 58, shook her head"); else the sex its first name tells, when only one is
 * borne by it (`givenNameSex`: "Tom Brooks"). Never a guess: an unknown name tells nothing.
 */
function statedSex(sentence: string, person: string): 'female' | 'male' | null {
	return sexInText(sentence, person) ?? givenNameSex(person);
}

/** What a sentence tells of a person's sex beside the name, or by a pronoun after it. */
// (Not a pronoun after a saying, which is as often whom the speaker spoke of: "Dr. Reyes said
// she was brilliant".)
const told = (sentence: string, person: string) =>
	sexInText(sentence.replace(SAID_PRONOUN, ' '), person);

function sexInText(sentence: string, person: string): 'female' | 'male' | null {
	// The word may be inside the person found: "Ms. Carrow".
	const own = /^(\p{L}+)\.?\s/u.exec(person)?.[1]?.toLowerCase();
	if (own && SEX_OF.has(own)) return SEX_OF.get(own) ? 'female' : 'male';
	const at = sentence.indexOf(person);
	if (at < 0) return null;
	const before = /\b([\p{L}]+)\.?,?\s+(?:\p{Lu}[\p{L}’'.-]*\s+)*$/u.exec(
		sentence.slice(Math.max(0, at - 40), at)
	);
	const word = before?.[1]?.toLowerCase();
	if (word && SEX_OF.has(word)) return SEX_OF.get(word) ? 'female' : 'male';
	let after = sentence.slice(at + person.length);
	const described = DESCRIBED_SEX.exec(after);
	if (described) return SEX_OF.get(described[1]!.toLowerCase()) ? 'female' : 'male';
	if (anotherPerson(after, undefined, surnameOf(person))) return null;
	// (Not an object: "Judge Maria Esposito ordered him to repay" says nothing of the judge; nor
	// what was said of someone of that sex named before: "Mr. Merritt's lawyer, Janet Kuo, said he
	// would appeal" tells of her client. "Mayor Tom Reed said he would not run" tells of him.)
	after = after.replace(SAID_PRONOUN, (m) =>
		(/\bhe\b/i.test(m) ? /\bMr\.?\s/ : /\b(?:Ms|Mrs|Miss)\.?\s/).test(sentence.slice(0, at))
			? ' '
			: m
	);
	const his = /\b(?:he|his|himself)\b/i.test(after);
	const her =
		/\b(?:she|hers|herself)\b|\bher\s+(?!(?:to|for|with|in|on|at|as|and|of|after|before)\b)\p{Ll}/iu.test(
			after
		);
	return his === her ? null : her ? 'female' : 'male';
}

/**
 * The one person a sentence names besides its pronoun subject of the other sex, whom it
 * married: "He married Helen Carver, a painter, in 1960" gives "Helen Carver" for a "she".
 * (Only a marriage tells the sex apart: "He met Juan Miguel Gonzalez" says nothing of it.)
 */
// (After a short opening: "Two years later she married Tomás Ibarra".)
const MARRIED = /^(?:[\p{L}\d,]+\s+){0,4}?(he|she)\s+(?:married|wed)\b/iu;

/**
 * The sex an earlier marriage tells of `person`: "She married Frank Marsh, a tool-and-die
 * maker, in 1956. …. Frank Marsh died in 1994. She ran the diner alone" is no "Frank Marsh ran
 * diner alone".
 */
function marriedSex(earlier: string[], person: string): 'female' | 'male' | null {
	// (A surname alone tells neither: a couple shares it, "She married the painter Walter Ellery
	// …. Dr. Ellery moved to Maine".)
	if (!person.includes(' ')) return null;
	for (const sentence of earlier) {
		const m = MARRIED.exec(sentence.trimStart());
		if (m && sentence.indexOf(person) > m[0].length)
			return m[1]!.toLowerCase() === 'she' ? 'male' : 'female';
	}
	return null;
}
function otherPerson(sentence: string, female: boolean): string | null {
	const m = MARRIED.exec(sentence.trimStart());
	const subject = m?.[1];
	if (!subject || (subject.toLowerCase() === 'she') === female) return null;
	const read = sentence.slice(0, READ);
	const people = [...read.matchAll(FULL_NAME)]
		.filter(({ 0: pair, index }) => {
			const [first, ...rest] = pair.toLowerCase().split(' ');
			const opens = OPENERS.has(first!) && !monthAsName(read, index, first!);
			return (
				!opens &&
				![first!, ...rest].some((w) => HONORIFICS.has(w) || NOT_PEOPLE.has(w)) &&
				!rest.some((w) => OPENERS.has(w))
			);
		})
		.map(([pair]) => pair);
	return people.length === 1 ? people[0]! : null;
}

/** Words before a month that make it a time: "in June Congress …", "the June vote". */
const TIME_BEFORE =
	/\b(?:a|an|in|on|by|since|until|till|of|the|last|next|early|late|mid|during|from|through|this|that|each|every)\s+$/i;

/**
 * Whether the month at `index` of `sentence` is a first name: "married the actress June Pelham",
 * "married April Ryan" (no word before it that makes it a time).
 */
function monthAsName(sentence: string, index: number, month: string): boolean {
	return NAMES_OF_MONTHS.has(month) && !TIME_BEFORE.test(sentence.slice(0, index));
}
