/**
 * A speech event's title says who said what, as a reader expects it on a timeline: "Marsh said
 * the plant would close", never "Marsh: ‘The plant will close’" (issue 13, point 4). A title the
 * quotation rules made in the colon form (`quotations.ts`, or `namePronoun` in subjects.ts for a
 * sentence that is all quotation) is told again as reported speech: the speaker, "said", and
 * what was said with its persons and tenses as reported speech has them ("I" is the speaker,
 * "we" is "they", "is" is "was", "will" is "would"). Where the speaker's "I" cannot be told as
 * "he" or "she" (a surname alone, no title, no given name in the story), the title stays as
 * the rules made it rather than guess.
 */

import { givenNameSex } from './given-names';
import { wholePhrases } from './phrase-ends';
import { FINITE, FUNCTION_WORDS } from './words';
import { isPastVerb } from '../happenings';
import { asBody, bodyWords, speakerBody } from './speaker-body';

type Sex = 'female' | 'male';

/** A title in the colon form: the speaker, then the quotation ("Judge Ann Lee: ‘…’"). */
const COLON_QUOTE = /^(?:(.+?) said|(.+?)): ‘(.+?)(\s…)?’$/;

/**
 * Words of what was said as reported speech tells them, each row with the case that asked for
 * it. `he` and `she` rows stand for the speaker's "I"; the rest hold for any speaker. A row's
 * word is matched whole, its case kept for a first word.
 */
const PERSONS: { said: string; by: Record<'he' | 'she', string>; example: string }[] = [
	{ said: 'I', by: { he: 'he', she: 'she' }, example: 'I bought it → he bought it' },
	{ said: 'me', by: { he: 'him', she: 'her' }, example: 'told me → told him' },
	{ said: 'my', by: { he: 'his', she: 'her' }, example: 'best tennis of my life → of his life' },
	{ said: 'mine', by: { he: 'his', she: 'hers' }, example: 'the choice was mine → was hers' },
	{ said: 'myself', by: { he: 'himself', she: 'herself' }, example: 'I blame myself' },
	{ said: "I'm", by: { he: 'he was', she: 'she was' }, example: "I'm here → he was here" },
	{ said: "I've", by: { he: 'he had', she: 'she had' }, example: "I've seen → he had seen" },
	{ said: "I'll", by: { he: 'he would', she: 'she would' }, example: "I'll run → he would run" },
	{ said: "I'd", by: { he: 'he would', she: 'she would' }, example: "I'd do it again" }
];

/** The first person plural and the tenses of reported speech, whoever speaks. */
const REPORTED: { said: string; by: string; plain?: string; example: string }[] = [
	{ said: 'we', by: 'they', example: 'We tried everything → they tried everything' },
	{ said: 'us', by: 'them', example: 'Nobody came back to check on us → on them' },
	{ said: 'our', by: 'their', example: 'our members → their members' },
	{ said: 'ours', by: 'theirs', example: 'the win is ours → was theirs' },
	{ said: 'ourselves', by: 'themselves', example: 'we blame ourselves' },
	{ said: "we're", by: 'they were', plain: "they're", example: "we're ready → they were ready" },
	{
		said: "we've",
		by: 'they had',
		plain: "they've",
		example: "We've gotten to the point → they had gotten"
	},
	{
		said: "we'll",
		by: 'they would',
		plain: "they'll",
		example: "we'll be back → they would be back"
	},
	{ said: "we'd", by: 'they would', plain: "they'd", example: "we'd do it again" },
	{ said: 'am', by: 'was', example: 'I am sorry → he was sorry' },
	{ said: 'is', by: 'was', example: 'He is devastated → he was devastated' },
	{ said: 'are', by: 'were', example: 'We are still pulling people → they were still pulling' },
	{ said: "isn't", by: 'was not', example: "it isn't over → it was not over" },
	{ said: "aren't", by: 'were not', example: "we aren't done → they were not done" },
	{ said: 'will', by: 'would', example: 'We will not reward criminals → they would not' },
	{ said: "won't", by: 'would not', example: "we won't pay → they would not pay" },
	{ said: 'can', by: 'could', example: 'everyone can reach the balcony → could reach' },
	{ said: "can't", by: 'could not', example: "we can't wait → they could not wait" },
	{ said: 'has', by: 'had', example: 'the city has lost → had lost' },
	{ said: 'have', by: 'had', example: 'We have never seen a crop this small → had never seen' },
	{ said: "don't", by: 'did not', example: "we don't know → they did not know" },
	{ said: "doesn't", by: 'did not', example: "it doesn't matter → it did not matter" }
];

/**
 * A day told from the speaker's own time ("today", "tonight"), which the colon form kept as said:
 * reported, it would read as the reader's, and the timeline gives the date.
 */
const SPEAKERS_DAY =
	/^(?:today|tonight|this\s+(?:morning|afternoon|evening)),?\s+|\s+(?:today|tonight|this\s+(?:morning|afternoon|evening))(?=$|[\s,;])/gi;

/**
 * A clause of what was said that a cut left open ("they won promise that no nurse would lose her
 * …"), or a participle's phrase ("sent every council member letter asking them …"): the title ends
 * before it ("Maria Soto said they won promise").
 */
const CUT_CLAUSE =
	/\s+(?:(?:that|where|which|who|what|when|whether|because|if)\s|\p{Ll}{3,}ing\s+(?:them|him|her|it|us|the|a|an|their|his|its|our)\b).*$/u;

/** A quotation that opens with a verb has lost its subject ("Is third of our year"). */
const OPENS_WITH_VERB =
	/^(?:is|are|was|were|am|has|have|had|will|would|can|could|do|does|did|should|must|may|might)\b/i;

/** A possessive a cut left without its noun: "no nurse would lose her …". */
const OPEN_POSSESSIVE = /\s+(?:her|his|their|its|our|my)$/i;

/** Words that open a clause inside what was said. */
const CLAUSE_OPENERS =
	/^(?:that|which|who|because|when|if|where|whether|after|before|until|while)$/i;

/** The rows of `REPORTED` that tell a person, not a tense. */
const PRONOUNS = new Set(['we', 'us', 'our', 'ours', 'ourselves']);

/** A "have" after a modal or "to" is no present tense: "would have", "to have". */
const NOT_TENSE = /^(?:would|could|should|might|must|to|will|can|may)$/i;

/** Words that are never a name, whose capital opening a quotation is only the sentence's. */
const NEVER_NAMES = new Set(
	`the a an this that these those there it its they their we our he she his her every everyone
	everything everybody nobody no nothing none people some many most all each both several few
	one two three four five six seven eight nine ten today's tonight's yesterday's`.split(/\s+/)
);

/**
 * Whether a quotation's first word loses its capital after "said": a word that is never a name,
 * one the story also writes in lower case, or one it never capitalises inside a sentence ("Justice
 * was done"; "Linden voted" keeps the capital of "… in Linden").
 */
function commonWord(word: string, story: string): boolean {
	const lower = word.toLowerCase();
	const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	if (NEVER_NAMES.has(lower)) return true;
	if (new RegExp(`(?<![\\p{L}’'])${esc(lower)}(?![\\p{L}’'])`, 'u').test(story)) return true;
	// (A first name is a name, its possessive too: "“Donna's family has waited …”" keeps "Donna's".)
	const bare = word.replace(/['’]s$/, '');
	if (givenNameSex(`${bare} X`)) return false;
	// (…or one the story never writes with its capital inside a sentence, as a name is.)
	return !new RegExp(`(?<=[\\p{L},;]\\s)${esc(bare)}(?![\\p{L}])`, 'u').test(story);
}

/** A saying whose reported clause opens with a capital, and the word after it. */
const SAID_CAPITAL = /^(.+?\s(?:said|says|told\s+\S+)\s)(\p{Lu}\p{Ll}+)(?=\s(\p{Ll}\S*))/u;

/**
 * What was said keeps no capital its sentence gave a common word that opened it: "Walnut growers
 * in Yolo County expect …, the county agriculture office said" → "County agriculture office said
 * walnut growers …" (the story writes "walnut"). A word a verb follows is the clause's subject and
 * may be a name ("said Rose would run"): it stays.
 */
function commonAfterSaid(title: string, story: string): string {
	const m = SAID_CAPITAL.exec(title);
	if (!m) return title;
	const next = m[3]!.toLowerCase();
	if (FINITE.has(next) || isPastVerb(next)) return title;
	const word = m[2]!;
	const lower = word.toLowerCase();
	const written = new RegExp(`(?<![\\p{L}’'])${lower}(?![\\p{L}’'])`, 'u').test(story);
	return NEVER_NAMES.has(lower) || written ? `${m[1]}${lower}${title.slice(m[0].length)}` : title;
}

/** The sex of the speaker `who`, where the story tells it beyond doubt. */
function speakerSex(who: string, story: string): Sex | null {
	const title = /^(Mr|Ms|Mrs|Miss)\.?\s/.exec(who)?.[1];
	if (title) return title === 'Mr' ? 'male' : 'female';
	// (A given name after an office: "Mayor Carla Diaz".)
	const words = who.split(/\s+/);
	for (let k = 0; k < words.length - 1; k++) {
		const own = givenNameSex(words.slice(k).join(' '));
		if (own) return own;
	}
	const surname = who.split(/\s+/).at(-1)!;
	if (!/^\p{Lu}/u.test(surname)) return null;
	const esc = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	// The name told whole, or with its title, anywhere in the story.
	const sexes = new Set<Sex>();
	for (const m of story.matchAll(new RegExp(`\\b(\\p{Lu}\\p{Ll}+)\\s+${esc}\\b`, 'gu'))) {
		const word = m[1]!;
		if (/^(?:Mr|Ms|Mrs|Miss)$/.test(word)) continue;
		const sex = givenNameSex(`${word} ${surname}`);
		if (sex) sexes.add(sex);
	}
	for (const m of story.matchAll(new RegExp(`\\b(Mr|Ms|Mrs|Miss)\\.?\\s+${esc}\\b`, 'g')))
		sexes.add(m[1] === 'Mr' ? 'male' : 'female');
	return sexes.size === 1 ? [...sexes][0]! : null;
}

/**
 * Ways reported speech would break what was said, each with the case that asked for it: what was
 * said ends before the words that would break (`cut`), or is kept whole in its marks after the
 * speaker's "said" (`quote`). A row's `at` finds where in what was said (its words), or -1.
 */
export const BREAKS: {
	at: (words: string[]) => number;
	by: 'cut' | 'quote';
	example: string;
}[] = [
	{
		// A clause of "what" or "how" that tells what is, in the speaker's now, which reported
		// speech would shift into another time ("into what they were"): what was said ends
		// before it, with its preposition. ("what we have lost" → "what they had lost" stays.)
		at: (words) =>
			words.findIndex(
				(w, i) =>
					i >= 2 &&
					/^(?:what|how)$/i.test(w) &&
					words.slice(i + 1).some((x) =>
						NOW_TENSES.has(
							x
								.replace(/[,;:.!?]+$/, '')
								.replace(/’/g, "'")
								.toLowerCase()
						)
					)
			),
		by: 'cut',
		example:
			'Menon: ‘Helen built this company into what we are today’ → Menon said Helen built this company'
	},
	{
		// The speaker's "I" before a verb of the present, which reported speech does not shift:
		// "he know" is no English, "he knew" not what was said, and "he knows" not the words
		// said; the quotation stays whole, told as said.
		at: (words) => {
			for (const [i, w] of words.entries()) {
				if (w !== 'I') continue;
				let k = i + 1;
				while (I_ADVERBS.test(words[k] ?? '')) k++;
				const next = (words[k] ?? '').replace(/[,;:.!?]+$/, '');
				if (
					/^\p{Ll}{2,}$/u.test(next) &&
					!FINITE.has(next) &&
					!FUNCTION_WORDS.has(next) &&
					!isPastVerb(next) &&
					!/(?:ing|ed)$/.test(next) &&
					!REPORTED.some((r) => r.said === next)
				)
					return k;
			}
			return -1;
		},
		by: 'quote',
		example:
			'Mr. Osei: ‘She taught me everything I know about this business’ → Mr. Osei said ‘She taught me everything I know about this business’'
	}
];

/** What is, in the speaker's now, which reported speech shifts: "we are", "it is". */
const NOW_TENSES = new Set(['am', 'is', 'are', "isn't", "aren't", "we're", "it's", "i'm"]);

/** Adverbs between "I" and its verb: "I still know", "I never took", "I formally object". */
const I_ADVERBS = /^(?:never|always|still|just|really|also|only|even|ever|often|now|\p{Ll}+ly)$/u;

/** Prepositions a cut before a clause leaves at the end: "built this company into". */
const LEFT_PREPOSITION = /\s+(?:into|to|of|for|about|from|at|in|on|with|by|like)$/i;

/** What was said, told as reported speech by a speaker of `sex` (null: no "I" may be told). */
function reported(what: string, sex: Sex | null): string | null {
	const words = what.split(' ');
	const out: string[] = [];
	// (A tense is told back only in the main clause, or in a clause after one told back: "Today's
	// verdict shows that no one is above law" keeps its "is" as it keeps its "shows".)
	let inner = false;
	let shifted = false;
	for (const [i, word] of words.entries()) {
		if (CLAUSE_OPENERS.test(word)) inner = true;
		const bare = word.replace(/[,;:.!?]+$/, '');
		const tail = word.slice(bare.length);
		const lower = bare.replace(/’/g, "'").toLowerCase();
		const person = PERSONS.find(
			(r) => r.said.toLowerCase() === lower && (r.said === 'I' ? bare === 'I' : true)
		);
		let by: string | undefined;
		if (person) {
			if (!sex) return null;
			by = person.by[sex === 'male' ? 'he' : 'she'];
		} else {
			const row = REPORTED.find((r) => r.said === lower);
			const tense = row && !PRONOUNS.has(row.said);
			if (
				row &&
				!(lower === 'have' && i > 0 && NOT_TENSE.test(words[i - 1]!)) &&
				(!tense || !inner || shifted)
			) {
				by = row.by;
				shifted ||= Boolean(tense);
			} else if (row?.plain) by = row.plain;
		}
		out.push(by ? `${by}${tail}` : word);
	}
	return out.join(' ');
}

/**
 * The title of a speech event as reported speech: "Carla Ruiz: ‘We are still pulling people
 * from rubble’" → "Carla Ruiz said they were still pulling people from rubble". `story` is the
 * article's text, which tells the speaker's sex and which words are names. A quotation cut short
 * loses its "…" and ends where a phrase of it ends ("we know what …" → no "what").
 */
export function reportedSpeech(title: string, sentence: string, story: string): string {
	const m = COLON_QUOTE.exec(title);
	if (!m) return commonAfterSaid(title, story);
	const who = (m[1] ?? m[2]!).trim();
	// (A "you" told to the reader reads wrong in reported speech: the title stays.)
	if (/\b(?:you|your|yours)\b/i.test(m[3]!) || who.includes('‘')) return title;
	let said = m[3]!.replace(SPEAKERS_DAY, '');
	if (!said.includes(' ') || OPENS_WITH_VERB.test(said)) return title;
	// (Not where reported speech would break what was said: see BREAKS.)
	for (const row of BREAKS) {
		const words = said.split(' ');
		const at = row.at(words);
		if (at < 0) continue;
		if (row.by === 'quote') return `${who} said ‘${m[3]}${m[4] ?? ''}’`;
		const kept = words.slice(0, at).join(' ').replace(LEFT_PREPOSITION, '');
		if (kept.split(' ').length < 3) return title;
		said = kept;
	}
	const pronoun = /^(?:He|She)$/.exec(who)?.[0];
	const sex = pronoun ? (pronoun === 'He' ? 'male' : 'female') : speakerSex(who, story);
	// (A "we" of the body the speaker speaks for is that body: speaker-body.ts.)
	const body = pronoun ? null : speakerBody(who, sentence, story);
	const ours = body ? asBody(said) : null;
	let what = reported(ours ?? said, sex);
	if (!what) return title;
	const first = what.split(' ')[0]!;
	if (/^\p{Lu}\p{Ll}/u.test(first) && commonWord(first, story))
		what = first.toLowerCase() + what.slice(first.length);
	if (body && ours) what = bodyWords(what, body);
	const told = `${who} said ${what}`;
	if (!m[4]) return told;
	const shut = told.replace(CUT_CLAUSE, '');
	return wholePhrases(
		shut.split(' ').length > who.split(' ').length + 3 ? shut : told.replace(OPEN_POSSESSIVE, ''),
		sentence
	);
}
