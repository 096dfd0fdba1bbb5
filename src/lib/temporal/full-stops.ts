/**
 * When a full stop ends a sentence in news copy: one rule for the temporal tagger's tokens and
 * the extractor's sentences, so that "Raman will play in the U.S. Women's Championship in St.
 * Louis in October" is one sentence to both, and the tense of "will play" reaches "October".
 */

/**
 * Whether the sentence goes on past the full stop at offset `dot` of `text`, `next` being where
 * the following word (or its opening quote) begins: the stop closes a known abbreviation or an
 * initial ("U.S.", "St.", "Donald J. Trump"), not a clock time's "p.m." before a new sentence,
 * nor a closing abbreviation before a word that opens sentences ("Washington, D.C. He said").
 */
export function sentenceGoesOn(text: string, dot: number, next: number): boolean {
	return (
		isAbbreviation(text, dot) && !endsAtClock(text, dot, next) && !closesSentence(text, dot, next)
	);
}

// Abbreviations whose full stop does not end a sentence in news copy.
const ABBREVIATIONS = new Set(
	(
		'mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm maj pres st jr sr co corp inc ltd ' +
		'bros no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri ' +
		'sat sun ft mt ave blvd dept est fig al approx rev msgr supt insp det atty'
	).split(' ')
);

/**
 * Abbreviations that close a name and so may close a sentence too: "Acme Inc.", "Main St.",
 * "et al.", and every run of initials ("Washington, D.C.", "Santa Fe, N.M.", "the U.S."). A
 * title before a name ("Gov.", "Dr.") or a month before its day never ends one.
 */
const CLOSING = new Set('jr sr co corp inc ltd bros etc al st ave blvd'.split(' '));

/**
 * Capitalised words that open sentences but seldom follow a closing abbreviation inside one:
 * "Washington, D.C. He said" ends after "D.C."; "the U.S. Army", "the D.C. Council", "Acme Inc.
 * Chief Executive Ann Lee" go on (a noun after the abbreviation is read as part of the name).
 */
const OPENERS = new Set(
	(
		'he she it they we i you the a an this that these those his her its their our my there ' +
		'but and yet so or still now then meanwhile however instead later earlier also even ' +
		'in on at by for from with after before when while as if although though since because ' +
		'during under despite until last next some many most all both each no one two three'
	).split(' ')
);

/**
 * Words that go on a clock time's sentence: "4 p.m. Tuesday", "10 a.m. EDT", and a zone spelt
 * out, which always ends in "time" ("11:42 a.m. Central European Time", "9 p.m. Eastern time").
 */
const AFTER_CLOCK =
	/^(?:EDT|EST|CDT|CST|MDT|MST|PDT|PST|ET|CT|PT|GMT|UTC|BST|CET|CEST|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\b|^(?:(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|Greenwich|British|European|Western|Moscow|China|Japan|Korea|India|Israel|Australian|Arabia|Gulf|Irish|Summer|Standard|Daylight|Mean) ){1,3}[Tt]ime\b/;

/** "The Associated Press called the race at 10:42 p.m. Becker conceded …": a new sentence. */
function endsAtClock(p: string, dot: number, next: number): boolean {
	return (
		/\d\s*[ap]\.m$/i.test(p.slice(Math.max(0, dot - 8), dot)) && !AFTER_CLOCK.test(p.slice(next))
	);
}

/**
 * A closing abbreviation ("D.C.", "Inc.") followed by a word that opens sentences: "He moved to
 * Washington, D.C. He said …" is two sentences.
 */
function closesSentence(p: string, dot: number, next: number): boolean {
	const opening = OPENING_WORD.exec(p.slice(next))?.[0];
	if (opening === undefined || !OPENERS.has(opening.toLowerCase())) return false;
	const word = p.slice(abbreviationStart(p, dot), dot);
	return CLOSING.has(word.toLowerCase()) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word);
}
const OPENING_WORD = /^[A-Z][a-z]*\b/;

/** Where the letters and dots before offset `dot` begin: "D.C" of "D.C.", "Inc" of "Inc.". */
function abbreviationStart(p: string, dot: number): number {
	let i = dot;
	for (let c = p.charCodeAt(i - 1); i > 0; c = p.charCodeAt(--i - 1)) {
		if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46)) break;
	}
	return i;
}

function isAbbreviation(p: string, dot: number): boolean {
	const i = abbreviationStart(p, dot);
	const word = p.slice(i, dot);
	// "the 1980s." ends a sentence: the letters close a number, they are no initial.
	// ("8p.m." is still an abbreviation: its letters have dots of their own.)
	if (i > 0 && /\d/.test(p[i - 1]!) && !word.includes('.')) return false;
	// "grocer Hill's." ends a sentence: a possessive's "s" is no initial.
	if (/^[A-Za-z]$/.test(word)) return !/['’]/.test(p[i - 1] ?? ''); // an initial
	if (/^([A-Za-z]\.)+[A-Za-z]$/.test(word)) return true; // U.S, U.N
	const lower = word.toLowerCase();
	// "around the sun.", "the couple sat.", "voted no." end sentences: a name's, a month's or a
	// weekday's abbreviation is capitalised ("Sun.", "No. 5"), and only a few are written in
	// lower case.
	if (word[0] === lower[0] && !LOWER_CASE_ABBREVIATIONS.has(lower)) return false;
	return ABBREVIATIONS.has(lower);
}
const LOWER_CASE_ABBREVIATIONS = new Set('vs etc al approx est fig ft'.split(' '));
