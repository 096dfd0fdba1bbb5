/**
 * Verb forms a headline changes: a participle opening a phrase ("before announcing her run")
 * and a perfect ("the fire had grown") both read as a simple past in a title ("announced",
 * "grew"). Each table lists the irregular forms; regular ones follow a rule.
 */

/** Pairs of words, read two by two: "making made taking took". */
function pairs(words: string): Record<string, string> {
	const all = words.trim().split(/\s+/);
	const out: Record<string, string> = {};
	for (let i = 0; i + 1 < all.length; i += 2) out[all[i]!] = all[i + 1]!;
	return out;
}

/** Past forms of verbs whose "-ing" form does not give them by adding "-ed". */
const ING_PAST = pairs(
	`making made taking took giving gave winning won losing lost leaving left becoming became
	beginning began running ran meeting met selling sold buying bought holding held leading led
	bringing brought building built fighting fought finding found going went coming came getting
	got hitting hit keeping kept saying said telling told writing wrote seeing saw setting set
	putting put paying paid sending sent spending spent standing stood striking struck teaching
	taught thinking thought throwing threw flying flew fleeing fled falling fell rising rose
	driving drove riding rode speaking spoke breaking broke choosing chose drawing drew growing grew
	knowing knew shooting shot sitting sat swimming swam hiding hid feeding fed feeling felt
	stealing stole swearing swore tearing tore understanding understood withdrawing withdrew
	cutting cut quitting quit shutting shut spreading spread letting let hurting hurt casting cast
	costing cost dying died tying tied seeking sought catching caught having had lying lay being was
	beating beat`
);

/** The past form of a verb's "-ing" form: "announcing" → "announced", "studying" → "studied". */
export function pastOfIng(word: string): string {
	const irregular = ING_PAST[word];
	if (irregular) return irregular;
	const stem = word.slice(0, -3);
	if (/[^aeiou]y$/.test(stem)) return `${stem.slice(0, -1)}ied`;
	if (/ee$/.test(stem)) return `${stem}d`;
	return `${stem}ed`;
}

/**
 * Past participles whose simple past differs: "had grown" → "grew", "has fallen" → "fell". A
 * participle like "bought" or "decided" is its own past, and is not listed.
 */
const PARTICIPLE_PAST = pairs(`
	grown grew shown showed known knew thrown threw drawn drew flown flew blown blew sworn swore
	torn tore worn wore given gave taken took written wrote driven drove risen rose fallen fell
	eaten ate beaten beat broken broke spoken spoke chosen chose frozen froze stolen stole
	forgotten forgot gotten got hidden hid bitten bit ridden rode begun began run ran sung sang
	rung rang swum swam drunk drank sunk sank shrunk shrank sprung sprang done did gone went seen
	saw become became come came overcome overcame undertaken undertook overtaken overtook
	withdrawn withdrew forgiven forgave shaken shook woken woke arisen arose mistaken mistook`);

/** Whether a word is an irregular past participle: "withdrawn", "grown", "begun". */
export function isParticiple(word: string): boolean {
	return word.toLowerCase() in PARTICIPLE_PAST;
}

/** The simple past of a past participle: "grown" → "grew", "bought" → "bought". */
export function pastOfParticiple(word: string): string {
	const lower = word.toLowerCase();
	return PARTICIPLE_PAST[lower] ?? word;
}

// After a pronoun the auxiliary stays: "He was stabbed" would read "He stabbed" without it.
// After a modal it stays too: "may have been stolen" is no "may stolen", and neither is it after
// a modal's "not": "should not have allowed" is no "should not allowed".
// A perfect's participle turns past ("the fire had grown" → "Fire grew"), a passive's stays
// ("was awarded" → "awarded").
const AUX =
	/(?<!\b(?:he|she|it|they|we|i|you|may|might|must|could|would|should|can|shall|will)\s)(?<!\b(?:may|might|must|could|would|should|can|shall|will)\s+(?:not|never)\s+|n['’]t\s)\b(?:has been|have been|had been|will have been|is being|are being|was being|were being|was|were|is|are|(has|have|had)(?:\s+already)?) ((?:later|also|then|again)\s+)?(?!(?:one|none|anyone|someone|everyone|gone|been)\b)((?:re-|co-)?\w+(?:ed|en|wn|ne|lt|ft|pt|ught|un|ung)|lost|won|made|paid|sold|told|held|found|cut|hit|set|put|shut|cast|spread|hurt)\b/gi;

/** A clause without its auxiliaries: "The fire had grown" → "The fire grew". */
export function withoutAuxiliaries(clause: string): string {
	return clause.replace(
		AUX,
		(_, perfect: string | undefined, adverb: string | undefined, participle: string) =>
			(adverb ?? '') + (perfect ? pastOfParticiple(participle) : participle)
	);
}
