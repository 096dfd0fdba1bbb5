/**
 * What a title leaves out around its happening: a reported period, a trailing clause of
 * background, a cleft's frame, a pair of dashes' aside.
 */

import { LAPSE, MARK, PREPOSITION, hasFiniteVerb, hasVerb } from './words';

/**
 * A cleft's frame: "It was not until Tuesday that …", and with an aside on its date, "It was on 12
 * March, three days after the storm, that the coastguard found the trawler".
 */
export const CLEFT =
	/^(?:but\s+|and\s+)?it\s+(?:was|is|will\s+be)\s+(?:not\s+until|only\s+(?:on|in|at|after)|on|in|at)\s+[^,;]{0,40}?(?:,\s+[^,;]{1,60},)?\s+that\s+/i;

export const DASH_ASIDE = /\s+(?:--|—|–|_)\s+([^—–_]{1,150}?)\s+(?:--|—|–|_)\s+/g;

/** A month's name, for a period's end the tagger gave no date of its own (a period told). */
const MONTH_NAME = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![A-Za-z])`;

/**
 * A period that a reported figure covers, ended by a date: "for the three months that ended in
 * September", "in the quarter ending June 30", "for its fiscal year through March" (its period
 * may be a date the tagger gave: "for [the quarter] that ended in June").
 */
export const REPORTING_PERIOD = new RegExp(
	String.raw`\s+(?:for|in|during|over)\s+(?:(?:the|its|their)\s+(?:(?:first|second|third|fourth|latest|last|fiscal|financial)\s+)*(?:(?:three|six|nine|twelve|\d+)[\s-]+months?|quarter|half|year|period|(?:\w+\s+)?weeks?)|${MARK}O\d+${MARK})\s+(?:that\s+)?(?:ended|ending|ends|through|to)\s+(?:(?:on|in)\s+)?(?:${MARK}[TO]\d+${MARK}|${MONTH_NAME}(?:\s+\d{1,2})?(?:,?\s+\d{4})?)`,
	'gi'
);

/**
 * What a title leaves out after its happening, each with the example that called for it: a
 * trailing clause or phrase of background the date does not govern, and a tennis score.
 */
const BACKGROUND: { words: RegExp; example: string; clause?: boolean; phrase?: boolean }[] = [
	{
		// (Its own commas and all: "…, when the City Council, led by Mayor Ann Cole, approved …".)
		words: /,\s+(?:when|after|before|while|as|because|just\s+when)\s[^;]*$/i,
		example:
			'The scheme unraveled in August 2023, when a bookkeeper noticed that checks had bounced.'
	},
	{
		// …and one told with how near it came: "soon after", "shortly before", "long after".
		words:
			/,\s+(?:soon|shortly|just|right|long|not\s+long|only|even)\s+(?:after|before|when|as)\s[^;]*$/i,
		example:
			"The plant had opened in 1962, soon after the Clean Air Act of 1956 forced the town's mills to close."
	},
	{
		// (Commas and all: "…, a year after her husband, engineer Paul Voss, died".)
		words: new RegExp(`,\\s+${LAPSE}\\s[^;]*$`, 'i'),
		example:
			'Helen Carrow resigned on Thursday, a day after an ethics adviser found that she had failed to declare a stake.'
	},
	{
		words: /,?\s+and\s+(?:now|still|currently)\s[^;]*$/i,
		example:
			'NATO warplanes helped end the war in Bosnia almost four years ago and now are poised to intervene.'
	},
	{
		// (Not a toll, which is the news: "exploded outside the embassies, killing dozens".)
		words:
			/,\s+(?!(?:during|according|including|morning|evening|spring|killing|injuring|wounding)\b)[a-z]{3,}ing\s[^;]*$/,
		example:
			'The Federal Trade Commission sued on Tuesday, saying the deal would raise prices for shoppers.'
	},
	{
		// A state told in the present after the happening: what it is, not what happened.
		words:
			/,?\s+and\s+(?:now\s+)?(?:holds|has|is|remains|employs|serves|includes|covers|owns|runs|operates|houses|seats|carries|contains|sits|stands|lies)\s[^;]*$/i,
		example: 'The reservoir was built in 1952 and holds 1.2 billion gallons when full.'
	},
	{
		words: /,?\s+and\s+(?:will|would|is\s+expected\s+to|expects\s+to)\s[^;]*$/i,
		example: 'He broke his wrist in a fall on Saturday and will miss a month.'
	},
	{
		// A guess at how, told after the happening.
		words:
			/,\s+(?:probably|apparently|possibly|perhaps|likely|reportedly)\s+[a-z]{3,}(?:ed|en|ing)\b[^;]*$/,
		example: 'Mertz died on 8 January 1913, probably poisoned by eating the livers of their dogs.'
	},
	{
		// What a count held: the count is the news. (Not a list's member whose verb comes after:
		// "three doctors, including Slepian, … have been murdered".)
		words: /,\s+including\s[^;]*$/,
		phrase: true,
		example:
			'The company has received 57 reports of kettles overheating since October, including 11 fires.'
	},
	{
		// A vote's tally after what was voted on.
		words: /\s+by\s+(?:a\s+)?vote\s+of\s+[\d,]+\s*(?:to|-)\s*[\d,]+/,
		example:
			"The union rejected the company's final contract offer on Sunday by a vote of 912 to 88."
	},
	{
		// A later happening told as a second verb phrase.
		words: /,?\s+and\s+(?:was\s+|were\s+)?later\s[^;]*$/,
		example: 'The Silver Crest closed in 2021 and was later sold to a hotel group.'
	},
	{
		words: /,\s+[a-z]{3,}ing$/,
		example: 'Caridad Gonzalez was the first to come to the United States, arriving in 1966.'
	},
	{
		// A clause (its own subject and verb) hanging off the happening without the date; not a
		// phrase ("after a three-week trial"), not one with the date in it, and not "when", which
		// tells how it happened ("was injured on Aug. 9 when a tree fell on his engine"), nor "as",
		// which trailing-subordinate.ts cuts before the clause is chosen ("The Nasdaq fell 3
		// percent as chip stocks slumped" → "Nasdaq fell 3 percent").
		words: /\s+(?:after|before|because|once|until|while)\s+([^,;]*)$/i,
		clause: true,
		example: 'The airline grounded 30 planes in July after the engine maker found flaws.'
	},
	{
		// A place's "where" clause without the date tells about the place, not the happening.
		words: /,\s+where\s[^;]*$/i,
		example: 'Kiplagat made her marathon debut in 2021 in Rotterdam, where she finished ninth.'
	},
	{
		// An apposition after a place that ends the clause: what the place is, not what happened.
		words: /(?<=\s\p{Lu}[\p{L}’'.-]*),\s+(?:the|a|an)\s+(?:[\p{L}’'-]+\s+){0,5}[\p{L}-]+$/u,
		example:
			"By February it had reached California's Central Valley, the country's largest egg-producing region."
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

const SAYING =
	/\b(?:said|says|declared|told|announced|warned|predicted|estimated|argued|insisted|added)\b/i;

/**
 * A plan told with "to" and its verb after a subject: "Fiat to close its Warren plant". (Not an
 * opening phrase's "to": "Contrary to other reports", "In efforts to prevent …".)
 */
export function tellsPlan(title: string): boolean {
	return (
		PLAN.test(title) &&
		!PREPOSITION.test(title) &&
		!/^(?:contrary|according|thanks|due|prior|close)\s/i.test(title)
	);
}
const PLAN =
	/^\p{Lu}[^,;]*?\s+to\s+(?!(?:the|a|an|its|his|her|their|other|this|that|these|those)\b)\p{Ll}{2,}(?:\s|$)/u;

export function backgroundOff(clause: string, mark: string): string {
	for (const { words, clause: needsClause, phrase } of BACKGROUND) {
		const m = words.exec(clause);
		if (!m || m[0].includes(mark)) continue;
		if (phrase && hasFiniteVerb(m[0].replace(/^,\s+including\s+/, ''))) continue;
		if (needsClause && !hasFiniteVerb(m[1]!)) continue;
		// (What was said keeps its clauses: "declared that it is a matter of days before Elian
		// will be reunited with his father".)
		if (needsClause && SAYING.test(clause.slice(0, m.index))) continue;
		const rest = clause.slice(0, m.index) + clause.slice(m.index + m[0].length);
		// What stays must still tell a happening ("Scheme unraveled") or a plan, its "would" made
		// "to" ("Fiat to close its Warren plant", of "…, ending 1,800 jobs").
		if (rest.trim().split(/\s+/).length >= 2 && (hasVerb(rest) || tellsPlan(rest))) clause = rest;
	}
	return clause;
}
