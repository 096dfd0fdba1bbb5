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
	'mr mrs ms dr gen sen rep gov president prime minister secretary attorney general judge justice chancellor king queen prince pope cardinal rev sir lord lady mayor governor senator representative officer director chief ambassador foreign defense state'.split(
		' '
	)
);

/** Words in a capitalised phrase that make it a place, body or firm rather than a person. */
const NOT_PEOPLE = new Set(
	'corp corporation inc co company department service party council committee court university house street states union nations agency ministry bank group times news post journal association army navy police government office republic kingdom city county church center centre institute foundation board commission airport station hospital school hurricane storm typhoon cyclone united real fc club north south east west new saudi arabia korea island islands province hong kong los las san santa st saint mount lake river gulf sea bay square avenue road palace hall league cup olympics airlines airways motors'.split(
		' '
	)
);

/** Capitalised words that open sentences without naming anyone. */
const OPENERS = new Set(
	'the a an but and in on at for after before since during when while as this that these those it its he she they we i his her their there here then now also however meanwhile yet still so if despite although though by with from of to last next early late earlier later january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
		' '
	)
);

/** A capitalised word, not an all-capitals one (a dateline's "NEW YORK", an acronym). */
const WORD = /^\p{Lu}[\p{Ll}’'.-][\p{L}’'.-]*$|^\p{Lu}\.$/u;

/** Two capitalised words in a row: a second person in the sentence, perhaps. */
const FULL_NAME = /\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/gu;

/** How much of a sentence is read for its subject: names open sentences. */
const READ = 300;

/** Words opening a clause that sets the scene before the subject: "While …, Juanita Castro is". */
const SCENE = /^(?:while|when|after|before|as|although|though|since|once|despite|in|on|at)\b/i;

/**
 * The person a sentence is about, by its opening name ("Attorney General Janet Reno said …" →
 * "Janet Reno") or the name right after an opening clause ("While …, Juanita Castro is …").
 */
export function personSubject(sentence: string, speakers?: Set<string>): string | null {
	const text = sentence.slice(0, READ).replace(/^[\s"“‘'`]+/, '');
	const comma = text.indexOf(', ');
	return (
		nameAt(text, speakers) ??
		(SCENE.test(text) && comma > 0 ? nameAt(text.slice(comma + 2), speakers) : null)
	);
}

/** Surnames a story quotes: the word before "said", "says", "told" … */
export function speakersOf(text: string): Set<string> {
	const speakers = new Set<string>();
	for (const m of text.matchAll(
		/(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]+) (?:said|says|told|added|asked|wrote|testified)\b/gu
	))
		speakers.add(m[1]!);
	return speakers;
}

function nameAt(text: string, speakers?: Set<string>): string | null {
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
	if (lower.some((w) => NOT_PEOPLE.has(w))) return null;
	const honorific = lower.some((w) => HONORIFICS.has(w));
	// A lone capitalised word is a person only after an office ("Gen. Schwarzkopf").
	const bare = lower.filter((w) => !HONORIFICS.has(w));
	if (bare.length === 0 || (!honorific && name.length < 2) || name.length > 5) return null;
	const surname = name[name.length - 1]!.replace(/\.$/, '');
	if (!honorific && speakers && !speakers.has(surname)) return null;
	// The name without its office: "Janet Reno", "Schwarzkopf".
	const start = lower.findLastIndex((w) => HONORIFICS.has(w)) + 1;
	return name.slice(start).join(' ');
}

const PRONOUN = /^(He|She|His|Her)\b\s*/;

function anotherPerson(text: string): boolean {
	for (const [pair] of text.matchAll(FULL_NAME)) {
		const words = pair.toLowerCase().split(' ');
		if (!words.every((w) => HONORIFICS.has(w)) && !words.some((w) => NOT_PEOPLE.has(w)))
			return true;
	}
	return false;
}

/**
 * The title with a leading "He"/"She" (or "His"/"Her") replaced by the person the story last
 * opened a sentence with, looking back over `earlier` sentences, nearest first.
 */
export function namePronoun(title: string, earlier: string[], speakers?: Set<string>): string {
	const m = PRONOUN.exec(title);
	if (!m) return title;
	for (const sentence of earlier) {
		const person = personSubject(sentence, speakers);
		if (!person) continue;
		// "Kamala Harris met Joe Biden. He …": either could be meant.
		if (anotherPerson(sentence.slice(0, READ).replace(person, ''))) return title;
		const possessive = m[1] === 'His' || m[1] === 'Her';
		return `${person}${possessive ? '’s' : ''} ${title.slice(m[0].length)}`;
	}
	return title;
}
