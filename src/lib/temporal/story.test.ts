import { describe, expect, it } from 'vitest';
import { tagDocument, tagTimexes } from './index';
import { expectRow, type TimexRow } from './timex-rows';

/**
 * A history's opening: it names years well before its publication, so the text reads as a
 * story told in its own time. (Invented for these rows; none of it comes from a bench set.)
 */
const HISTORY =
	'The mill town was founded in 1850, grew in 1870 and 1890, burned in 1901 and was rebuilt ' +
	'between 1905 and 1910. ';

const WRITTEN = '2009-12-19';

/** Open and relative expressions in a history, each read in the story's time. */
const historyRows: TimexRow[] = [
	{
		text: HISTORY + 'The strike began on 3 March 1912. On 12 April, the mills closed.',
		published: WRITTEN,
		words: '12 April',
		type: 'DATE',
		value: '1912-04-12'
	},
	{
		text: HISTORY + 'The union was formed in November 1912. In February, the owners gave in.',
		published: WRITTEN,
		words: 'February',
		type: 'DATE',
		value: '1913-02'
	},
	{
		text: HISTORY + 'Troops arrived on 10 May 1913. By the end of the month, the town was calm.',
		published: WRITTEN,
		words: 'the end of the month',
		type: 'DATE',
		value: '1913-05',
		mod: 'END'
	},
	{
		text: HISTORY + 'In 1914 the mayor resigned. Later that year the council was dissolved.',
		published: WRITTEN,
		words: 'Later that year',
		type: 'DATE',
		value: '1914',
		mod: 'END'
	},
	{
		text:
			HISTORY + 'The leaders were arrested on 28 April 1915. Three days later, they were freed.',
		published: WRITTEN,
		words: 'Three days later',
		type: 'DATE',
		value: '1915-05-01'
	},
	{
		text:
			HISTORY + 'The vote was held on 5 November 1916. A week after the election, riots broke out.',
		published: WRITTEN,
		words: 'A week',
		type: 'DATE',
		value: '1916-11-12'
	},
	{
		text: HISTORY + 'The last mill closed in 1930. Two decades earlier, it had employed 4,000.',
		published: WRITTEN,
		words: 'Two decades earlier',
		type: 'DATE',
		value: '1910'
	},
	{
		text: HISTORY + 'The first mill opened in 1922; only ten years later it was sold.',
		published: WRITTEN,
		words: 'ten years later',
		type: 'DATE',
		value: '1932'
	},
	{
		text: HISTORY + 'The owners cut wages in 1919. During the summer, the workers struck.',
		published: WRITTEN,
		words: 'the summer',
		type: 'DATE',
		value: '1919-SU'
	},
	{
		text:
			HISTORY + 'The town fell on 9 March 1921. Earlier, from October to March, it was besieged.',
		published: WRITTEN,
		words: 'October',
		type: 'DATE',
		value: '1920-10'
	},
	// "On December 7 … 1941": the year after the day does not make the story forget the day.
	{
		text:
			HISTORY +
			'In 1941 Japan prepared for war. On December 7 (December 8 in Asia), 1941, Japan attacked. In January, Manila fell.',
		published: WRITTEN,
		words: 'January',
		type: 'DATE',
		value: '1942-01'
	},
	// dev15: a part of a day named before its date is one TIME of that day, as WikiWars marks
	// "the morning of 31 January 1965".
	{
		text: HISTORY + 'The strike began in the early morning hours of 3 March 1912.',
		published: WRITTEN,
		words: 'the early morning hours of 3 March 1912',
		type: 'TIME',
		value: '1912-03-03TMO',
		mod: 'START'
	},
	{
		text: HISTORY + 'The strike began on 3 March 1912. On the night of 9 March the mills burned.',
		published: WRITTEN,
		words: 'the night of 9 March',
		type: 'TIME',
		value: '1912-03-09TNI'
	},
	// A year inside a clause ("a campaign planned for 1976") is background, not the story's time.
	{
		text:
			HISTORY +
			'On 10 March 1975 the offensive began, ahead of a campaign planned for 1976. On 11 March the town fell.',
		published: WRITTEN,
		words: '11 March',
		type: 'DATE',
		value: '1975-03-11'
	},
	// The story's new year opens its own sentence, or stands as a heading.
	{
		text:
			HISTORY +
			'The Cossacks took Rostov in December 1917.\n\n1918\n\nIn January the army invaded.',
		published: WRITTEN,
		words: 'January',
		type: 'DATE',
		value: '1918-01'
	}
];

/** The same words in a news report count from its publication date. */
/**
 * An obituary (invented for these rows) names many past years but opens on its own days ("died
 * on Monday"): it is a report, so a month told in its last paragraph is this year's.
 */
const OBITUARY =
	'Ana Reyes, a violinist, died on Monday. She was 88.\n\nBorn in 1937, she studied in ' +
	'Vienna from 1955, joined the Boston orchestra in 1962, led it in 1971, toured Asia in 1980, ' +
	'married in 1984 and retired in 1999.\n\n';

const newsRows: TimexRow[] = [
	// dev16e: a report's past year frames the past sentences of its paragraph until the narrator
	// comes back to the page's time (BACK_TO_NOW).
	{
		text: 'Prosecutors on Wednesday charged Gerald Pruitt with murder. In 2019, the sheriff sent the evidence to a laboratory. Now the case has a suspect. In November, the lab identified a match.',
		published: '2026-12-04',
		words: 'November',
		type: 'DATE',
		value: '2026-11'
	},
	{
		text: 'Prosecutors on Wednesday charged Gerald Pruitt with murder. In 2019, the sheriff sent the evidence to a laboratory. The lab found no match. In November, it identified a relative.',
		published: '2026-12-04',
		words: 'November',
		type: 'DATE',
		value: '2019-11'
	},
	// dev11: a record's or a yardstick's date after the day of its sentence is no story time: the
	// next day counts from that day, not from the page (the record's year says no day).
	{
		text: 'Lindqvist won the 1,500 on Saturday in 15:41.22, beating the meet record set in 2019 by Claire Dunmore.\n\nThe next day, she won the 800.',
		published: '2026-08-03',
		words: 'The next day',
		type: 'DATE',
		value: '2026-08-02'
	},
	{
		text: 'Shares fell 8 percent on Wednesday, their biggest one-day drop since March 2020. The following day, they rose 2 percent.',
		published: '2026-08-03',
		words: 'The following day',
		type: 'DATE',
		value: '2026-07-30'
	},
	{
		text: 'The board voted on Tuesday, a year after it first met in 2025. The next week, two teachers resigned.',
		published: '2026-09-25',
		words: 'The next week',
		type: 'DATE',
		value: '2026-W40'
	},
	// dev10: a day of the season (or month) of an earlier year just told, opening the next
	// paragraph, goes on in it; a day of another month, or one told later, is the page's.
	{
		text: 'That fall, the board approved the purchase in 2024. The following spring, conservators removed the varnish.\n\nOn April 9, they found the signature.',
		published: '2026-09-17',
		words: 'April 9',
		type: 'DATE',
		value: '2025-04-09'
	},
	{
		text: 'Conservators removed the varnish in April 2025.\n\nOn April 9, they found the signature.',
		published: '2026-09-17',
		words: 'April 9',
		type: 'DATE',
		value: '2025-04-09'
	},
	{
		text: 'Conservators removed the varnish in March 2025.\n\nOn April 9, they found the signature.',
		published: '2026-09-17',
		words: 'April 9',
		type: 'DATE',
		value: '2026-04-09'
	},
	{
		text: 'Conservators removed the varnish in April 2025.\n\nThe museum is open daily.\n\nOn April 9, they found the signature.',
		published: '2026-09-17',
		words: 'April 9',
		type: 'DATE',
		value: '2026-04-09'
	},
	// dev6: but a month told in a clause of its own is a happening the next week may follow.
	{
		text: 'Lena Haller won the Madrid Open on Sunday, in her first final since she tore a knee ligament in March 2025.\n\nHaller had surgery in Vienna the next week.',
		published: '2026-05-04',
		words: 'the next week',
		type: 'DATE',
		value: '2025-03',
		mod: 'APPROX'
	},
	// dev10: a week retold day by day, by its weekdays, more than a week before the page: each
	// weekday is the first such day after the one told before, not one of the page's week.
	{
		text: 'The slide began on Tuesday, March 3, when the goalkeeper tore a ligament. On Friday, the captain broke his wrist.',
		published: '2026-04-13',
		words: 'Friday',
		type: 'DATE',
		value: '2026-03-06'
	},
	{
		text: 'The probe reached the comet in December 2020. On Monday, Dec. 7, a valve stuck open. On Tuesday, engineers shut it. On Thursday, the probe fired its engine.',
		published: '2026-02-19',
		words: 'Thursday',
		type: 'DATE',
		value: '2020-12-10'
	},
	// An "on" weekday just after a day of an earlier year, more than a month back, goes on from
	// it without a weekday of its own; "Until Thursday" after such a day is the page's week
	// (AQUAINT).
	{
		text: 'The probe reached the comet on Dec. 7, 2020. On Tuesday, engineers shut a valve.',
		published: '2026-02-19',
		words: 'Tuesday',
		type: 'DATE',
		value: '2020-12-08'
	},
	{
		text: 'Police have sought him since Oct. 23, 1998. Until Thursday, they had not called him a suspect.',
		published: '1999-05-07',
		words: 'Thursday',
		type: 'DATE',
		value: '1999-05-06'
	},
	// dev10: "the next year" counts from the story and frames the day it opens with; "the
	// following spring" after a season is the next spring after that season.
	{
		text: 'The probe reached the comet in December 2020. The next year, on June 2, its lander touched down.',
		published: '2026-02-19',
		words: 'June 2',
		type: 'DATE',
		value: '2021-06-02'
	},
	{
		text: 'The curator first saw the canvas in May 2024. That fall, the board approved the purchase. The following spring, conservators cleaned it.',
		published: '2026-09-17',
		words: 'The following spring',
		type: 'DATE',
		value: '2025-SP'
	},
	// The brief of issue 13's second round: after a year told alone, "the following spring" and
	// "the following June" are of the next year, not of that year.
	{
		text: 'In 2019, the city bought the land. The following spring, it broke ground.',
		published: '2026-05-01',
		words: 'The following spring',
		type: 'DATE',
		value: '2020-SP'
	},
	{
		text: 'In 2019, the city bought the land. The following June, it broke ground.',
		published: '2026-05-01',
		words: 'The following June',
		type: 'DATE',
		value: '2020-06'
	},
	// dev12: "the next January" is "the following January", a month of the story.
	{
		text: 'Biologists released ten wolves in the valley in December 2023. Five more followed the next January.',
		published: '2026-02-18',
		words: 'the next January',
		type: 'DATE',
		value: '2024-01'
	},
	// dev12: "the following May" after a summer is the May after it, "the previous May" the one
	// before.
	{
		text: 'Teams dug at the bog site in the summer of 2023. They came back the following May.',
		published: '2025-11-10',
		words: 'the following May',
		type: 'DATE',
		value: '2024-05'
	},
	{
		text: 'Teams dug at the bog site in the summer of 2023. They had surveyed it the previous May.',
		published: '2025-11-10',
		words: 'the previous May',
		type: 'DATE',
		value: '2023-05'
	},
	{
		text: 'The ice closed the harbor in the winter of 2023. It reopened the following January.',
		published: '2025-11-10',
		words: 'the following January',
		type: 'DATE',
		value: '2025-01'
	},
	// dev12: a relative clause's date is background of a name; the next sentence is the report's.
	{
		text: 'Tran, who arrived from a college in Oregon in January 2024, has cut 48 positions. She said the fiscal year that ended on June 30 would show a surplus.',
		published: '2025-10-14',
		words: 'June 30',
		type: 'DATE',
		value: '2025-06-30'
	},
	// dev13: a day counted from a season the story told is about that season, not the page's.
	{
		text: 'They bought a set in the summer of 2018. That fall, a coach saw her play and called her parents the next day.',
		published: '2026-02-14',
		words: 'the next day',
		type: 'DATE',
		value: '2018-FA',
		mod: 'APPROX'
	},
	// dev14: a past clause's "the previous Friday" counts from no date ahead of the page: told
	// after the plans of a list, it is of the page's week, as a report's fallback is.
	{
		text: 'The company will start a second shift on Nov. 17 and expects the planer to run by the end of January.\n\nOfficials were at the ribbon cutting, held the previous Friday.',
		published: '2025-10-28',
		words: 'the previous Friday',
		type: 'DATE',
		value: '2025-10-24'
	},
	{
		text: 'The plant will close on Nov. 17. Its last shift will work the previous Friday.',
		published: '2025-10-28',
		words: 'the previous Friday',
		type: 'DATE',
		value: '2025-11-14'
	},
	// dev14: a relative clause's date is background only until its clause closes: after the
	// comma where the main predicate resumes, a bare month is the report's again.
	{
		text: 'The mill, which its owner closed in April 2023, blaming high costs, was bought in January by a family company.',
		published: '2025-10-28',
		words: 'January',
		type: 'DATE',
		value: '2025-01'
	},
	{
		text: 'The mill, which closed in April 2023, reopened in January.',
		published: '2025-10-28',
		words: 'January',
		type: 'DATE',
		value: '2025-01'
	},
	{
		text: 'Tran, who arrived in January 2024 and was promoted in March, has cut 48 positions.',
		published: '2025-10-28',
		words: 'March',
		type: 'DATE',
		value: '2024-03'
	},
	// A blind article: a date inside a clause hanging from a noun ("an advisory that began when
	// …") is background too, and the next paragraph's clock is of the day the lede told.
	{
		text: 'Residents can drink their tap water again, the water authority said Thursday, ending a boil-water advisory that began when a 36-inch main split open on Sunday night.\n\nThe authority lifted the order for two townships at 9 a.m.',
		published: '2026-01-22',
		words: '9 a.m.',
		type: 'TIME',
		value: '2026-01-22T09:00'
	},
	// Not "told reporters that …": a saying's object, whose clause is the line.
	{
		text: 'The mayor told the reporters that the plant closed on Nov. 3, 2024. On Nov. 5, the union sued.',
		published: '2026-01-22',
		words: 'Nov. 5',
		type: 'DATE',
		value: '2024-11-05'
	},
	// dev15: a part of a day named before a full date is of that date, not of the page's day; a
	// report tags the date alone, as TimeBank marks "the night of Oct. 23".
	{
		text: 'In the early afternoon of 17 September 1944, the first gliders landed west of the town.',
		published: '2024-09-21',
		words: '17 September 1944',
		type: 'DATE',
		value: '1944-09-17'
	},
	{
		text: 'Rescuers reached the village in the late evening of June 4, 1989.',
		published: '2024-06-05',
		words: 'June 4, 1989',
		type: 'DATE',
		value: '1989-06-04'
	},
	// dev15: a retelling told by days goes on however many words on, in its paragraph or the
	// next past a witness's quoted paragraph, for a past clause: the page's own date, a day
	// away in the calendar, does not take it.
	{
		text:
			'The coaster lost her engine on the afternoon of 19 December 1965. The lifeboat was launched within twenty minutes, with a crew of eight under the coxswain, Jack Penrose, a crabber from the harbour who had already been awarded a bronze medal for gallantry and who knew the rocks better than any man alive.\n\n' +
			'"You didn\'t think about it," said Billy Treloar, who was 19 and the youngest man aboard. "Jack said go, so we went."\n\n' +
			'On 20 December the lifeboat reached the coaster.',
		published: '2025-12-20',
		words: '20 December',
		type: 'DATE',
		value: '1965-12-20'
	},
	{
		text:
			'The coaster lost her engine on the afternoon of 19 December 1965. The lifeboat was launched within twenty minutes, with a crew of eight under the coxswain, Jack Penrose, a crabber from the harbour who had already been awarded a bronze medal for gallantry and who knew the rocks better than any man alive.\n\n' +
			'"You didn\'t think about it," said Billy Treloar, who was 19 and the youngest man aboard. "Jack said go, so we went."\n\n' +
			'On 22 December a memorial service will be held at the station.',
		published: '2025-12-20',
		words: '22 December',
		type: 'DATE',
		value: '2025-12-22'
	},
	// A blind article: a report's past clause steps back a season before the story's day, in the
	// story's year, in its paragraph or the next; a month further back still runs forward.
	{
		text: 'On May 18, 1980, the volcano erupted. An earthquake on March 20 was followed by weeks of small eruptions.',
		published: '2020-05-18',
		words: 'March 20',
		type: 'DATE',
		value: '1980-03-20'
	},
	{
		text: 'On May 18, 1980, the volcano erupted.\n\nAn earthquake on March 20 had been followed by weeks of small eruptions.',
		published: '2020-05-18',
		words: 'March 20',
		type: 'DATE',
		value: '1980-03-20'
	},
	{
		text: 'The officer was shot on Oct. 23, 2019. But on April 8 the city settled the case.',
		published: '2025-05-18',
		words: 'April 8',
		type: 'DATE',
		value: '2020-04-08'
	},
	// A blind article: a weekday whose sentence speaks from the page's now ("now a coach") is of
	// the page's week, not of a week the text was retelling.
	{
		text: 'The Wildcats won the state title on Saturday, March 9, 1996, beating Hamilton 3-1. On Tuesday the team visited the governor. Marcus Lee, now a coach in Ohio, was in the stands Wednesday when the school honored the team.',
		published: '2026-03-12',
		words: 'Wednesday',
		type: 'DATE',
		value: '2026-03-11'
	},
	{
		text: 'The Wildcats won the state title on Saturday, March 9, 1996, beating Hamilton 3-1. On Tuesday the team visited the governor. Marcus Lee was in the stands Wednesday when the school honored the team.',
		published: '2026-03-12',
		words: 'Wednesday',
		type: 'DATE',
		value: '1996-03-13'
	},
	// Past an undated paragraph the narrator tells in the past, but not past one in the present.
	{
		text: 'Apollo 13 lifted off from Cape Canaveral on April 11, 1970, with James Lovell, Jack Swigert and Fred Haise aboard. The first two days went so smoothly that the networks declined to carry the broadcast live.\n\nThe flight controllers in Houston were so relaxed that several of them went home early, and the ground crews at the Cape had already begun preparing for the next launch.\n\nOn the night of April 13, an oxygen tank exploded.',
		published: '2025-04-15',
		words: 'April 13',
		type: 'DATE',
		value: '1970-04-13'
	},
	{
		text: 'Apollo 13 lifted off from Cape Canaveral on April 11, 1970, with James Lovell, Jack Swigert and Fred Haise aboard. The first two days went so smoothly that the networks declined to carry the broadcast live.\n\nThe flight controllers of that era are mostly retired now, and the agency is preparing to send a crew around the moon again next year on its own new capsule.\n\nOn April 13, the agency delayed that mission.',
		published: '2025-04-15',
		words: 'April 13',
		type: 'DATE',
		value: '2025-04-13'
	},
	{
		text: "The earthquake struck at 7:19 a.m. on Sept. 17, 1985, as children were arriving at school and the morning shift was changing at the hospital, and most of the 1,200 people who died were killed when the hospital, four schools and a block of apartments collapsed into the street. The old cathedral's bell tower fell into the plaza, crushing a line of parked buses and the market stalls beside them. On Sept. 18, volunteers pulled 40 people alive from the ruins.",
		published: '2025-09-22',
		words: 'Sept. 18',
		type: 'DATE',
		value: '1985-09-18'
	},
	// dev9: a day told past the paragraph of a retelling, far on from it and in the page's own
	// recent months, is the page's; a retelling going on in small steps, or to a month the page
	// would put well back, stays in its story (genres: Apollo 13's "In June").
	{
		text: 'The fire broke out on Feb. 11, 2024.\n\nThe trial opened on Oct. 19.',
		published: '2026-11-06',
		words: 'Oct. 19',
		type: 'DATE',
		value: '2026-10-19'
	},
	// A blind article: a retelling stepping on by weeks or a season stays in its story, though the
	// page's reading would be a month of its own recent weeks.
	{
		text: 'The trial began on March 3, 2025. Prosecutors called 14 witnesses.\n\nOn May 12, the jury heard from the auditor.',
		published: '2026-07-10',
		words: 'May 12',
		type: 'DATE',
		value: '2025-05-12'
	},
	{
		text: 'The crew splashed down in the Pacific on April 17, 1970.\n\nIn June, a review board traced the explosion to a thermostat.',
		published: '2025-04-10',
		words: 'June',
		type: 'DATE',
		value: '1970-06'
	},
	{
		text: OBITUARY + 'Her last recording came out in October.',
		published: '2025-11-20',
		words: 'October',
		type: 'DATE',
		value: '2025-10'
	},
	{
		// A retelling's date does not reach past its paragraph: the next one is news again.
		text:
			'Investigators first questioned the director in June 2019 but did not charge her.\n\n' +
			'The trial opened on March 2.',
		published: '2026-03-12',
		words: 'March 2',
		type: 'DATE',
		value: '2026-03-02'
	},
	{
		text: 'The council met on Tuesday. In April, it will vote on the budget.',
		published: '2020-06-26',
		words: 'April',
		type: 'DATE',
		value: '2021-04'
	},
	{
		text: 'Prices rose in February, the agency said on Friday.',
		published: '2020-06-26',
		words: 'February',
		type: 'DATE',
		value: '2020-02'
	},
	// A report's short retelling: a full date of an earlier year carries the next few clauses.
	{
		text: 'Trump lost the election on Nov. 3, 2020. In mid-December, the electors voted.',
		published: '2021-01-10',
		words: 'mid-December',
		type: 'DATE',
		value: '2020-12',
		mod: 'MID'
	},
	// A report naming a few old years ("expanded to include Greece in 1952, Spain in 1982")
	// still dates its own news from the publication date.
	{
		text: 'NATO was founded in 1949 and expanded to include Greece in 1952 and Spain in 1982. Its summit is set for Washington in April.',
		published: '1999-03-12',
		words: 'April',
		type: 'DATE',
		value: '1999-04'
	},
	// A report's "three days later" is the length with "later" its signal, as the news gold
	// sets tag it; the extractor dates its event from the day before it.
	{
		text: 'On May 3, 2019, police arrested him. Three days later he was freed.',
		published: '2020-06-26',
		words: 'Three days',
		type: 'DURATION',
		value: 'P3D'
	},
	// "A month after Qantas suspended flights": a report's happening it never dated.
	{
		text: 'The move comes barely a month after Qantas suspended flights.',
		published: '1998-09-20',
		words: 'a month',
		type: 'DURATION',
		value: 'P1M'
	}
];

/** Lengths of time stay lengths: never a calendar date counted from the publication date. */
const durationRows: TimexRow[] = [
	{
		// A week after a month names no week; never one counted from the publication date.
		text: 'The scheme unraveled in August 2023. The director resigned a week later.',
		published: '2026-03-12',
		words: 'a week',
		type: 'DURATION',
		value: 'P1W'
	},
	{
		text: 'The strike lasted a week.',
		published: '2020-06-26',
		words: 'a week',
		type: 'DURATION',
		value: 'P1W'
	},
	{
		text: 'He served six years in prison.',
		published: '2020-06-26',
		words: 'six years',
		type: 'DURATION',
		value: 'P6Y'
	},
	{
		text: 'It took a century to build.',
		published: '2020-06-26',
		words: 'a century',
		type: 'DURATION',
		value: 'P100Y'
	},
	{
		text: 'They have 90 days to appeal.',
		published: '2020-06-26',
		words: '90 days',
		type: 'DURATION',
		value: 'P90D'
	},
	{
		text: 'She won the marathon in 2:08:41, a course record.',
		published: '2020-06-26',
		words: '2:08:41',
		type: 'DURATION',
		value: 'PT2H8M41S'
	},
	{
		text: 'Kipchoge clocked 1:59:40 in Vienna.',
		published: '2019-10-12',
		words: '1:59:40',
		type: 'DURATION',
		value: 'PT1H59M40S'
	},
	// dev11: a swimmer's time to the hundredth is minutes and seconds, never a clock of the day.
	{
		text: 'Lindqvist won the 1,500-meter freestyle on Saturday in 15:41.22, beating the meet record.',
		published: '2026-08-03',
		words: '15:41.22',
		type: 'DURATION',
		value: 'PT15M41.22S'
	},
	{
		text: 'The next day, she won the 800 in 8:14.05, a second faster.',
		published: '2026-08-03',
		words: '8:14.05',
		type: 'DURATION',
		value: 'PT8M14.05S'
	},
	{
		text: 'He won the marathon on Sunday in 2:08:41.5, a course record.',
		published: '2026-08-03',
		words: '2:08:41.5',
		type: 'DURATION',
		value: 'PT2H8M41.5S'
	},
	// With no date told before it, "six years later" counts from nothing the reader knows.
	{
		text: 'Six years later, he came home.',
		published: '2020-06-26',
		words: 'Six years',
		type: 'DURATION',
		value: 'P6Y'
	},
	{
		text: 'Three days later the talks resumed.',
		published: '2020-06-26',
		words: 'Three days',
		type: 'DURATION',
		value: 'P3D'
	},
	// A length in an aside whose sentence tells a date after it counts from a date the tagger
	// has not read yet: a length with "later" its signal, which the extractor counts
	// (extract/asides.ts), not two months after the story's last date (dev17e).
	{
		text: 'The jury found him guilty on Thursday. Kestrel, which collapsed two months later, had reported a record profit in March 2022.',
		published: '2026-12-04',
		words: 'two months',
		type: 'DURATION',
		value: 'P2M'
	},
	{
		text:
			HISTORY +
			'The strike began on 2 May 1913. The mayor, who resigned three days later, had denied the claims on 4 May.',
		published: WRITTEN,
		words: 'three days',
		type: 'DURATION',
		value: 'P3D'
	}
];

/** Sayings and anaphora in a history: the story's time, never the page's date. */
const sayingRows: TimexRow[] = [
	{
		text: HISTORY + 'On 4 March 1913 the mayor spoke. “Today we end the strike,” he said.',
		published: WRITTEN,
		words: 'Today',
		type: 'DATE',
		value: '1913-03-04'
	},
	{
		text: HISTORY + 'In May 1913 the owners met. “We will sign tomorrow,” one of them wrote.',
		published: WRITTEN,
		words: 'tomorrow',
		type: 'DATE',
		value: '1913-05'
	},
	{
		text: HISTORY + 'On 4 March 1913 the mayor said that the strike would end tonight.',
		published: WRITTEN,
		words: 'tonight',
		type: 'DATE',
		value: '1913-03-04'
	},
	{
		text: HISTORY + 'In 1913 a union man said, “Wages must rise this year.”',
		published: WRITTEN,
		words: 'this year',
		type: 'DATE',
		value: '1913'
	},
	{
		// The saying's own date, from the publication date: "he said last year".
		text: HISTORY + 'The strike ended in 1913. The mayor said last year that it was a lesson.',
		published: WRITTEN,
		words: 'last year',
		type: 'DATE',
		value: '2008'
	},
	{
		// An unquoted present is the writer's: "the mill still stands today".
		text: HISTORY + 'The strike ended in 1913. The mill still stands today.',
		published: WRITTEN,
		words: 'today',
		type: 'DATE',
		value: '2009-12-19'
	},
	{
		text:
			HISTORY + 'The council met on 9 June 1913. From this day the town was run by a committee.',
		published: WRITTEN,
		words: 'this day',
		type: 'DATE',
		value: '1913-06-09'
	},
	{
		text: HISTORY + 'The council fell in 1913. Its successor was elected the same day.',
		published: WRITTEN,
		words: 'the same day',
		type: 'DATE',
		value: 'XXXX-XX-XX'
	},
	{
		text: HISTORY + 'The strike began on 3 March 1913. The mills reopened on the 24th.',
		published: WRITTEN,
		words: 'the 24th',
		type: 'DATE',
		value: '1913-03-24'
	}
];

/** A report's sayings count from its publication, as ever. */
const newsSayingRows: TimexRow[] = [
	{
		text: '“We will sign tomorrow,” the chairman said on Monday.',
		published: '2020-06-26',
		words: 'tomorrow',
		type: 'DATE',
		value: '2020-06-27'
	},
	// …unless the report retells the saying from another year: a quotation said in a sentence
	// that tells its earlier date, or "at the time" of the date the sentence before told, counts
	// from that date, and the story goes on from it ("that summer" is 2019's, not the page's).
	{
		text: 'Skyline Air said on Tuesday it would cut 400 jobs. In March 2019, its founder, Tom Reed, told shareholders: "We will double the fleet this year." The airline bought 12 jets that summer.',
		published: '2026-11-18',
		words: 'this year',
		type: 'DATE',
		value: '2019'
	},
	{
		text: 'Skyline Air said on Tuesday it would cut 400 jobs. In March 2019, its founder, Tom Reed, told shareholders: "We will double the fleet this year." The airline bought 12 jets that summer.',
		published: '2026-11-18',
		words: 'that summer',
		type: 'DATE',
		value: '2019-SU'
	},
	{
		text: 'Skyline Air said on Tuesday it would cut 400 jobs. Its founder, Tom Reed, set up the airline in March 2019. "This decade belongs to low-cost flying," Reed said at the time.',
		published: '2026-11-18',
		words: 'This decade',
		type: 'DATE',
		value: '201'
	},
	// A date of the speaker's relative clause is no day of the saying.
	{
		text: 'Tom Reed, who founded the airline in 2019, said on Tuesday: "This year has been the hardest."',
		published: '2026-11-18',
		words: 'This year',
		type: 'DATE',
		value: '2026'
	},
	// Without "at the time", a quotation after a retold sentence is the page's.
	{
		text: 'The airline was founded in March 2019. "This year has been the hardest," Reed said.',
		published: '2026-11-18',
		words: 'This year',
		type: 'DATE',
		value: '2026'
	}
];

describe('story time: a history’s sayings and anaphora are of its own time', () => {
	it.each(sayingRows)('$words in "$text"', (row) => expectRow(row));
	it.each(newsSayingRows)('news: $words in "$text"', (row) => expectRow(row));

	it('reads no unit named by an ordinal ("the 2nd Infantry Division") as a day', () => {
		const timexes = tagTimexes(HISTORY + 'The town was taken by the 2nd Infantry Division.', {
			published: WRITTEN
		});
		expect(timexes.map((t) => t.text)).not.toContain('the 2nd');
	});
});

describe('story time: a history dates its open expressions in its own time', () => {
	it.each(historyRows)('$words in "$text"', (row) => expectRow(row));
});

/**
 * A history that comes back to the page's time (story.ts, BACK_TO_NOW; dev16e): an old story
 * told first, then its news. After "Now … has", "Today … lies" or "This year," at the head of a
 * sentence, bare months are the page's; a "now" of the story's own time leaves them in it.
 */
const backToNowRows: TimexRow[] = [
	{
		text:
			HISTORY +
			'The strike began on 3 March 1912. In 1915 the owners sold the mills. Now, a century later, the town has a museum. In November, the museum opened a new wing.',
		published: WRITTEN,
		words: 'November',
		type: 'DATE',
		value: '2009-11'
	},
	{
		text:
			HISTORY +
			'The strike began on 3 March 1912. In 1915 the owners sold the mills. Now, a century later, the town has a museum.',
		published: WRITTEN,
		words: 'a century',
		type: 'DURATION',
		value: 'P100Y'
	},
	{
		text:
			HISTORY +
			'The strike began on 3 March 1912. In 1915 the owners sold the mills. This year, the town bought them back. In June, it opened a museum.',
		published: WRITTEN,
		words: 'This year',
		type: 'DATE',
		value: '2009'
	},
	{
		text:
			HISTORY +
			'The strike began on 3 March 1912. In 1915 the owners sold the mills. This year, the town bought them back. In June, it opened a museum.',
		published: WRITTEN,
		words: 'June',
		type: 'DATE',
		value: '2009-06'
	},
	{
		// The story's own "now": a history told forward.
		text:
			HISTORY +
			'The strike began on 3 March 1912. The owners had now lost most of their orders. In June, the mills closed.',
		published: WRITTEN,
		words: 'June',
		type: 'DATE',
		value: '1912-06'
	},
	{
		// "Now" told in the past is the story's moment.
		text:
			HISTORY +
			'The strike began on 3 March 1912. Now the owners turned to the courts. In June, the mills closed.',
		published: WRITTEN,
		words: 'June',
		type: 'DATE',
		value: '1912-06'
	}
];

describe('story time: a history that comes back to the page’s time', () => {
	it.each(backToNowRows)('$words in "$text"', (row) => expectRow(row));
});

describe('story time: a news report dates them from its publication', () => {
	it.each(newsRows)('$words in "$text"', (row) => expectRow(row));

	it("reads a part of a day before a full date as no time of the page's own day (dev15)", () => {
		const timexes = tagTimexes(
			'In the early afternoon of 17 September 1944, the first gliders landed. In the early morning hours of 18 September 1944, the second lift was delayed.',
			{ published: '2024-09-21' }
		);
		expect(timexes.map((t) => t.value)).toEqual(['1944-09-17', '1944-09-18']);
	});
});

describe('story time: the genre of a text', () => {
	it('reads an obituary that opens on its own days as a report, however many past years it names', () => {
		expect(tagDocument(OBITUARY, { published: '2025-11-20' }).genre).toBe('news');
		expect(tagDocument(HISTORY + 'The strike ended in 1913.', { published: WRITTEN }).genre).toBe(
			'narrative'
		);
	});

	it('keeps a history whose opening reports a saying’s "tonight" or a dated weekday', () => {
		const told =
			'On Sunday, 7 December 1941, the fleet was attacked. The admiral said the war began tonight. ';
		expect(tagDocument(told + HISTORY, { published: WRITTEN }).genre).toBe('narrative');
	});

	it('reads a piece that opens on a day of the past as a retelling, with fewer past years', () => {
		const anniversary =
			'At 6:40 on the morning of June 5, 1977, the dam gave way. Fourteen people died.\n' +
			'The dam had been built in 1952. Engineers had warned in 1969 that it leaked, and in ' +
			'the spring of 1976 an inspector asked for repairs.\nHeavy rain began falling on June 2.';
		const { timexes, genre } = tagDocument(anniversary, { published: '2027-06-05' });
		expect(genre).toBe('narrative');
		expect(timexes.find((t) => t.text === 'June 2')?.value).toBe('1977-06-02');
		// A report that names the same years but opens on its own news stays a report.
		const report =
			'The county council voted on Tuesday to tear down the dam. It had been built in 1952, ' +
			'leaked by 1969 and failed on June 5, 1977, after an inspector warned in 1976.';
		expect(tagDocument(report, { published: '2027-06-05' }).genre).toBe('news');
	});
});

describe('durations are not dates', () => {
	it.each(durationRows)('$words in "$text"', (row) => expectRow(row));

	it('keeps a clock read to the second after "at" a time of day, not a length', () => {
		const [t] = tagTimexes('The bell rang at 10:35 a.m.', { published: '2020-06-26' });
		expect(t?.type).toBe('TIME');
		const [shot] = tagTimexes('At 10:35:20 the shot was fired.', { published: '2020-06-26' });
		expect(shot?.value).toBe('2020-06-26T10:35');
	});

	it('reads a bare "5:34" told "in", "of" or "clocked" as no time of day (a race time)', () => {
		for (const text of [
			'She won on Saturday in 5:34.',
			'The record of 2:05 stood for a decade.',
			'He clocked 3:47 in the mile.'
		])
			expect(
				tagTimexes(text, { published: '2026-08-03' }).filter((t) => t.type === 'TIME'),
				text
			).toEqual([]);
		const [day] = tagTimexes('She won on Saturday in 5:34.', { published: '2026-08-03' });
		expect(day?.value).toBe('2026-08-01');
	});
});
