/**
 * The words the tense guess reads: verbs and prepositions that place a date the text leaves
 * open before or after the publication date (see tense.ts for how they are weighed).
 */
import { table } from './lexicon';
import {
	AS_OFTEN_OTHER_WORDS,
	IRREGULAR_PASTS,
	SAME_AS_PRESENT,
	SAYING_PASTS
} from './irregular-verbs';

export type Tense = 'past' | 'future' | null;

/** Words that put the clause ahead of the telling: modals, plans, forecasts. */
export const FUTURE_CUES = new Set([
	'will',
	'shall',
	'll',
	'next',
	'expected',
	'expects',
	'expect',
	'plans',
	'planning',
	'scheduled',
	'due',
	'payable',
	'upcoming',
	'coming',
	'forecast',
	'tomorrow',
	'going',
	'projected',
	'intends',
	'hopes',
	'aims',
	'should',
	'likely',
	'possible',
	'ahead',
	'soon',
	'set',
	'may',
	'might',
	'could',
	'can',
	'must'
]);

/** Past auxiliaries, common past verbs and backward-looking adverbs. */
export const PAST_CUES = new Set([
	'was',
	'were',
	'had',
	'did',
	// "didn't", "wasn't": the tokenizer splits the contraction after these.
	'didn',
	'wasn',
	'weren',
	'hadn',
	'ago',
	'last',
	'earlier',
	'yesterday',
	'announced',
	'reported',
	'rose',
	'fell',
	'began',
	'came',
	'took',
	'made',
	'met',
	'won',
	'lost',
	'since'
]);

/** Regular past forms too short for the "-ed" rule ("need", "bed" are none): "died", "sued". */
export const SHORT_PAST: ReadonlySet<string> = new Set(
	'sued died lied tied vied owed used eyed axed wed sped bred'.split(' ')
);

/**
 * Of SHORT_PAST, the forms a clause's tense rests on: "tied up", "used cars", "newly wed" are as
 * often adjectives ("keep their boats tied up when the season opens in April" looks ahead).
 */
export const SHORT_PAST_CUES: ReadonlySet<string> = new Set([
	'died',
	'sued',
	'lied',
	'vied',
	'axed'
]);

/** Reporting verbs in the past: the date right after them is when the words were said. */
export const REPORTING = new Set(['said', 'told', 'announced', 'reported', 'added', 'declared']);

/**
 * Verbs of a decision whose own day a date right after them tells, as a saying's does: "The
 * depot will close in June, the transit board agreed on Tuesday" (dev17e). ("agreed" alone
 * among them also looks ahead, LOOKS_AHEAD, to a deadline after its infinitive.)
 */
export const DECIDING = new Set(['agreed', 'decided', 'voted', 'ruled', 'resolved', 'concluded']);

/**
 * Irregular past forms (irregular-verbs.ts), less those spelt as their present and those as often
 * another word and "said"; like regular ones, they say nothing of time after "be" ("will be paid").
 */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
	[...IRREGULAR_PASTS].filter(
		(w) => !SAME_AS_PRESENT.has(w) && !AS_OFTEN_OTHER_WORDS.has(w) && !SAYING_PASTS.has(w)
	)
);

/**
 * Past forms of implicative verbs (Karttunen 1971): their infinitive's act is done, or not done,
 * at the verb's own time, so "declined to comment Thursday" and "failed to stop Tuesday night"
 * tell a day already past, where "agreed to meet Tuesday" may look ahead.
 */
export const DONE_AT_ONCE = new Set([
	'declined',
	'refused',
	'failed',
	'neglected',
	'tried',
	'attempted',
	'managed',
	'began',
	'started',
	'continued',
	'ceased',
	'hurried',
	'rushed',
	'struggled',
	'hesitated',
	'bothered',
	'forgot',
	'happened'
]);

/** "planned for", "scheduled for": a plan's date lies ahead of the telling. */
export const PLANNED = new Set(['planned', 'scheduled', 'set', 'slated', 'due', 'timed']);

/**
 * How many words of an object may stand between a verb of PLANNED and its "for": "The judge
 * set sentencing for Feb. 12" (told in November, next February), "scheduled the vote for Feb.
 * 9". Nouns that make the verb no schedule stop it: "set a record for March".
 */
export const PLANNED_OBJECT_WORDS = 3;
export const NOT_PLANNED = new Set(['record', 'records', 'mark', 'pace', 'tone']);

/** Verbs after which a participle is a state, not a past act: "will remain closed through Friday". */
export const STATE_VERBS = new Set(['remain', 'remains', 'stay', 'stays', 'staying', 'remaining']);

/**
 * Prepositions before a word that make it an adjective, not a present-tense schedule: "over open
 * water on Sunday and Monday" (SCHEDULED_BASE has "open").
 */
export const PREPOSITIONS = new Set([
	'over',
	'in',
	'on',
	'at',
	'into',
	'across',
	'through',
	'of',
	'with',
	'from',
	'under',
	'onto',
	'toward',
	'beyond'
]);

/**
 * Words that open a new predicate after "and" or "but": a cue after them tells that predicate's
 * time, not the date's ("strengthened … on Sunday and Monday and is expected to weaken").
 */
export const NEW_PREDICATE = new Set([
	'is',
	'are',
	'was',
	'were',
	'will',
	'would',
	'has',
	'have',
	'had',
	'could',
	'can',
	'may',
	'might',
	'should',
	'must'
]);

/** Verbs of intent: "planned a rally on Saturday" is a plan for a day still ahead. */
export const INTENDED = new Set(['planned', 'intended', 'hoped']);

/** Past verbs that still look ahead to a deadline after them: "expected to finish by the end of March". */
export const LOOKS_AHEAD = new Set([
	...INTENDED,
	'expected',
	'aimed',
	'agreed',
	'promised',
	'pledged',
	'vowed',
	'ordered',
	'asked',
	'told',
	'wanted',
	'supposed',
	'would',
	'will'
]);

/** Words that make a following "to" a comparison rather than a direction in time. */
export const COMPARING = new Set([
	// "the three months to June": a period ending then, not a move ahead.
	'months',
	'weeks',
	'quarter',
	'period',
	'contrast',
	'compared',
	'prior',
	'similar',
	'according',
	'close',
	'up'
]);

/** Present verbs of a rule starting: "takes effect", "goes into force", "comes into effect". */
export const COMING_INTO = new Set(['takes', 'take', 'goes', 'go', 'comes', 'come']);

/** "became effective": the change has already taken effect. */
export const BECAME = new Set(['became', 'was', 'were', 'been']);

/** Qualifiers between a preposition and its date: "until mid-November", "by early March". */
export const EDGES = new Set(['mid', 'early', 'late']);

/**
 * Present-tense verbs of schedules: in a news story's body "Arafat and Netanyahu meet Monday"
 * and "the talks resume Tuesday" are ahead, as are "is to resume" and "are to meet".
 */
export const SCHEDULED = new Set([
	'meets',
	'begins',
	'resumes',
	'heads',
	'travels',
	'arrives',
	'leaves',
	'convenes',
	'opens',
	'reopens',
	'ends',
	'starts',
	'expires',
	'votes',
	'goes',
	'hosts',
	'plays',
	'faces',
	'visits',
	'releases',
	'reconvenes',
	'kicks',
	'launches',
	'debuts',
	'premieres',
	'airs',
	'closes',
	'returns',
	'wraps',
	'falls',
	'takes'
]);

/** Their base forms, which after a bare "to" are infinitives of any tense ("failed to meet"). */
export const SCHEDULED_BASE = new Set([
	'meet',
	'begin',
	'resume',
	'reopen',
	'convene',
	'expire',
	'host',
	'play',
	'face',
	'visit',
	'vote',
	'open',
	'return',
	'travel',
	'launch',
	'go'
]);

/** Prepositions right before a date that point forward ("by May") or back ("since May"). */
export const LEADING: ReadonlyMap<string, Tense> = table({
	by: 'future',
	until: 'future',
	till: 'future',
	since: 'past'
});

/**
 * Prepositions that look ahead unless the clause's verb is past: "Schools are closed through
 * Friday" (told on a Wednesday, this Friday); "stayed closed through Friday" looks back.
 */
export const LEADING_UNLESS_PAST: ReadonlyMap<string, Tense> = table({ through: 'future' });

/**
 * Verbs that set a later time for what they govern: "postponed until Tuesday morning any
 * action", "extended its deadline until 9 a.m. Tuesday", "gave residents until Friday". The
 * day their "until" or "by" names lies ahead of the act, told in the past or not (AQUAINT).
 */
export const PUTS_OFF = new Set([
	'postponed',
	'delayed',
	'deferred',
	'extended',
	'adjourned',
	'recessed',
	'rescheduled',
	'pushed',
	'put',
	'moved',
	'gave',
	'given',
	'granted',
	'allowed'
]);

/** How many words before its "until" a verb of PUTS_OFF may stand: "extended its deadline until". */
export const PUTS_OFF_REACH = 4;

/** Past auxiliaries that outweigh any preposition: "until Thursday, they had". */
export const STRONG_PAST = new Set(['had', 'was', 'were', 'did', 'didn', 'wasn', 'weren', 'hadn']);
