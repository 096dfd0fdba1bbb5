/**
 * Dates that measure rather than happen. A record's yardstick ("the biggest gain since April"),
 * a comparison's base ("up from 9% a year earlier", "from 4.19 percent late Monday"), a
 * market's reference point ("since Tuesday's close") and a span reaching up to now ("over the
 * past year") name a time, but nothing in the story happened then. Each rule is a row: the
 * words before the date, the words after it, and the example that called for it.
 */

import { MONTH_NAMES } from '../temporal/lexicon';
import { POSSESSED_NOUNS } from './titles/possessed';

export interface YardstickRule {
	/** Tested against the words just before the date (up to ~120 characters). */
	before?: RegExp;
	/** Tested against the words just after the date. */
	after?: RegExp;
	/** Tested against the date's own words. */
	text?: RegExp;
	example: string;
}

const SUPERLATIVES = [
	'\\w+iest',
	'(?:most|least)\\s+(?!of\\b)[a-z]+',
	// (A first is a record too: "his first marathon victory since he tore a hamstring in 2022".)
	'first',
	// So is any ordinal, a count's place: "the fourth to close the road since 2017".
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'\\d+(?:st|nd|rd|th)',
	'biggest',
	'largest',
	'highest',
	'lowest',
	'worst',
	'best',
	'fastest',
	'slowest',
	'strongest',
	'weakest',
	'longest',
	'greatest',
	'smallest',
	'steepest',
	'sharpest',
	'hottest',
	'coldest',
	'warmest',
	'deepest',
	'widest',
	'cheapest',
	'richest',
	'poorest'
];
const SUPERLATIVE = SUPERLATIVES.join('|');

/** Superlatives that measure, without the ordinals that count happenings ("first", "third"). */
const MEASURED_SUPERLATIVE = SUPERLATIVES.filter(
	(w) => !/^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d.*)$/.test(w)
).join('|');

/**
 * An amount: "9%", "$1.4 billion", "4.19 percent", "192,000", "11.5 cents a share", a count
 * ("down from 103 in 2022"); never a bare year, so "from 2016 to 2018" stays a range.
 */
const AMOUNT =
	'(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|just\\s+)?(?:[$€£¥]\\d[\\d.,]*(?:\\s*(?:million|billion|trillion))?|\\d[\\d.,]*\\s*(?:%|percent|per\\s+cent|points?|million|billion|trillion|cents?)|\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:\\.\\d+)?(?=\\s))(?:\\s+(?:a|per)\\s+(?:share|barrel|ounce|gallon|day|week|month|year))?';

/** A month's name, whole or shortened: "March", "Sept.". */
const MONTH = `(?:${MONTH_NAMES})\\.?`;

/** Verbs of a change in amount, in the past, the perfect or the gerund. */
const CHANGES = [
	'doubl(?:ed|ing)',
	'tripl(?:ed|ing)',
	'halv(?:ed|ing)',
	'r(?:ose|isen|ising)',
	'climb(?:ed|ing)',
	'gain(?:ed|ing)',
	'f(?:ell|allen|alling)',
	'dropp(?:ed|ing)',
	'(?:lost|losing)',
	'surg(?:ed|ing)',
	'soar(?:ed|ing)',
	'gr(?:ew|own|owing)',
	'declin(?:ed|ing)',
	'jump(?:ed|ing)',
	'plung(?:ed|ing)',
	'tumbl(?:ed|ing)',
	'(?:slid|sliding)',
	'increas(?:ed|ing)',
	'decreas(?:ed|ing)',
	'rall(?:ied|ying)',
	'slump(?:ed|ing)',
	'(?:sank|sunk|sinking)'
].join('|');

/** A share of a value: "half their value", "a third of its worth" (dev15e). */
const SHARE_OF_VALUE =
	'(?:about\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+)?(?:half|a\\s+third|a\\s+quarter|two-thirds|three-quarters|most|much)\\s+(?:of\\s+)?(?:their|its|his|her|the)\\s+(?:value|worth)';

/**
 * Verbs that tell a level rather than a change: "stood at", "was worth", "was valued at", "had
 * 2,300 residents", "employed 1,200 workers". ("had" and "employed" only before a count of
 * people: "had $2 million in debt" and "employed a new tactic" are no levels.)
 */
const LEVEL = `(?:stood|stands|stand)\\s+at|(?:was|were|is|are)\\s+(?:worth|valued\\s+at)|(?:numbered|totaled|totalled)|(?:had|has|have|employed|employs)(?=\\s+${AMOUNT}\\s+(?:residents|members|employees|workers|staff|students|pupils|people|inhabitants|subscribers|customers|users|visitors|fans|players)\\b)`;
/** Words that end a rank's phrase before a date: the date is then a verb's or a clause's. */
const NOT_IN_RANK =
	'to|that|which|who|whom|when|where|since|after|before|until|ever|and|but|because|while';
/** Words that end a level's phrase before a date: the date is then another clause's. */
const NOT_IN_LEVEL =
	'when|after|before|until|since|and|but|which|who|that|because|while|then|rose|fell|grew|reached|dropped|climbed|jumped|increased|decreased|declined|doubled';

/** A comparison's base date: "a year earlier", "a year ago", "the same period last year". */
const COMPARISON_BASE =
	/^(?:a|one|the)\s+(?:year|quarter|month|week)\s+(?:earlier|ago|before)$|^(?:the\s+)?(?:year|quarter|month)-(?:earlier|ago)\b|^(?:the\s+)?(?:same|previous|prior|preceding)\s+(?:period|quarter|month|week|year)\b|^last\s+year$/i;

/** Nouns of a prediction or a goal: their period is what they are about, not when. */
const PREDICTION =
	'forecasts?|outlook|guidance|targets?|estimates?|projections?|budgets?|expectations?|goals?';

/**
 * Nouns of happenings: a year before one dates it ("the 2016 presidential election", "the 2023
 * shooting of an unarmed man"); before any other noun it names a thing ("the 2022 law").
 */
const HAPPENING_NOUNS =
	'elections?|votes?|referendum|primary|primaries|race|campaign|war|attacks?|bombings?|shootings?|killings?|murders?|assassination|massacre|fires?|floods?|flooding|storms?|hurricanes?|earthquakes?|quake|tsunami|crash|collapse|explosions?|blast|disaster|outbreak|pandemic|epidemic|crisis|recession|riots?|protests?|uprising|revolution|coup|invasion|strikes?|lockdown|summit|visit|tour|games|olympics|cup|finals?|championships?|series|tournament|playoffs?|match|debut|launch|merger|takeover|acquisition|trial|verdict|ruling|conviction|arrest|indictment|scandal|hearings?|inauguration|ceremony|wedding|funeral|census|heist|robbery|raid|spill|drought|famine|heat\\s+wave|derailment|shutdown|default|bankruptcy|bailout';

/** Periods a year may name: a happening in "the 2018 season" is in it, one after it is not. */
const PERIOD_NOUNS = 'seasons?|terms?|sessions?';

/** Words that end a noun phrase after its head: "the 1990 invasion of Kuwait". */
const AFTER_HEAD =
	'of|in|on|at|that|which|who|when|where|and|or|but|by|for|with|to|from|against|near|as|after|before|during|was|were|is|are|has|had|\\p{Ll}+ed';

/**
 * A year before a noun phrase whose head (its last noun, within four words) is none of
 * `nouns`: "the 2022 law", "the 2004 hurricane season" (a season, not a hurricane). `lead` is
 * what stands between the year and the phrase ("'s" after "last year").
 */
const notBefore = (nouns: string, lead = '') =>
	new RegExp(
		`^${lead}[ \\u00a0]+(?!(?:[\\p{L}-]+\\s+){0,3}(?:${nouns})(?=$|\\s*[^\\p{L}\\s-]|\\s+(?:${AFTER_HEAD})\\b))\\p{L}`,
		'iu'
	);

/**
 * A record's yardstick that the text goes on to tell: "for the first time since 2015, when a
 * judge stopped the sale of two chains" dates the judge's ruling, a happening of its own.
 */
const TOLD_SINCE = /^(?!\s*,\s*when\s)/i;

export const YARDSTICKS: YardstickRule[] = [
	{
		// "the most since 2020", "the first since 1998": a count's or a record's reach back.
		before: /\b(?:most|fewest|least|more|fewer|first|only)\s+since\s+(?:at\s+least\s+)?$/i,
		after: TOLD_SINCE,
		example: 'the fourth hurricane to hit the United States this year, the most since 2020'
	},
	{
		// A record told as a comparison with any time since: "more than on any day since 2015",
		// "lower than in any July since 2013".
		before:
			/\bthan\s+(?:(?:on|in|at|during|for)\s+)?any\b(?:\s+[\w’'-]+){0,4}\s+since\s+(?:at\s+least\s+)?$/i,
		after: TOLD_SINCE,
		example: 'About 4,000 people visited on Saturday, more than on any day since 2015.'
	},
	{
		// A comparison with another time: "twice as much as in the 2018 race", "more than in
		// 2020". What is compared happened then; the sentence's happening did not. (A state's
		// too: "It remains the only crossing that can take a bus, as it was in 1931", dev16e.)
		before:
			/\b(?:than|as)\s+(?:(?:it|they|he|she|we)\s+(?:did|was|were|had)\s+)?(?:in|during|for)\s+(?:the\s+)?$/i,
		example: 'The campaigns spent more than $250 million, twice as much as in the 2018 race.'
	},
	{
		// A comparison with the time before or after a happening: "The beach was busier than
		// before the Easter break in April", "Prices are lower than they were before the war in
		// 2022". The date places the yardstick, and the sentence tells no happening at it. (A
		// clause of its own is one: "than before the bypass opened in 2019".)
		before:
			/\bthan\s+(?:(?:it|they|he|she|we)\s+(?:did|was|were|had)\s+)?(?:before|after|during|since)\s+(?:the\s+)?(?:(?!\p{Ll}+ed\s)[\p{L}’'-]+\s+){0,4}?(?:(?:in|on|at|during|of)\s+(?:the\s+)?)?$/iu,
		example: 'The beach was busier than before the Easter break in April.'
	},
	{
		// A multiple of what something did or cost at another time: "Flour is costing me twice
		// what it did in 2019" measures against 2019; nothing happened then (dev15e).
		before:
			/\b(?:twice|double|triple|half|(?:three|four|five|ten|\d+)\s+times|more\s+than|less\s+than|a\s+fraction\s+of)\s+what\s+(?:it|they|he|she|we|i|you)\s+(?:did|was|were|had|cost|paid|made|earned)\s+(?:in|during|for|at)\s+(?:the\s+)?$/i,
		example: '"Flour is costing me twice what it did in 2019."'
	},
	{
		// A level at a date: "Its membership stood at 4,000 in 2010", "The building was worth
		// $1.2 million in 2015", "The village had 2,300 residents in 2020". A yardstick, no
		// happening (dev16e); a change to it ("rose to 4,000 in 2010") is one.
		before: new RegExp(
			`\\b(?:${LEVEL})\\s+${AMOUNT}(?:\\s+(?!${NOT_IN_LEVEL}\\b)[\\w'’-]+){0,6}?\\s+(?:in|on|at|during|by)\\s+(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?$`,
			'i'
		),
		example: 'Traffic on the bridge stood at 9,000 vehicles a day in 2018, before the ban.'
	},
	{
		// A rank at a date: "The mill was the largest employer in the county in 1950", "is still
		// the most visited museum in the state as of 2024". A state measured then, no happening
		// (dev16e probes); "became the largest" is one, and so is what the superlative's own verb
		// tells ("the worst storm to hit the coast in 1953").
		before: new RegExp(
			`\\b(?:is|was|are|were|remains|remained)\\s+(?:still\\s+|now\\s+|already\\s+)?(?:the|its|their|his|her)\\s+(?:${MEASURED_SUPERLATIVE})\\b(?:\\s+(?!(?:${NOT_IN_RANK})\\b)[\\w'’-]+){0,8}?\\s+(?:in|by|during|as\\s+of)\\s+(?:the\\s+)?$`,
			'i'
		),
		text: new RegExp(`^(?:${MONTH}\\s+)?\\d{4}$`, 'i'),
		example: 'The mill was the largest employer in the county in 1950.'
	},
	{
		// A level or a rank after a year opening its sentence: "In 2010 the club had 4,000
		// members", "By 2015 the museum was the most visited in the state" (dev16e probes).
		before: /^\s*(?:in|by|as\s+of)\s+$/i,
		text: new RegExp(`^(?:${MONTH}\\s+)?\\d{4}$`, 'i'),
		after: new RegExp(
			`^,?\\s+(?:[\\w'’-]+\\s+){1,5}?(?:(?:${LEVEL})\\s+${AMOUNT}|(?:is|was|are|were)\\s+(?:still\\s+|already\\s+)?(?:the|its|their|his|her)\\s+(?:${MEASURED_SUPERLATIVE})\\b(?!(?:\\s+[\\w'’-]+){0,4}\\s+to\\s))`,
			'i'
		),
		example: 'In 2010 the club had 4,000 members.'
	},
	{
		// A level told in the present with the page's day: "Its membership … is about 900 today"
		// measures now; nothing happened today (dev16e).
		before: new RegExp(
			`\\b(?:is|are|stands|stand)\\s+(?:at\\s+)?${AMOUNT}(?:\\s+[\\w'’-]+){0,3}?\\s+$`,
			'i'
		),
		text: /^(?:today|now)$/i,
		example: 'Its membership stood at 4,000 in 2010 and is about 900 today.'
	},
	{
		// A price a thing had at a time: "a loaf that cost $5.50 in 2023" is the price's date, no
		// happening (a sale, "sold for $1 million in 2019", is one).
		before: new RegExp(
			`\\b(?:cost|costs|was\\s+priced\\s+at|were\\s+priced\\s+at)\\s+${AMOUNT}\\s+(?:in|during|at)\\s+(?:the\\s+)?$`,
			'i'
		),
		example: 'The increase adds 75 cents to a loaf that cost $5.50 in 2023.'
	},
	{
		// A year naming a thing or a period that a happening came before or after bounds it, and
		// is not its date ("set up after the 2004 hurricane season"; but "after its 1990
		// invasion of Kuwait" names a happening of its own).
		before: /\b(?:after|before|since|until)\s+(?:the|a|an|its|his|her|their|[\w-]+['’]s)\s+$/i,
		text: /^\d{4}$/,
		after: notBefore(HAPPENING_NOUNS),
		example: 'The state’s emergency fund, set up after the 2004 hurricane season, had $300 million'
	},
	{
		// A reported period's end names the period, not the day of the report.
		before:
			/\b(?:reported|posted|recorded|booked|announced)\b[^;]*\b(?:quarter|months?|weeks?|period|year|half|season)\s+(?:that\s+)?(?:ended|ending)\s+(?:on\s+|in\s+)?$/i,
		example: 'reported revenue of $3.1 billion for the three months that ended in September'
	},
	{
		// … and so does a period of months named by its end as its result's time, whatever verb
		// tells the result.
		// (Not "For the six months ended Aug. 12, Provigo posted …": TimeBank anchors that at the
		// period's end.)
		before:
			/\bin\s+the\s+(?:three|six|nine|twelve|\d+)\s+months\s+that\s+ended\s+(?:on\s+|in\s+)?$/i,
		example: 'Sales in the three months that ended in September rose 9 percent to $820 million.'
	},
	{
		// A comparison's base period: "the same period of 2024", "the year-earlier quarter".
		before:
			/\b(?:same|year-earlier|year-ago|prior|previous|comparable|corresponding)\s+(?:period|quarter|months?|weeks?|time|season)\s+(?:of|in|last)\s+$/i,
		example: 'It lost $85 million in the same period of 2024.'
	},
	{
		// A state reached over the span up to the news, told in the pluperfect: "Its shares fell
		// 12 percent. They had already lost nearly half their value this year." (A narrator's
		// "has gained 2% share so far this year" is the year's, and stays.)
		before: /(?<!\bha(?:s|ve)\s)\bhad\s+(?:already\s+)?[a-z]+\b[^;]*?\s+(?:so\s+far\s+)?$/i,
		text: /^this\s+(?:year|month|week|quarter)$/i,
		example: 'They had already lost nearly half their value this year.'
	},
	{
		// A rank within a span up to now: "the fourth hurricane to hit the United States this
		// year" counts this year's storms; nothing happened on "this year".
		before:
			/\b(?:is|was|are|were|becomes|became)\s+(?:the|its|their|his|her)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|only)\b(?:\s+[\w’'-]+){1,8}\s+(?:so\s+far\s+)?$/i,
		text: /^this\s+(?:year|month|week|season|quarter|decade|century)$/i,
		example: 'The storm was the fourth hurricane to hit the United States this year'
	},
	{
		// A superlative within a span up to now: "the fastest in the world this year" ranks this
		// year's times; nothing happened on "this year" (dev15e). (Not an ordinal: "his first goal
		// this year" is a happening of this year.)
		before: new RegExp(
			`\\b(?:the|its|their|his|her)\\s+(?:${MEASURED_SUPERLATIVE})\\b(?:\\s+[\\w’'-]+){0,6}?\\s+(?:so\\s+far\\s+)?$`,
			'i'
		),
		text: /^this\s+(?:year|month|week|season|quarter|decade|century)$/i,
		example: 'His time was the fastest in the world this year by anyone under 20.'
	},
	{
		// The period a forecast covers: the cut happened on the report's day, not all year.
		before: new RegExp(`\\b(?:${PREDICTION})\\s+(?:for|of)\\s+(?:the\\s+)?$`, 'i'),
		example: 'Harbor Foods cut its forecast for the year'
	},
	{
		// An earlier forecast as a comparison's base: "down from its July forecast".
		before:
			/\b(?:from|than|above|below|versus|vs\.?)\s+(?:its|their|the|an?|his|her)\s+(?:own\s+)?$/i,
		after: new RegExp(`^\\s+(?:${PREDICTION}|levels?|peak|high|low|record|price)\\b`, 'i'),
		example: 'expects earnings of $3.80 a share, down from its July forecast of $4.10'
	},
	{
		// (Up to eight words between: "their first time on top that late in a season since 2009".)
		before: new RegExp(
			`\\b(?:${SUPERLATIVE})\\b(?:\\s+[\\w’'%.-]+){0,8}\\s+since\\s+(?:at\\s+least\\s+)?$`,
			'i'
		),
		after: TOLD_SINCE,
		example: 'the biggest one-day decline since December'
	},
	{
		// A record's yardstick named, then dated: the year dates the storm it was measured
		// against, not the one the story tells. (Up to six words: "the worst on the coast since
		// the loss of the Pacific Star in 1958", dev11.)
		before: new RegExp(
			`\\b(?:${SUPERLATIVE})\\b(?:\\s+[\\w’'%.-]+){0,8}\\s+since\\s+(?:the\\s+)?(?:[\\w’'.-]+\\s+){1,6}(?:in|of)\\s+$`,
			'i'
		),
		text: /^\d{4}$/,
		example: 'The storm surge reached 14 feet, the highest there since Hurricane Katrina in 2005'
	},
	{
		// A record's or a mark's date: "beating the meet record set in 2019", "far below the mark
		// set in 2020", "faster than the mark set in 2010-11", "the record she set in 2014" tell
		// when the yardstick was made, no happening of this story (dev11).
		before:
			/\b(?:record|mark|best|standard|high|low)\s+(?:(?:that|which)\s+)?(?:(?:he|she|they|it|[\p{Lu}][\p{L}'’-]+)\s+)?(?:had\s+)?(?:set|established|broke|posted|reached)\s+(?:(?:by|at)\s+(?:[\p{L}'’.-]+\s+){1,4})?(?:in|on|at|during)\s+(?:the\s+)?$/iu,
		example: 'won on Saturday in 15:41.22, beating the meet record set in 2019 by Claire Dunmore'
	},
	{
		// A happening the story's is measured against: "no town burned on the scale of Paradise in
		// 2018", "a flood the size of the one in 1993", "unlike in 1996" (dev11).
		before:
			/\b(?:on\s+the\s+scale\s+of|the\s+size\s+of|unlike|comparable\s+to|similar\s+to)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}'’.-]+\s+){0,4}?(?:in|of|during)\s+(?:the\s+)?$/iu,
		example:
			'The acreage was far below the mark set in 2020, and no town burned on the scale of Paradise in 2018.'
	},
	{
		// A comparison with a time named as a whole: "Old-timers compare the winter with 1992",
		// "likened the flood to 1993". The year is the yardstick, no happening the story tells (a
		// "when" after it tells one: "compare it with 1992, when the river crested at 30 feet").
		before:
			/\b(?:compares?|compared|comparing|likens?|likened|likening)\s+(?:[\w’'-]+\s+){0,6}(?:with|to)\s+(?:the\s+)?$/i,
		after: TOLD_SINCE,
		example: 'Old-timers compare the winter with 1992.'
	},
	{
		// A record's age: "a course record that had stood since 2011" dates when it was set, not
		// anything the story tells.
		before: /\b(?:record|mark|best)\s+(?:that\s+|which\s+)?(?:had\s+|has\s+)?stood\s+since\s+$/i,
		example: 'breaking a course record that had stood since 2011'
	},
	{
		// The narrator's now, measured from the story: "Now, 32 years later, the case has a
		// suspect" tells how long ago the story was; nothing happened 32 years after its last
		// date (dev16e).
		before: /^\s*(?:and\s+|but\s+)?now,?\s+$/i,
		text: /^(?:[\w-]+\s+){1,2}(?:years?|decades?|months?)(?:\s+(?:later|on))?$/i,
		example: 'Now, 32 years later, the case has a suspect.'
	},
	{
		// A long day's end: "a meeting that ran past midnight" on the night the sentence dates.
		before: /\b(?:past|until|till)\s+$/i,
		text: /^midnight$/i,
		example: 'The council voted 5-2 on Tuesday night, after a meeting that ran past midnight.'
	},
	{
		// The base of a change: "up from 9 million a year earlier", "to 4.12 percent from 4.19
		// percent late Monday", "down from 192,000 in April".
		before: new RegExp(
			`\\b(?:from|than|versus|vs\\.?|compared\\s+(?:with|to))\\s+${AMOUNT}\\s+(?:in\\s+|on\\s+|at\\s+|during\\s+|for\\s+)?(?:the\\s+)?$`,
			'i'
		),
		example: 'shipped 14 million phones, up from 9 million a year earlier'
	},
	{
		before: /\b(?:from|than|versus|vs\.?|compared\s+(?:with|to)|over)\s+(?:the\s+)?$/i,
		text: COMPARISON_BASE,
		example: 'prices rose 3.1 percent in February from a year earlier'
	},
	{
		before: /\b(?:up|down)\s+(?:[\d.,]+\s*(?:%|percent)\s+)?(?:on|over|from)\s+(?:the\s+)?$/i,
		text: COMPARISON_BASE,
		example: 'sales were up 4% on a year earlier'
	},
	{
		// A record's reach back from now: "its highest level in seven weeks" is no span or date
		// of the story (nor "seven weeks after" anything it goes on to tell).
		before: new RegExp(
			`\\b(?:${SUPERLATIVE})\\b(?:\\s+[\\w’'%.-]+){0,4}\\s+in\\s+(?:(?:more\\s+than|nearly|almost|over|about)\\s+)?$`,
			'i'
		),
		text: /\b(?:days?|weeks?|months?|years?|decades?|centur(?:y|ies))$/i,
		example: 'Oil prices climbed to their highest level in seven weeks'
	},
	{
		// A state's start: "has lived there since 1998", "has operated the pipeline since 1987",
		// "has drawn about 40,000 people every July since 2009". The state is no happening, and
		// its year dates nothing the sentence tells ("moved there in 1998" is a happening).
		// (A year only, no "been": "have been unchanged since July 2023", "has continued since
		// Monday" tell the news's own span and stay.)
		// (No comma between: "have become a lifeline, and since 1990 there has been …".)
		// (A month of a year too: "has won every race he has entered since March 2025", dev15e.)
		before: /\b(?:has|have|had)\s+(?!been\b)(?:[\w'’$.-]+(?:,\d{3})*\s+){1,9}?since\s+$/i,
		text: new RegExp(`^(?:${MONTH}\\s+)?\\d{4}$`, 'i'),
		after: TOLD_SINCE,
		example: 'Kestrel has leased the same hangar at Tucson’s airport since 2019.'
	},
	{
		// A state in a place, a hand or a condition since a year: "has been in the Hollins family
		// since 1890", "has been under a state financial monitor since 2020". What began it is
		// not told ("bought the farm in 1890" is a happening), so the year dates nothing (dev17e).
		// (Not "in power" or "in office", whose start is a title's "came to power", since.ts.)
		before:
			/\b(?:has|have|had)\s+been\s+(?:(?:in|under|with|within|inside|among)\s+(?!power\b|office\b)|part\s+of\s+|owned\s+by\s+)(?:[\w'’.-]+\s+){0,5}?since\s+$/i,
		text: new RegExp(`^(?:${MONTH}\\s+)?\\d{4}$`, 'i'),
		after: TOLD_SINCE,
		example: 'Marsh Farm, which has been in the Hollins family since 1890, will be sold in April.'
	},
	{
		// A role or a kind held since a year: "had been the club's captain since 2012", "has been
		// a café since 2021". When it began is told only by "since"; the state is no happening
		// (dev17e). "had been closed since 2019" tells the closing and stays.
		before:
			/\b(?:has|have|had)\s+been\s+(?:the|a|an|its|their|his|her|[\p{L}-]+['’]s?)\s+(?:[\p{L}'’-]+\s+){0,4}?since\s+$/iu,
		text: new RegExp(`^(?:${MONTH}\\s+)?\\d{4}$`, 'i'),
		after: TOLD_SINCE,
		example: 'Holt, 41, had been the club’s captain since 2012 and lifted the trophy on 7 May 2016.'
	},
	{
		// A record over a span: "The side was unbeaten at home in 2016", "went undefeated in
		// 2019", "the house stood empty in 1990". No happening of the year ("went bankrupt in
		// 2019" is one) (dev17e).
		before:
			/\b(?:is|was|are|were|remained|stayed|went|stood)\s+(?:still\s+)?(?:unbeaten|undefeated|winless|unchanged|empty|vacant|unoccupied|derelict|debt-free)\b(?:\s+(?!(?:when|after|before|until|since|and|but|which|who|that|because)\b)[\w'’-]+){0,4}?\s+(?:in|during|throughout|for)\s+(?:the\s+)?(?:whole\s+of\s+)?$/i,
		text: new RegExp(
			`^(?:${MONTH}\\s+)?\\d{4}$|^(?:that|this|last|the)\\s+(?:season|year|campaign)$`,
			'i'
		),
		example: 'The side was unbeaten at home in 2016 and was the league’s top scorer that season.'
	},
	{
		// A sole place at a date: "was the only woman on the county's dairy board in 1975", "the
		// only school in the county without a gymnasium in 1990". A state then; "became the
		// only …" and "the only woman to finish the race in 1975" tell happenings (dev17e).
		before: new RegExp(
			`\\b(?:is|was|are|were|remains|remained)\\s+(?:still\\s+|then\\s+)?(?:the|its|their|his|her)\\s+only\\b(?:\\s+(?!(?:${NOT_IN_RANK})\\b)[\\w'’-]+){1,8}?\\s+(?:in|by|during|as\\s+of)\\s+(?:the\\s+)?$`,
			'i'
		),
		text: new RegExp(`^(?:${MONTH}\\s+)?\\d{4}$`, 'i'),
		example: 'She was the only woman on the county’s dairy board in 1975.'
	},
	{
		// A rate at a date: "The line carried 400,000 passengers a year in 2019", "the plant made
		// 1,000 cars a day in 1950". A level, no happening; a change to a rate ("cut its output to
		// 300 cars a day in March") is one (dev17e).
		before: new RegExp(
			`\\b(?:carried|carries|served|serves|handled|handles|drew|draws|attracted|attracts|welcomed|welcomes|produced|produces|made|makes|sold|sells|pumped|pumps|shipped|ships|had|has)\\s+${AMOUNT}\\s+(?:[\\w'’-]+\\s+){0,3}?(?:a|per|each|every)\\s+(?:year|day|week|month|season)\\s+(?:in|during|by)\\s+(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?$`,
			'i'
		),
		example: 'The line carried 400,000 passengers a year in 2019.'
	},
	{
		// An amount gathered over a span up to now, told in the present: "Rainfall since March 1
		// is nearly triple the normal amount" measures from March 1; nothing happened then
		// (dev15e).
		before: /\bsince\s+(?:(?:early|late|mid)\s*-?\s*)?$/i,
		after: /^,?\s+(?:is|are|has\s+been|have\s+been|totals?|stands?\s+at|amounts?\s+to)\b/i,
		example:
			'Rainfall in the lower Missouri basin since March 1 is nearly triple the normal amount.'
	},
	{
		// A state or a habit over a span: "For much of last year she could irrigate only twice a
		// month" tells what she could not do, no happening of last year.
		before: /\bfor\s+(?:much|most|all|part|some)\s+of\s+(?:the\s+)?$/i,
		after: /^,?\s+(?:[\w'’-]+\s+){0,4}(?:could|would|used\s+to|was\s+able|were\s+able)\b/i,
		example: 'For much of last year she could irrigate only twice a month.'
	},
	{
		// An award's name: "was named Ketchum's citizen of the year in 2019" is no happening of
		// the year the page was written (the award's own year, after it, dates it).
		before:
			/\b(?:named|voted|chosen|picked|selected|crowned|won|wins|win|awarded|earned|honou?red\s+as)\s+(?:[\p{L}'’.-]+\s+){0,5}of\s+$/iu,
		text: /^the\s+year$/i,
		example: 'Arroyo was named Ketchum’s citizen of the year in 2019.'
	},
	{
		// A record of a season or a year: "had the 2024 season's best-selling album" measures
		// against that season, no happening of it.
		text: /^\d{4}$/,
		after: new RegExp(`^\\s+(?:season|year|campaign|tour)['’]s\\s+(?:${SUPERLATIVE})`, 'i'),
		example: 'His time of 2:08:41 was the 2024 season’s best.'
	},
	{
		// A change measured from a time up to now: "with its shares more than doubling since
		// January", "sales have risen 40 percent since March". Nothing happened then.
		before: new RegExp(
			`\\b(?:${CHANGES})\\s+(?:by\\s+)?(?:${AMOUNT}\\s+|${SHARE_OF_VALUE}\\s+)?since\\s+(?:(?:early|late|mid)\\s*-?\\s*)?$`,
			'i'
		),
		after: TOLD_SINCE,
		// (A share of a value too: "its shares have lost half their value since January", dev15e.)
		example: 'with its shares more than doubling since January'
	},
	{
		// A market's reference point: the fall happened after it, not on it.
		after:
			/^\s*['’]s\s+(?:close|closing|open|opening|level|levels|high|low|peak|trough|finish|session|settlement|record)\b/i,
		example: 'the index has fallen 9 percent since last Wednesday’s close'
	},
	{
		// A coming happening that an opening phrase sets the sentence before: its day is the
		// vote's, not the saying's nor the main clause's (dev10).
		before:
			/^\s*(?:just\s+)?ahead\s+of\s+(?:(?:the|a|an|its|their|his|her|next)\s+)?(?:[\w'’-]+\s+){0,3}(?:on|at|in)\s+$/i,
		after: /^\s*,/,
		example:
			'Ahead of the vote on Thursday, the local’s president said, “Today we signed a contract.”'
	},
	{
		// A consequence told ahead by a trailing "leaving …" phrase: what it leaves someone facing
		// or without has not happened at the date ("leaving patients facing more disruption in the
		// run-up to Easter"). A date right after "leaving" is a departure's ("leaving in 2004").
		before:
			/,\s+leaving\s+(?:[\p{L}’'-]+\s+){1,5}?(?:facing|to\s+face|without|unable\s+to|short\s+of)\s+[^,;.]*$/iu,
		example:
			'Nurses will walk out on 21 March, their union said, leaving patients facing more disruption in the run-up to Easter.'
	},
	{
		// "over the past year" is the twelve months up to now, not a calendar year.
		before: /\b(?:over|in|during|throughout|for)\s+$/i,
		text: /^(?:the\s+)?(?:past|last|previous|preceding)\s+(?:(?:few|several|two|three|four|five|six|ten|\d+)\s+)?(?:days?|weeks?|months?|years?|decades?)$/i,
		// "in last month's shooting" names a happening of last month.
		after: /^(?!\s*['’]s\b)/,
		example: 'over the past year, core inflation has barely moved'
	}
];

/** Whether the date with these words around it is a yardstick, not a happening's date. */
export function isYardstick(before: string, text: string, after: string): boolean {
	// The date's own words first: they are few, and most rows that ask for them fail there.
	return YARDSTICKS.some(
		(rule) =>
			(!rule.text || rule.text.test(text)) &&
			(!rule.before || rule.before.test(before)) &&
			(!rule.after || rule.after.test(after))
	);
}

/**
 * A year naming a thing ("under the 2022 law", "the 1964 Civil Rights Act"), not a happening
 * ("the 2016 presidential election"). Beside another date of the sentence it dates nothing
 * the sentence tells; alone ("That 1978 resolution calls for …") it is the thing's own date.
 */
export const NAMING_YEAR: YardstickRule = {
	before: /(?:^|\s)(?:the|a|an|its|his|her|their|our|this|that|[\w-]+['’]s)\s+$/i,
	text: /^\d{4}$/,
	// (A noun a possessor did is a happening too: "Neil Armstrong's 1969 walk on the moon",
	// titles/possessed.ts.)
	after: notBefore(`${HAPPENING_NOUNS}|${PERIOD_NOUNS}|${POSSESSED_NOUNS}`),
	example: 'the Commerce Department awarded Altera $1.2 billion under the 2022 law'
};

/**
 * A year told from the page's own, as a possessive naming a thing: "would run on last year's
 * budget" (but "last year's election" is a happening of last year).
 */
export const NAMING_DEICTIC_YEAR: YardstickRule = {
	text: /^(?:last|this|next)\s+year$/i,
	after: notBefore(`${HAPPENING_NOUNS}|${PERIOD_NOUNS}`, `['’]s`),
	example: 'said the city would run on last year’s budget until then'
};

/**
 * Things a year before them names the make or vintage of: "the theater's 1927 Wurlitzer organ",
 * "The 1931 truss bridge carries 18,000 cars a day", "a 1965 Mustang". When the thing was made
 * is no happening the sentence tells, even as its only date (a law's year, "That 1978
 * resolution calls for …", is when it was passed, and stays).
 */
const VINTAGE_NOUNS =
	'organs?|pianos?|guitars?|violins?|cellos?|cars?|trucks?|sedans?|coupes?|convertibles?|motorcycles?|locomotives?|engines?|planes?|aircraft|jets?|ships?|boats?|yachts?|bridges?|buildings?|houses?|mansions?|barns?|towers?|models?|editions?|vintages?|wines?|bottles?|paintings?|landscapes?|portraits?|sculptures?|statues?|photographs?|prints?|maps?';

export const VINTAGE_YEAR: YardstickRule = {
	before: NAMING_YEAR.before,
	text: /^\d{4}$/,
	// ("a 2019 model pickup": a model year, whatever the thing.)
	after: new RegExp(
		`^[ \\u00a0]+(?:model(?:-year)?\\b|(?:[\\p{L}-]+\\s+){0,3}(?:${VINTAGE_NOUNS})(?=$|\\s*[^\\p{L}\\s-]|\\s+(?:${AFTER_HEAD}|\\p{Ll}+s)\\b))`,
		'iu'
	),
	example:
		"Restorers spent 14 months cleaning it, and the theater's 1927 Wurlitzer organ was rebuilt"
};

/** Whether the year with these words around it is a made thing's vintage (VINTAGE_YEAR). */
export function namesAVintage(before: string, text: string, after: string): boolean {
	const { before: b, text: t, after: a } = VINTAGE_YEAR;
	return t!.test(text) && b!.test(before) && a!.test(after);
}

/**
 * A year after "of" in the name of a law, a treaty or a school's class: "the Clean Air Act of
 * 1956", "the Treaty of 1848", "the Class of 1975". The name tells when the thing was made, not
 * a happening of the sentence; beside another date of the sentence it dates nothing (as
 * NAMING_YEAR). A happening's name keeps its year: "the Great Flood of 1993 swamped downtown".
 */
export const NAMED_OF_YEAR: YardstickRule = {
	before:
		/(?:\p{Lu}[\p{L}’'-]*|\bthe)\s+(?:Act|Acts|Law|Treaty|Code|Charter|Accord|Accords|Bill|Statute|Class|Amendment|Amendments|Convention|Agreement|Protocol|Compact|Constitution|Ordinance|Directive|Settlement)\s+of\s+$/u,
	text: /^\d{4}$/,
	// (Not when the sentence says the thing was made then: "the Financial Services Act of 2000
	// passed", "the Class of 1975 graduated".)
	after:
		/^(?![ \u00a0]+(?:(?:was|were|had\s+been|finally)\s+)?(?:passed|signed|enacted|adopted|ratified|approved|agreed|graduated|took\s+effect|came\s+into\s+(?:force|effect)|became\s+law)\b)/i,
	example:
		'The plant had opened in 1962, soon after the Clean Air Act of 1956 forced the mills to close'
};

/** Whether the year with these words around it names a thing (NAMING_YEAR, NAMED_OF_YEAR, NAMING_DEICTIC_YEAR). */
export function namesAThing(before: string, text: string, after: string): boolean {
	const { before: b, text: t, after: a } = NAMING_YEAR;
	if (b!.test(before) && t!.test(text) && a!.test(after)) return true;
	const named = NAMED_OF_YEAR;
	if (named.text!.test(text) && named.before!.test(before) && named.after!.test(after)) return true;
	return NAMING_DEICTIC_YEAR.text!.test(text) && NAMING_DEICTIC_YEAR.after!.test(after);
}
