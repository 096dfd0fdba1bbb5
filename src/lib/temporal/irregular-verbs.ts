/**
 * The simple past forms of English's common irregular verbs, one table for the whole
 * extractor: the tense guess reads them as past cues (tense-cues.ts) and the happening test as
 * past happenings (extract/happenings.ts). Completed from a list of common irregular verbs
 * rather than a word at a time ("froze", "fled", "sank", "bled", "swept" were each found
 * missing in turn), compounds included ("overran", "withheld").
 */
export const IRREGULAR_PASTS: ReadonlySet<string> = new Set(
	`arose ate awoke beat became befell began beheld bent bet bit bled blew bore bought bound bred
	broke brought built burned burnt burst came cast caught chose clung cost crept cut dealt did
	dove drank dreamt drew drove dug dwelt fed fell felt fled flew flung forbade foresaw forgave
	forgot forsook fought found froze gave got grew heard held hid hit hung hurt kept knelt knew
	laid leapt led left lent let lit lost made meant met misled mistook outgrew overcame overran
	oversaw overthrew overtook paid partook pled put quit ran rang rode rose said sang sank sat
	saw sent set shed shone shook shot shrank shut slept slew slid slung smote sold sought spat
	sped spent split spoke sprang spread spun stank stole stood strode strove struck strung stuck
	stung swam swept swore swung taught thought threw told took tore trod understood undertook
	underwent undid upheld went wept withdrew withheld withstood woke won wore wound wove wrote
	wrung`.split(/\s+/)
);

/**
 * Past forms spelt as their present or base ("will cut rates in March", "is set for
 * Friday", "getting beat up"): no cue to the past on their own.
 */
export const SAME_AS_PRESENT: ReadonlySet<string> = new Set(
	`beat bet burst cast cost cut hit hurt let put quit set shed shut split spread`.split(/\s+/)
);

/**
 * Past forms that are as often another word ("a bit", "bound for", "a wound", "a dove",
 * "well lit", "a bore"): left out of the tense guess, which reads any word.
 */
export const AS_OFTEN_OTHER_WORDS: ReadonlySet<string> = new Set(
	'bit bound wound dove lit bore'.split(' ')
);

/**
 * Verbs of saying, which the tense guess weighs on their own (REPORTING, and "said" after a
 * date only when the date opens its sentence: "… in early March, an official said" dates the
 * reported clause, not the saying).
 */
export const SAYING_PASTS: ReadonlySet<string> = new Set(['said']);
