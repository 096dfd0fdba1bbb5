/**
 * A title whose subject is a description the story gave instead of a name ("The 27-year-old won
 * the final", "The Austin-based chipmaker cut 300 jobs", "The former senator was first elected")
 * reads on a timeline only with the name a reader knows: "Okafor won final", "Cirrus Logic cut
 * 300 jobs". A definite description is a pronoun with a type (a person by an age, a role or a
 * nationality; a company by its trade; an institution), so it is named as a pronoun is: by a
 * name the text ties to the description ("Senator Ruth Alder", "chipmaker Cirrus Logic", "Maria
 * Lopez, 19,"), else by its antecedent (`antecedent` in antecedents.ts), one name of that type
 * in the nearest sentence that names one. Where two could be meant, or the description is an
 * office many people hold ("the judge"), it stays: a wrong name is worse than a description.
 */

import type { Sex } from './antecedents';
import { kindOf } from './can-be';
import { isPastVerb } from '../happenings';
import { FINITE } from './words';
import { givenNameSex } from './given-names';

type DescriptionKind = 'person' | 'body' | 'vessel';

/**
 * The nouns that head a description, one row per sort, with the example that called for it.
 * `tiedOnly`: an office or a trade many people in one story may hold, named only when the text
 * ties the noun to a name ("Senator Ruth Alder", "Tom Reyes, the company's chief executive").
 * `institution`: named only by a name that holds an institution's word ("Harwell College").
 */
const DESCRIPTIONS: {
	heads: string;
	kind: DescriptionKind;
	sex?: Sex;
	tiedOnly?: boolean;
	institution?: boolean;
	/** A nationality or a home: one person is of one, so a name tied to another is not this. */
	origin?: boolean;
	example: string;
}[] = [
	{
		heads:
			'dutchman frenchman englishman irishman scotsman welshman yorkshireman cornishman ulsterman manxman',
		kind: 'person',
		sex: 'male',
		origin: true,
		example: 'Joris van Dam won the third stage. The Dutchman won the race in 2022'
	},
	{
		heads: 'dutchwoman frenchwoman englishwoman irishwoman scotswoman welshwoman',
		kind: 'person',
		sex: 'female',
		origin: true,
		example: 'The Frenchwoman won her first title in 2019'
	},
	{
		heads:
			'briton swede dane norwegian finn spaniard italian german american australian canadian kenyan ethiopian brazilian argentine colombian mexican pole belgian austrian ukrainian nigerian ghanaian',
		kind: 'person',
		origin: true,
		example: 'Ebba Lind of Sweden broke the world record. The Swede set her first record in 2023'
	},
	{
		heads:
			'scot icelander russian croat serb slovenian slovak czech hungarian romanian bulgarian greek turk israeli iranian indian pakistani korean filipino indonesian ugandan tanzanian zimbabwean zambian moroccan algerian tunisian egyptian jamaican chilean peruvian uruguayan venezuelan ecuadorian estonian latvian lithuanian texan californian londoner glaswegian dubliner',
		kind: 'person',
		origin: true,
		example:
			'Rasmus Vestergaard won the Dutch Open, two strokes clear of the Scot Ewan Munro. The Scot won the title in 2022'
	},
	{
		heads:
			'right-hander left-hander rookie veteran striker midfielder defender goalkeeper quarterback pitcher sprinter swimmer cyclist rower skier golfer boxer jockey titleholder teenager youngster prodigy grandmaster singer rapper novelist filmmaker composer',
		kind: 'person',
		example: 'Nick Ferraro pitched seven scoreless innings. The veteran right-hander signed in 2021'
	},
	{
		heads:
			'forward winger fullback playmaker shortstop outfielder infielder reliever batsman bowler marathoner hurdler',
		kind: 'person',
		example: 'Kofi Mensah scored twice. The 22-year-old forward joined Hallam from Leeds in 2024'
	},
	{ heads: 'actress', kind: 'person', sex: 'female', example: 'The actress won an Oscar in 1998' },
	{ heads: 'actor', kind: 'person', sex: 'male', example: 'The actor won an Oscar in 1998' },
	{
		heads:
			'senator congressman congresswoman lawmaker governor mayor judge prosecutor minister president chancellor coach manager executive founder chairman chairwoman officer',
		kind: 'person',
		tiedOnly: true,
		example:
			'Former Senator Ruth Alder died on Saturday. The former senator was first elected in 1986'
	},
	{
		heads:
			'company firm chipmaker carmaker automaker drugmaker retailer airline carrier lender insurer brewer startup manufacturer grocer conglomerate',
		kind: 'body',
		example: 'Cirrus Logic said it would cut 400 jobs. The Austin-based chipmaker cut 300 in 2023'
	},
	{
		heads: 'institution college university museum hospital',
		kind: 'body',
		institution: true,
		example: 'Harwell College will close. The 184-year-old institution admitted men in 1971'
	},
	{
		heads: 'theatre theater',
		kind: 'body',
		institution: true,
		example:
			'The Lantern Theatre will reopen on Friday. The 180-seat theatre was built in 1899 as a chapel'
	},
	{
		heads:
			'ship liner vessel ferry freighter tanker trawler steamer steamship schooner yacht warship battleship destroyer frigate icebreaker',
		kind: 'vessel',
		tiedOnly: true,
		example:
			'The Caronia, the oldest passenger liner still at sea, will be broken up. The 240-metre liner had first sailed in 1912'
	}
];

const HEADS = new Map(
	DESCRIPTIONS.flatMap((row) => row.heads.split(/\s+/).map((head) => [head, row] as const))
);

/**
 * A person's height before a noun, which makes it a person whatever the noun ("the 6ft 5in lock",
 * "the 6-foot-9 center"): feet a person stands, not a boat's "40ft".
 */
const HEIGHT = /^[4-7](?:ft|-foot(?:-\d{1,2})?)$/;

/** A person told by an age: "27-year-old", "Seventeen-year-old". */
const AGE = /^(\d{1,3}|\p{L}+(?:-\p{L}+)?)-year-old$/u;

/** The words of a name a body's is: "Harwell College". */
const INSTITUTION_WORDS =
	/\b(?:College|University|Institute|Museum|Hospital|School|Academy|Seminary|Library|Society|Theatre|Theater)\b/;

/** Adverbs between a subject and its verb: "The Dutchman also won". */
const ADVERB = /^(?:also|later|first|last|then|once|still|never|again|\p{Ll}+ly)$/u;

/**
 * Whether the words after a description open its verb: "cut 300 jobs", "also won", "expects to
 * open"; not a noun it qualifies ("American duties announced").
 */
function opensVerb(words: string[]): boolean {
	const [first, second] = ADVERB.test(words[0] ?? '') ? words.slice(1) : words;
	if (!first || !/^\p{Ll}/u.test(first)) return false;
	if (FINITE.has(first) || isPastVerb(first)) return true;
	return (
		/^\p{Ll}{3,}[^s'’]s$/u.test(first) &&
		/^(?:to|the|a|an|its|their|his|her|that)$/.test(second ?? '')
	);
}

/** What a title's opening description is: its words and what it tells. */
interface Description {
	/** The description as the title writes it: "Austin-based chipmaker". */
	words: string;
	/** Where its sentence writes it. */
	at: number;
	head: string;
	kind: DescriptionKind;
	sex?: Sex;
	age?: string;
	tiedOnly: boolean;
	institution: boolean;
	/** A nationality or a home: a name the story ties to another is not this one. */
	origin: boolean;
	/** Whether the title writes it as an owner: "Firm's chief executive". */
	possessive: boolean;
}

/**
 * How many words after a possessive description are what it owns before their verb: "Ohio-based
 * retailer's | shares | fell", "firm's | chief executive | resigned"; 0 when none before a verb.
 */
function ownedWords(words: string[]): number {
	for (let k = 1; k <= Math.min(3, words.length - 1); k++) {
		const word = words[k - 1]!;
		if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || FINITE.has(word) || isPastVerb(word)) return 0;
		if (opensVerb(words.slice(k))) return k;
	}
	return 0;
}

/** The description opening `title`, when its own sentence writes it with "the"; else null. */
export function openingDescription(title: string, own: string): Description | null {
	return openingDescriptions(title, own)[0] ?? null;
}

/**
 * The descriptions opening `title`, the longest first: "Firm's chief executive" (an office), then
 * "Firm's" (its owner, named when the office is not).
 */
function openingDescriptions(title: string, own: string): Description[] {
	const found: Description[] = [];
	const words = title.split(' ');
	for (let j = Math.min(3, words.length - 2); j >= 0; j--) {
		// A possessive description owns its subject: "The firm's chief executive resigned" names the
		// firm ("Dunmore Outfitters’ chief executive resigned").
		const possessive = /['’]s$/.test(words[j]!);
		const head = words[j]!.replace(/['’]s$/, '');
		const age = AGE.exec(head)?.[1];
		const row = HEADS.get(head.toLowerCase());
		const tall = j > 0 && words.slice(0, j).some((w) => HEIGHT.test(w));
		const after = possessive ? ownedWords(words.slice(j + 1)) : 0;
		if ((!row && !age && !tall) || (possessive && !after) || !opensVerb(words.slice(j + 1 + after)))
			continue;
		// (Words before the head are its modifiers, never a verb's: "Veteran right-hander".)
		if (words.slice(1, j).some((w) => !/^[\p{Ll}\d][\p{L}\d-]*$|^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w)))
			continue;
		const said = [...words.slice(0, j), head].join(' ');
		const escaped = said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
		// A description the story has not tied to anyone is no one named: "a 34-year-old man".
		// (Its sentence may write modifiers the title left: "The 34-year-old Dane" of "Dane".)
		const written = new RegExp(
			`(?:^|[^\\p{L}])[Tt]he\\s+(?:[\\p{Ll}\\d][\\p{L}\\d’'-]*\\s+){0,3}?${escaped}(?![\\p{L}-])`,
			'iu'
		).exec(own);
		if (!written) return found;
		found.push({
			words: said,
			at: written.index,
			head: head.toLowerCase(),
			kind: tall ? 'person' : (row?.kind ?? 'person'),
			...(row?.sex && !tall ? { sex: row.sex } : {}),
			...(age ? { age } : {}),
			tiedOnly: !tall && !!row?.tiedOnly,
			institution: !tall && !!row?.institution,
			origin: !tall && !!row?.origin,
			possessive
		});
	}
	return found;
}

/** A name: one to four capitalised words, with a name's inner "of" or "&". */
const NAME = String.raw`(?:\p{Lu}[\p{L}’'.&-]*\s+(?:(?:of|de|van|von|der|&)\s+)?){0,3}\p{Lu}[\p{L}’'&-]*`;

/** A noun written with either case at its start: "[Ss]enator". */
const eitherCase = (word: string) =>
	`[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`;

/**
 * The names the text before the description ties to it: after its noun ("Senator Ruth Alder",
 * "chipmaker Cirrus Logic"), before it in apposition ("Dana Whitfield, the chief executive"), or
 * by the age it gives ("Maria Lopez, 19,").
 */
function tiedNames(description: Description, before: string, story: string): Set<string> {
	const names = new Set<string>();
	const patterns: RegExp[] = [];
	if (description.age && /^\d+$/.test(description.age))
		patterns.push(new RegExp(`(${NAME}),\\s+${description.age},`, 'gu'));
	if (!description.age) {
		const head = eitherCase(description.head);
		patterns.push(
			new RegExp(`(?<![\\p{L}-])${head}\\s+(${NAME})`, 'gu'),
			new RegExp(
				`(${NAME}),\\s+(?:a|an|the|its|his|her)\\s+(?:[\\p{L}\\d’'-]+\\s+){0,4}?${head}(?![\\p{L}-])`,
				'gu'
			)
		);
	}
	for (const pattern of patterns)
		for (const m of before.matchAll(pattern)) {
			// (A name ends with its sentence: "the Scot Ewan Munro.¶The …" ties "Ewan Munro".)
			const run = m[1]!.split(/(?<=\p{Ll}{3})\.\s/u)[0]!;
			const name = nameOfRun(run, false, story, description.kind);
			// (Only a name of the description's sort: "In January, the company cut" ties no one.)
			if (name && sortOf(name, description, story)) names.add(name);
		}
	return names;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A lone surname's particle, kept with it: "van Dam". */
const PARTICLE = /^(?:van|von|de|der|den|da|di|du|del|la|le|bin|ibn)$/;

/**
 * The shortest form of a name a reader knows: a person's surname ("Mr. Linden" where the story
 * writes it so), unless someone else the story names shares it; a body's first word when the
 * story writes it alone ("Altera" for "Altera Micro").
 */
function shortName(name: string, kind: DescriptionKind, story: string): string {
	const words = name.replace(/,?\s+(?:Inc|Corp|Co|Ltd|LLC|PLC)\.?$/, '').split(/\s+/);
	// (A ship is known by its whole name: "Queen Mary", never "Mary".)
	if (kind === 'vessel') return name;
	if (kind === 'body') {
		// (A name the story also writes short, before its "of", is known by that: "Harlow Museum"
		// of "Harlow Museum of Art and Industry".)
		const of = /^(.+?)\s+of\s/.exec(name)?.[1];
		if (
			of &&
			new RegExp(`${escape(of)}(?!\\s+of\\s)(?![\\p{L}’'-])`, 'u').test(story.replace(name, ''))
		)
			return of;
		// (Not an institution's, which a reader knows by its whole name, nor a word the story
		// gives a person: "Harlow Museum" is no "Harlow" where Edith Harlow founded it.)
		const first = words[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const alone = new RegExp(`(?<![\\p{L}’'-])${first}(?![\\p{L}’'-]|\\s+\\p{Lu})`, 'u');
		const short =
			words.length > 1 &&
			!INSTITUTION_WORDS.test(name) &&
			alone.test(story) &&
			kindOf(words[0]!, story) !== 'person';
		return short ? words[0]! : words.join(' ');
	}
	if (words.length < 2) return name;
	let start = words.length - 1;
	while (start > 1 && PARTICLE.test(words[start - 1]!)) start--;
	const surname = words.slice(start).join(' ');
	const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const courtesy = new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+${escaped}\\b`, 'u').exec(story);
	// (A family named in the story shares its surname: "Ruth Alder … Her son, Peter Alder".)
	const kin = new RegExp(`\\b(?!${words[0]}\\b)\\p{Lu}\\p{Ll}+\\s+${escaped}(?![\\p{L}’'-])`, 'u');
	if (kin.test(story)) return name;
	return courtesy ? courtesy[0] : surname;
}

/** The age a story gives a person beside the name: "Maria Lopez, 19,". */
function givenAge(name: string, story: string): string | null {
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`${escaped},\\s+(\\d{1,3}),`, 'u').exec(story)?.[1] ?? null;
}

/** A run of capitalised words, with a name's inner "of", "&" or particle: "Joris van Dam". */
const RUN =
	/\p{Lu}[\p{L}’'.&-]*(?:\s+(?:(?:of|de|van|von|der|den|da|di|du|del|la|le|&)\s+)?\p{Lu}[\p{L}’'.&-]*){0,4}/gu;

/** Words opening a run that are no part of a name: "The", "In", an office before a name. */
const NOT_NAME =
	/^(?:the|a|an|in|on|at|but|and|after|before|when|while|since|last|its|his|her|their|it|he|she|they|former|late|mr|mrs|ms|miss|dr|sen|rep|gov|gen|senator|judge|coach|mayor|governor|president|chief|executive|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/i;

/** Bodies no company is: "the company" never names the Food and Drug Administration. */
const NOT_COMPANY =
	/\b(?:Administration|Department|Agency|Commission|Council|Court|Ministry|Senate|Congress|House|Police|Government|Board|Union|League|Party|Bureau|Service|Office|City|County|States?|Nations|Kingdom|Republic|Emirates)\b/;

/**
 * What `name` is to the description: one of its sort ("sure": a person the text shows is one, a
 * body of the description's trade), a full name of no sort known ("maybe": "Chidi Okafor", whom
 * the text never tells is a person), or no candidate at all (null).
 */
function sortOf(name: string, description: Description, story: string): 'sure' | 'maybe' | null {
	// (A ship is no person and no place: "Caronia" of "The Caronia, the oldest passenger liner".)
	if (description.kind === 'vessel') {
		const kind = kindOf(name, story);
		return kind === 'person' || kind === 'place' ? null : 'sure';
	}
	if (description.kind === 'person') {
		const kind = kindOf(name, story);
		if (kind === 'person') return 'sure';
		if (kind !== 'unknown') return null;
		// (A lone surname the story gives a first name may be that person: "Sinner" of "Jannik
		// Sinner".)
		const surname = new RegExp(`\\p{Lu}\\p{Ll}+\\s+${escape(name)}(?![\\p{L}’'-])`, 'u');
		return /\s/.test(name) || surname.test(story) ? 'maybe' : null;
	}
	if (kindOf(name, story, true) !== 'body') return null;
	const institution = INSTITUTION_WORDS.test(name);
	return (description.institution ? institution : !institution && !NOT_COMPANY.test(name))
		? 'sure'
		: null;
}

/** A name as a run of capitalised words writes it, without what opens the run and is no name. */
function nameOfRun(run: string, opens: boolean, story: string, kind: DescriptionKind): string {
	const words = run.replace(/['’]s$/, '').split(/\s+/);
	let skip = 0;
	// (A common noun capitalised only as it opens the sentence is no name, and nor is a plural
	// before "of": "Shares of Northwind Energy fell".)
	if (opens && words.length > 2 && words[1] === 'of' && /^\p{Lu}\p{Ll}+s$/u.test(words[0]!))
		skip = 2;
	else if (opens && words.length > 1 && new RegExp(`\\b${words[0]!.toLowerCase()}\\b`).test(story))
		skip = words[1] === 'of' ? 2 : 1;
	while (skip < words.length && NOT_NAME.test(words[skip]!)) skip++;
	const name = words.slice(skip).join(' ').replace(/[.,]$/, '');
	// (A person's name holds no "of": "Ebba Lind of Sweden" is Ebba Lind.)
	return kind === 'person' ? name.split(/\s+(?:of|&)\s+/)[0]! : name;
}

/** A dateline before a sentence's first words: "NEW YORK — ". */
const DATELINE = /^(?:\p{Lu}[\p{Lu}.,' -]+\s+[—–-]+\s+)/u;

/**
 * The candidates of the description's sort that `sentence` names, each once, and whether the
 * only one is of no sort known and does not open the sentence (which leaves it unsure).
 */
function namesIn(
	sentence: string,
	description: Description,
	story: string
): { names: Set<string>; unsure: boolean } {
	const names = new Map<string, 'sure' | 'maybe'>();
	const text = sentence.trimStart().replace(DATELINE, '');
	let first: string | null = null;
	// A body the sentence names only in passing ("arrived from the Museum of Fine Arts") is not
	// what it goes on about: only a body opening a sentence is a candidate, and one in passing
	// beside it makes it unsure ("Brightwater Foods agreed to buy Harlan Mills").
	let passing = false;
	for (const m of text.matchAll(RUN)) {
		const name = nameOfRun(m[0], m.index === 0, story, description.kind);
		if (!name || !/\p{Ll}/u.test(name)) continue;
		// (A description is no one's name: "The Irishman, 47, spent …" names no one.)
		if (HEADS.has(name.toLowerCase())) continue;
		const sort = sortOf(name, description, story);
		// (A name after "the" is a team's or a body's, no person's: "the Harbor City Hawks".)
		if (!sort || (sort === 'maybe' && /\bthe\s+$/i.test(text.slice(0, m.index)))) continue;
		if (description.kind === 'body' && m.index > 0) passing = true;
		else names.set(name, sort);
		if (m.index === 0) first = name;
	}
	if (passing) return { names: new Set(), unsure: names.size > 0 };
	// (A surname told again is the one person: "Alder" of "Ruth Alder".)
	for (const name of names.keys())
		if ([...names.keys()].some((other) => other !== name && other.endsWith(` ${name}`)))
			names.delete(name);
	const [only] = names;
	// (A lone surname of no sort known is too little: "Sinner, the world No. 1, had won their
	// previous meeting. The Spaniard …" is about Alcaraz.)
	const unsure =
		names.size === 1 &&
		only![1] === 'maybe' &&
		(only![0] !== first || description.tiedOnly || !/\s/.test(only![0]));
	return { names: new Set(names.keys()), unsure };
}

/** How many sentences back a description's name may be. */
const REACH = 3;

/**
 * The name a description stands for, from the nearest sentence (its own first, before it) that
 * names one of its sort, when that sentence names one only; else null.
 */
function antecedentName(
	description: Description,
	ownBefore: string,
	earlier: string[],
	story: string
): string | null {
	// The people a quotation's sentence names (its speaker, most often) may be whom the
	// description tells, or someone speaking of them: ""He is the best young player in the
	// league," said the club's coach, Tom Bell. The 22-year-old joined Hallam in 2024" is about
	// the player named before. Such a sentence is read past, and the name found before it must be
	// one of its names, or none.
	const quoted = new Set<string>();
	for (const sentence of [ownBefore, ...earlier.slice(0, REACH)]) {
		const { names: all, unsure } = namesIn(sentence, description, story);
		// (One who the story says is of another nation or home is not this one: "clear of the Scot
		// Ewan Munro" leaves "the Dane" to the winner.)
		const names = description.origin
			? new Set([...all].filter((name) => !otherOrigin(name, description.head, story)))
			: all;
		if (QUOTATION.test(sentence) && description.kind === 'person' && !unsure) {
			for (const name of names) quoted.add(surnameOf(name));
			continue;
		}
		if (names.size > 1 || unsure) return null;
		if (names.size === 0) continue;
		const name = [...names][0]!;
		if (quoted.size && ![...quoted].every((q) => q === surnameOf(name))) return null;
		// An office many hold names someone only where the sentence tells it of them: "Ruth Alder,
		// a Democrat who represented Vermont in the Senate" is "the former senator".
		if (description.tiedOnly) {
			const stem = description.head.replace(/(?:or|er|e|man|woman)$/, '').slice(0, 6);
			if (!sentence.toLowerCase().includes(stem)) return null;
		}
		return name;
	}
	return null;
}

/** The nationality and home nouns, one alternation: "scot|dane|…". */
const ORIGINS = DESCRIPTIONS.filter((row) => row.origin)
	.flatMap((row) => row.heads.split(/\s+/))
	.join('|');

/** A nationality or home noun opening a title before a full name and its verb: "Welshman Rhys Evans left". */
const ORIGIN_BEFORE_NAME = new RegExp(
	`^(?:${ORIGINS.split('|').map(eitherCase).join('|')})\\s+(?=\\p{Lu}[\\p{L}’'-]*\\p{Ll}\\s+\\p{Lu}[\\p{L}’'-]*\\p{Ll}\\s+\\p{Ll})`,
	'u'
);

/**
 * Whether the story ties `name` to a nationality or a home other than `head`: "the Scot Ewan
 * Munro", "Ewan Munro, a Scot," ("Munro" too).
 */
function otherOrigin(name: string, head: string, story: string): boolean {
	const surname = escape(surnameOf(name));
	const tied = new RegExp(
		`(?<![\\p{L}-])(${ORIGINS})\\s+(?:\\p{Lu}[\\p{L}’'.-]*\\s+){0,2}${surname}(?![\\p{L}’'-])|${surname},\\s+(?:a|an|the)\\s+(?:[\\p{Ll}\\d][\\p{L}\\d’'-]*\\s+){0,2}(${ORIGINS})(?![\\p{L}-])`,
		'giu'
	);
	for (const m of story.matchAll(tied)) if ((m[1] ?? m[2])!.toLowerCase() !== head) return true;
	return false;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A quotation's marks. */
const QUOTATION = /[“”"]|``|''/;

const surnameOf = (name: string) => name.split(/\s+/).at(-1)!;

/**
 * Whether the story tells `name` is of the other sex than the description ("The Dutchman" is
 * no Anna Berg): a first name of one sex only, or "Mr." or "Ms." before the surname.
 */
function otherSex(name: string, sex: Sex | undefined, story: string): boolean {
	if (!sex) return false;
	const surname = escape(surnameOf(name));
	const her = new RegExp(`\\b(?:Mrs|Ms|Miss)\\.?\\s+${surname}\\b`, 'u').test(story);
	const his = new RegExp(`\\bMr\\.?\\s+${surname}\\b`, 'u').test(story);
	const told = givenNameSex(name) ?? (her !== his ? (her ? 'female' : 'male') : null);
	return !!told && told !== sex;
}

/**
 * The title with its opening description named ("Austin-based chipmaker cut 300 jobs" → "Cirrus
 * Logic cut 300 jobs"), or as it was. `own` is the title's sentence, `earlier` the sentences
 * before it, nearest first, `story` the whole text when known.
 */
export function nameDescription(
	title: string,
	own: string,
	earlier: string[],
	story?: string
): string {
	// A nationality before a full name is the name's, which a headline gives alone: "Welshman Rhys
	// Evans left" → "Rhys Evans left".
	// (Not a body's name a nationality opens: "American Bakers Association asked Congress".)
	const origin = ORIGIN_BEFORE_NAME.exec(title);
	const name = origin && /^\S+\s+\S+/.exec(title.slice(origin[0].length))![0];
	if (origin && !['body', 'place'].includes(kindOf(name!, story ?? own)))
		return capitalised(title.slice(origin[0].length));
	for (const description of openingDescriptions(title, own)) {
		const named = nameOne(description, title, own, earlier, story);
		if (named) return named;
	}
	return title;
}

/** The title with `description` named, or null. */
function nameOne(
	description: Description,
	title: string,
	own: string,
	earlier: string[],
	story?: string
): string | null {
	const ownBefore = own.slice(0, description.at);
	const text = story ?? [own, ...earlier].reverse().join(' ');
	const storyAt = story ? story.indexOf(own) : -1;
	const before = storyAt >= 0 ? story!.slice(0, storyAt) : [...earlier].reverse().join(' ');
	const tied = tiedNames(description, `${before} ${ownBefore}`, text);
	if (tied.size > 1) return null;
	const name =
		tied.size === 1 ? [...tied][0]! : antecedentName(description, ownBefore, earlier, text);
	if (!name || otherSex(name, description.sex, text)) return null;
	// (Not one the story gives another age: "Dana Whitfield, 58," is no "the 61-year-old".)
	const age = description.kind === 'person' ? givenAge(name, text) : null;
	if (age && description.age && age !== description.age) return null;
	const short = shortName(name, description.kind, text);
	const put = short.charAt(0).toUpperCase() + short.slice(1);
	const rest = title.slice(description.words.length);
	// (A title that names it already keeps its description: "Museum's board announced Harlow
	// Museum of Art and Industry will close".)
	if (rest.includes(short) || rest.includes(name)) return null;
	return description.possessive
		? `${put}${/s$/.test(put) ? '’' : '’s'}${rest.replace(/^['’]s/, '')}`
		: `${put}${rest}`;
}
