import { describe, it } from 'vitest';
import { tagTimexes } from './index';
import { expectTimexAt, type TimexRow } from './timex-rows';

/**
 * Wire copy of the 2010s and 2020s, the kind of unseen news the tagger is scored on: dates the
 * text leaves open (a weekday, a month), placed before or after the story by its verbs. One
 * row per expression, read against the publication date of its own story.
 */
const rows: TimexRow[] = [
	// Wednesday 2023-03-15: a date right after a reporting verb is when it was said.
	{
		text: 'Paribas said Monday that it will bid for the rest of the company.',
		published: '2023-03-15',
		words: 'Monday',
		type: 'DATE',
		value: '2023-03-13'
	},
	{
		text: 'The Fed said Wednesday it would raise rates, its ninth hike since March 2022.',
		published: '2023-03-15',
		words: 'Wednesday',
		type: 'DATE',
		value: '2023-03-15'
	},
	{
		text: 'Inflation eased in February, the Labor Department said on Tuesday.',
		published: '2023-03-15',
		words: 'Tuesday',
		type: 'DATE',
		value: '2023-03-14'
	},
	{
		text: 'Protesters were planning to march on the capitol on Saturday.',
		published: '2023-03-15',
		words: 'Saturday',
		type: 'DATE',
		value: '2023-03-18'
	},
	{
		text: 'Powell is scheduled to testify before Congress on Tuesday.',
		published: '2023-03-15',
		words: 'Tuesday',
		type: 'DATE',
		value: '2023-03-21'
	},
	{
		text: 'The bill passed the Senate 52-48 on Thursday night.',
		published: '2023-03-15',
		words: 'Thursday night',
		type: 'DATE',
		value: '2023-03-09'
	},
	// Irregular past verbs date a bare month back; "be paid" says nothing of time.
	{
		text: 'Apple said it bought the startup in January.',
		published: '2023-11-20',
		words: 'January',
		type: 'DATE',
		value: '2023-01'
	},
	{
		text: 'The contracts will be paid in January.',
		published: '2023-11-20',
		words: 'January',
		type: 'DATE',
		value: '2024-01'
	},
	{
		text: 'The dividend is payable Jan. 2 to shareholders of record Dec. 15.',
		published: '2023-11-20',
		words: 'Jan. 2',
		type: 'DATE',
		value: '2024-01-02'
	},
	{
		text: 'The dividend is payable Jan. 2 to shareholders of record Dec. 15.',
		published: '2023-11-20',
		words: 'Dec. 15',
		type: 'DATE',
		value: '2023-12-15'
	},
	{
		text: 'The regulator gave the company until mid-November to respond.',
		published: '2023-10-02',
		words: 'mid-November',
		type: 'DATE',
		value: '2023-11',
		mod: 'MID'
	},
	// Present-tense schedules look ahead; an infinitive after a past verb does not.
	{
		text: 'The talks resume Tuesday in Geneva.',
		published: '2023-05-17',
		words: 'Tuesday',
		type: 'DATE',
		value: '2023-05-23'
	},
	{
		text: 'Biden travels to Japan on Friday for the G7 summit.',
		published: '2023-05-16',
		words: 'Friday',
		type: 'DATE',
		value: '2023-05-19'
	},
	{
		text: 'The panel is to meet Thursday to weigh the merger.',
		published: '2023-05-16',
		words: 'Thursday',
		type: 'DATE',
		value: '2023-05-18'
	},
	{
		text: 'The company failed to meet its targets on Monday.',
		published: '2023-05-16',
		words: 'Monday',
		type: 'DATE',
		value: '2023-05-15'
	},
	{
		text: 'A year earlier, the firm earned $2 million.',
		published: '2023-05-16',
		words: 'A year earlier',
		type: 'DATE',
		value: '2022'
	},
	{
		text: 'The vote was planned for early March, officials said.',
		published: '2023-02-10',
		words: 'early March',
		type: 'DATE',
		value: '2023-03',
		mod: 'START'
	},
	// "to" before a date looks ahead, unless it ends a range or a comparison.
	{
		text: 'The company bought 250,000 shares from March 1 to Thursday.',
		published: '2023-03-13',
		words: 'Thursday',
		type: 'DATE',
		value: '2023-03-09'
	},
	{
		text: 'In contrast to Thursday, when crowds were calm, police fired tear gas.',
		published: '2023-03-13',
		words: 'Thursday',
		type: 'DATE',
		value: '2023-03-09'
	},
	{
		text: 'The deadline was extended to Thursday.',
		published: '2023-03-13',
		words: 'Thursday',
		type: 'DATE',
		value: '2023-03-16'
	},
	{
		text: 'The judge set Friday as the deadline for a response.',
		published: '2023-03-18',
		words: 'Friday',
		type: 'DATE',
		value: '2023-03-17'
	},
	{
		text: 'The vote is set for Thursday.',
		published: '2023-03-13',
		words: 'Thursday',
		type: 'DATE',
		value: '2023-03-16'
	},
	// A deadline in a pluperfect clause has passed.
	{
		text: 'The storm made landfall early Tuesday; by late Tuesday it had weakened.',
		published: '2023-10-26',
		words: 'late Tuesday',
		type: 'DATE',
		value: '2023-10-24',
		mod: 'END'
	},
	{
		text: 'The fund had bought 5% of the shares through Sept. 29.',
		published: '2023-08-14',
		words: 'Sept. 29',
		type: 'DATE',
		value: '2022-09-29'
	},
	{
		text: 'The union approved a new contract effective June 1.',
		published: '2023-10-26',
		words: 'June 1',
		type: 'DATE',
		value: '2024-06-01'
	},
	{
		text: 'The law became effective June 1.',
		published: '2023-10-26',
		words: 'June 1',
		type: 'DATE',
		value: '2023-06-01'
	},
	{
		text: "Tomorrow's vote has international implications.",
		published: '2024-02-14',
		words: 'Tomorrow',
		type: 'DATE',
		value: '2024-02-15'
	},
	{
		text: 'Negotiators worked through Saturday night and reached a deal.',
		published: '2023-03-15',
		words: 'Saturday night',
		type: 'DATE',
		value: '2023-03-11'
	},
	{
		text: 'The Fed meets next Tuesday and Wednesday.',
		published: '2023-03-15',
		words: 'Wednesday',
		type: 'DATE',
		value: '2023-03-22'
	},
	{
		text: 'Markets were closed Monday and reopen Tuesday.',
		published: '2023-03-15',
		words: 'Tuesday',
		type: 'DATE',
		value: '2023-03-21'
	},
	{
		text: 'Voting ends Sunday.',
		published: '2023-03-15',
		words: 'Sunday',
		type: 'DATE',
		value: '2023-03-19'
	},
	{
		text: 'The law takes effect in January.',
		published: '2013-03-22',
		words: 'January',
		type: 'DATE',
		value: '2014-01'
	},
	{
		text: 'The rule, adopted in December, goes into force in July.',
		published: '2013-03-22',
		words: 'July',
		type: 'DATE',
		value: '2013-07'
	},
	{
		text: 'Sales fell to $300 million last year, down from $450 million the year before.',
		published: '2020-05-01',
		words: 'the year before',
		type: 'DATE',
		value: '2018'
	},
	{
		text: 'Apple reported a record third quarter and said the current quarter looks strong.',
		published: '2023-11-02',
		words: 'the current quarter',
		type: 'DATE',
		value: '2023-Q4'
	},
	{
		text: 'Results will be announced Monday.',
		published: '2023-03-15',
		words: 'Monday',
		type: 'DATE',
		value: '2023-03-20'
	},
	{
		text: 'The sale, to be completed around Nov. 1, was approved.',
		published: '2023-03-15',
		words: 'around Nov. 1',
		type: 'DATE',
		value: '2023-11-01',
		mod: 'APPROX'
	},
	// A modal perfect looks back: "could have" is no plan.
	{
		text: 'But on April 8, investigators, wondering how the gunman could have escaped, searched again.',
		published: '2023-05-05',
		words: 'April 8',
		type: 'DATE',
		value: '2023-04-08'
	},
	// A name ending in -ed is no past verb: "the United States" says nothing of time.
	{
		text: 'The minister heads to the United States Thursday with a trade delegation.',
		published: '2023-03-15',
		words: 'Thursday',
		type: 'DATE',
		value: '2023-03-16'
	},
	// The reporting verb after the date: "on Tuesday said".
	{
		text: 'The president on Tuesday said the United States might send more troops.',
		published: '2023-03-15',
		words: 'Tuesday',
		type: 'DATE',
		value: '2023-03-14'
	},
	// A present passive ("is heard") says nothing of when.
	{
		text: 'The family hopes to keep him when the appeal is heard in May in Atlanta.',
		published: '2023-03-15',
		words: 'May',
		type: 'DATE',
		value: '2023-05'
	},
	// Holy Week has begun by its Monday, though Easter Sunday is still ahead.
	{
		text: 'Pilgrims filled the old city as Easter week began.',
		published: '2022-04-11',
		words: 'Easter week',
		type: 'DATE',
		value: '2022-W15'
	},
	{
		text: 'Pilgrims filled the old city during Easter week.',
		published: '2022-04-08',
		words: 'Easter week',
		type: 'DATE',
		value: '2021-W13'
	},
	// A plan told in the past for a day still ahead.
	{
		text: 'Protesters planned a large rally in the square on Saturday.',
		published: '2023-03-15',
		words: 'Saturday',
		type: 'DATE',
		value: '2023-03-18'
	},
	{
		text: 'The inspectors planned to leave Kyiv on Thursday for Warsaw.',
		published: '2023-03-15',
		words: 'Thursday',
		type: 'DATE',
		value: '2023-03-16'
	},
	{
		text: 'Her lawyer said she would be traveling to Geneva Thursday with her son.',
		published: '2023-03-15',
		words: 'Thursday',
		type: 'DATE',
		value: '2023-03-16'
	},
	// "Wednesday's ruling" is a thing done, whatever is planned about it.
	{
		text: "The family said they would appeal Wednesday's ruling by the court.",
		published: '2023-03-17',
		words: 'Wednesday',
		type: 'DATE',
		value: '2023-03-15'
	},
	// A service "planned for Saturday" that was canceled: no plan verb with an object.
	{
		text: 'A vigil planned at the university for Saturday was canceled.',
		published: '2023-03-15',
		words: 'Saturday',
		type: 'DATE',
		value: '2023-03-11'
	},
	// No verb near the month: the story, just telling of 1994, keeps to the past.
	{
		text: 'Police reopened shootings dating to 1994. In January, a week after the anniversary of the Roe v. Wade decision, a bombing at a clinic in Birmingham, Ala., killed a guard.',
		published: '2020-10-25',
		words: 'January',
		type: 'DATE',
		value: '2020-01'
	},
	// "could" looks ahead, unless it failed: "could not be reached Tuesday".
	{
		text: 'The court could rule on Monday, lawyers said.',
		published: '2023-03-15',
		words: 'Monday',
		type: 'DATE',
		value: '2023-03-20'
	},
	{
		text: "The spokesman couldn't be reached for comment Tuesday.",
		published: '2023-03-16',
		words: 'Tuesday',
		type: 'DATE',
		value: '2023-03-14'
	},
	{
		text: 'The spokesman could not be reached for comment Tuesday.',
		published: '2023-03-16',
		words: 'Tuesday',
		type: 'DATE',
		value: '2023-03-14'
	},
	// Not plans: "agreed to a proposal", a "would" of another verb, "Monday’s ruling".
	{
		text: 'Hamas agreed to a ceasefire proposal on Monday.',
		published: '2024-05-15',
		words: 'Monday',
		type: 'DATE',
		value: '2024-05-13'
	},
	{
		text: 'The union said it would review Monday’s ruling.',
		published: '2024-05-15',
		words: 'Monday',
		type: 'DATE',
		value: '2024-05-13'
	},
	// A participle after a determiner is an adjective: "a still unspecified date" tells no time,
	// and the dividend is paid ahead.
	{
		text: 'The dividend will be paid on a still unspecified date in January to holders of record.',
		published: '2023-10-27',
		words: 'January',
		type: 'DATE',
		value: '2024-01'
	},
	// The month just ahead stays ahead, whatever past the story was telling.
	{
		text: 'The pact was signed in 2019. The firm said its effort would continue past the Nov. 1 deadline.',
		published: '2023-10-27',
		words: 'Nov. 1',
		type: 'DATE',
		value: '2023-11-01'
	},
	// A plan in the pluperfect: its day has passed in the telling.
	{
		text: 'The offer had been due to expire Friday evening, but it was extended.',
		published: '2023-03-15',
		words: 'Friday evening',
		type: 'TIME',
		value: '2023-03-10TEV'
	},
	// "vacation plans" is a noun: no plan for the date.
	{
		text: 'On Friday, when the minister set aside vacation plans for the trip, the ban was lifted.',
		published: '2023-03-13',
		words: 'Friday',
		type: 'DATE',
		value: '2023-03-10'
	},
	{
		text: 'The company plans to cut jobs in April, its chief said.',
		published: '2023-03-13',
		words: 'April',
		type: 'DATE',
		value: '2023-04'
	},
	// A retrospective goes on in the year it just told, to the month, as a clause's time…
	{
		text: 'Donald Trump lost the election on Nov. 3, 2020. Over the following weeks his campaign filed lawsuits. In mid-December, the Electoral College confirmed the result.',
		published: '2023-08-15',
		words: 'mid-December',
		type: 'DATE',
		value: '2020-12',
		mod: 'MID'
	},
	// … but not after a date that only names a thing ("the Dec. 21, 1988, bombing") …
	{
		text: 'Two agents were charged in the Dec. 21, 1988, bombing of Pan Am Flight 103. They were removed from the list after Gadhafi agreed in April to hand them over.',
		published: '1999-06-07',
		words: 'April',
		type: 'DATE',
		value: '1999-04'
	},
	// … nor once the story has moved on for a while.
	{
		text: 'The rebels declared victory on Jan. 1, 1959 when Batista fled. Castro noted the importance that the younger generations of the country have played in the government’s long battle to secure the boy’s return from the United States, where his relatives are fighting for custody. As a father and the grandfather of eight children, Castro said he sympathized with the little boy’s father, who has cited his rights as the sole surviving parent. The mother perished when their boat sank in late November during a crossing.',
		published: '2000-04-01',
		words: 'late November',
		type: 'DATE',
		value: '1999-11',
		mod: 'END'
	},
	// Present-tense schedules and forecasts look ahead.
	{
		text: 'Britain goes to the polls on Thursday.',
		published: '2017-06-05',
		words: 'Thursday',
		type: 'DATE',
		value: '2017-06-08'
	},
	{
		text: 'The Cowboys host the Bills on Thursday.',
		published: '2019-11-25',
		words: 'Thursday',
		type: 'DATE',
		value: '2019-11-28'
	},
	{
		text: 'Thunderstorms are possible Thursday afternoon.',
		published: '2022-07-20',
		words: 'Thursday afternoon',
		type: 'TIME',
		value: '2022-07-21TAF'
	},
	{
		text: 'Sunny skies are forecast for Saturday.',
		published: '2019-11-25',
		words: 'Saturday',
		type: 'DATE',
		value: '2019-11-30'
	},
	// An upcoming holiday, weeks off, is this year's; "is Thursday" is a day to come.
	{
		text: 'Millions travel for Thanksgiving, and airports are already busy.',
		published: '2019-11-25',
		words: 'Thanksgiving',
		type: 'DATE',
		value: '2019-11-28'
	},
	{
		text: 'Thanksgiving is Thursday, and airports are already busy.',
		published: '2019-11-25',
		words: 'Thursday',
		type: 'DATE',
		value: '2019-11-28'
	},
	{
		text: 'Revelers gather in Times Square for New Year’s Eve.',
		published: '2016-12-30',
		words: 'New Year’s Eve',
		type: 'DATE',
		value: '2016-12-31'
	},
	// "the three months to June": a period ending in the June just gone.
	{
		text: 'Profit rose to $1.2 billion in the three months to June 30.',
		published: '2015-07-30',
		words: 'June 30',
		type: 'DATE',
		value: '2015-06-30'
	},
	{
		text: 'Schools remain closed until at least April 30.',
		published: '2020-03-25',
		words: 'at least April 30',
		type: 'DATE',
		value: '2020-04-30',
		mod: 'ON_OR_AFTER'
	},
	{
		text: 'The runoff is set for the 24th.',
		published: '2016-07-14',
		words: 'the 24th',
		type: 'DATE',
		value: '2016-07-24'
	},
	// A forecast told in the past, within its own clause.
	{
		text: 'Forecasters said the storm would hit the coast on Wednesday.',
		published: '2013-12-30',
		words: 'Wednesday',
		type: 'DATE',
		value: '2014-01-01'
	},
	{
		text: 'Few expected the talks would collapse, but on Monday they did.',
		published: '2024-05-15',
		words: 'Monday',
		type: 'DATE',
		value: '2024-05-13'
	},
	// A quarter's results come once it is over, whatever the report's verb says.
	{
		text: 'The retailer will report fourth-quarter results in February.',
		published: '2020-01-03',
		words: 'fourth-quarter',
		type: 'DATE',
		value: '2019-Q4'
	},
	{
		text: 'Sales should pick up in the fourth quarter.',
		published: '2020-01-03',
		words: 'the fourth quarter',
		type: 'DATE',
		value: '2020-Q4'
	},
	// A clock time's day anchors the story ("at 8:15 a.m. on Aug. 6, 1945") …
	{
		text: 'At 8:15 a.m. on Aug. 6, 1945, the bomb fell on Hiroshima. Three days later, a second bomb fell. Japan surrendered on Aug. 15.',
		published: '2020-08-06',
		words: 'Aug. 15',
		type: 'DATE',
		value: '1945-08-15'
	},
	// … but a month of background ("February 1990") does not, nor does "since June".
	{
		text: 'He was released in February 1990 after 27 years in prison. He has been in and out of hospitals since June.',
		published: '2013-12-06',
		words: 'June',
		type: 'DATE',
		value: '2013-06'
	},
	// Holidays: weeks ahead even after a past verb's infinitive; "<holiday> last year"; the
	// holidays around Easter and Christmas.
	{
		text: 'Officials urged Americans to get booster shots before Christmas.',
		published: '2021-12-20',
		words: 'Christmas',
		type: 'DATE',
		value: '2021-12-25'
	},
	{
		text: 'The line said it would operate through New Year’s Day.',
		published: '2022-12-28',
		words: 'New Year’s Day',
		type: 'DATE',
		value: '2023-01-01'
	},
	{
		text: 'She spent Valentine’s Day last year in Paris.',
		published: '2014-10-21',
		words: 'Valentine’s Day last year',
		type: 'DATE',
		value: '2013-02-14'
	},
	{
		text: 'Sales were weak over Christmas.',
		published: '2016-01-10',
		words: 'Christmas',
		type: 'DATE',
		value: '2015-12-25'
	},
	{
		text: 'Stores reopen on Boxing Day.',
		published: '2015-12-21',
		words: 'Boxing Day',
		type: 'DATE',
		value: '2015-12-26'
	},
	{
		text: 'The parade is on Easter Monday, after Good Friday services.',
		published: '2024-03-20',
		words: 'Easter Monday',
		type: 'DATE',
		value: '2024-04-01'
	},
	{
		text: 'Services will be held on Good Friday.',
		published: '2024-03-20',
		words: 'Good Friday',
		type: 'DATE',
		value: '2024-03-29'
	},
	// A date opening its sentence before "X said" is when it was said.
	{
		text: 'On Wednesday, Bernanke said the central bank could slow its bond buying.',
		published: '2013-05-23',
		words: 'Wednesday',
		type: 'DATE',
		value: '2013-05-22'
	},
	{
		text: 'The three will join the alliance in early March, an official said.',
		published: '1999-02-10',
		words: 'early March',
		type: 'DATE',
		value: '1999-03',
		mod: 'START'
	},
	// In December, a past spring is this year's.
	{
		text: 'Booster shots became widely available in the spring.',
		published: '2021-12-20',
		words: 'the spring',
		type: 'DATE',
		value: '2021-SP'
	},
	// "the April-to-June period" ends in the June just gone: "to" after a month is a range.
	{
		text: 'Profit rose in the April-to-June period.',
		published: '2019-07-25',
		words: 'June',
		type: 'DATE',
		value: '2019-06'
	},
	{
		text: 'A ruling could come as early as May.',
		published: '2023-10-30',
		words: 'May',
		type: 'DATE',
		value: '2024-05'
	},
	// "as late as", "as recently as" look back from the telling, unless the clause looks ahead.
	{
		text: 'She entered the race in January 2025 and trailed Becker by double digits as late as June.',
		published: '2026-11-04',
		words: 'June',
		type: 'DATE',
		value: '2026-06'
	},
	{
		text: 'As recently as March, the company was profitable.',
		published: '2023-10-30',
		words: 'March',
		type: 'DATE',
		value: '2023-03'
	},
	{
		text: 'The launch could slip as late as March.',
		published: '2023-10-30',
		words: 'March',
		type: 'DATE',
		value: '2024-03'
	},
	// A bare clock time told in the past is not on a day still ahead.
	{
		text: 'Trump will be sworn in on Jan. 20. Clinton conceded at 2:30 a.m.',
		published: '2016-11-09',
		words: '2:30 a.m.',
		type: 'TIME',
		value: '2016-11-09T02:30'
	},
	// An anniversary piece: "Fifty years ago today" is a day, and the retelling goes on from it.
	{
		text: 'Fifty years ago today, Apollo 11 lifted off from Florida. On July 20, Armstrong stepped onto the moon.',
		published: '2019-07-16',
		words: 'July 20',
		type: 'DATE',
		value: '1969-07-20'
	},
	{
		text: 'Fifty years ago today, Apollo 11 lifted off from Florida.',
		published: '2019-07-16',
		words: 'Fifty years ago today',
		type: 'DATE',
		value: '1969-07-16'
	},
	// Issue 13: failures found on articles nobody had tuned on, and the dev3 set: schedules, spans ahead,
	// past weekdays, a report's "last year", a sentence framed by its opening year, "that fall".
	{
		text: 'The judge set sentencing for Feb. 12.',
		published: '2025-11-20',
		words: 'Feb. 12',
		type: 'DATE',
		value: '2026-02-12'
	},
	{
		text: 'Schools will remain closed through Friday.',
		published: '2026-10-07',
		words: 'Friday',
		type: 'DATE',
		value: '2026-10-09'
	},
	{
		text: 'Schools are closed through Friday.',
		published: '2026-10-07',
		words: 'Friday',
		type: 'DATE',
		value: '2026-10-09'
	},
	{
		text: 'The storm, which strengthened rapidly over open water on Sunday and Monday, will make landfall tonight.',
		published: '2026-10-07',
		words: 'Sunday',
		type: 'DATE',
		value: '2026-10-04'
	},
	{
		text: 'Lena strengthened rapidly over the warm waters of the Gulf of Mexico on Sunday and Monday and is expected to weaken.',
		published: '2026-10-07',
		words: 'Monday',
		type: 'DATE',
		value: '2026-10-05'
	},
	{
		text: 'In March 2024, prosecutors charged Mr. Dunn with fraud. Two former aides pleaded guilty last year. Ms. Lowell told jurors on Oct. 28 that the scheme was his idea.',
		published: '2025-11-20',
		words: 'Oct. 28',
		type: 'DATE',
		value: '2025-10-28'
	},
	{
		text: 'Last year, the council promised in March to fix the roads.',
		published: '2025-11-20',
		words: 'March',
		type: 'DATE',
		value: '2024-03'
	},
	{
		text: 'In 2023, the club fired its coach in May.',
		published: '2025-11-20',
		words: 'May',
		type: 'DATE',
		value: '2023-05'
	},
	// A year at the end of a clause frames only that clause.
	{
		text: 'The company lost money last year, and in March it cut 200 jobs.',
		published: '2025-11-20',
		words: 'March',
		type: 'DATE',
		value: '2025-03'
	},
	{
		text: 'Last year, Ms. Holt promised in March that the merger would close by the summer.',
		published: '2026-06-18',
		words: 'the summer',
		type: 'DATE',
		value: '2025-SU'
	},
	{
		text: 'The FBI searched her offices in August 2023. She was indicted that fall.',
		published: '2025-11-19',
		words: 'that fall',
		type: 'DATE',
		value: '2023-FA'
	},
	// A winter is named by its December's year, as the timeline reads it (2023-WI is December
	// 2023 to February 2024): after the fall, the winter the year ends in; after January, the
	// winter holding it (dev8: "That winter" after "In January 1992" was the winter of 1992-93).
	{
		text: 'The team was sold in October 2023, and the stadium closed that winter.',
		published: '2025-11-19',
		words: 'that winter',
		type: 'DATE',
		value: '2023-WI'
	},
	{
		text: 'In January 1992 a storm dropped nine feet of snow. That winter, the area sold a record 180,000 lift tickets.',
		published: '2026-04-10',
		words: 'That winter',
		type: 'DATE',
		value: '1991-WI'
	},
	// dev11: after a month of spring or summer, the winter ahead (it was the one before).
	{
		text: 'She moved to Fort Lauderdale on July 11, 2023. She swam 70 kilometers a week that winter.',
		published: '2026-08-03',
		words: 'that winter',
		type: 'DATE',
		value: '2023-WI'
	},
	{
		text: 'The plant opened in May 2019, and it closed that winter.',
		published: '2026-08-03',
		words: 'that winter',
		type: 'DATE',
		value: '2019-WI'
	},
	// dev10: "won't" is "will not", not the past "won" before a contraction.
	{
		text: "The city won't reopen the pool until June.",
		published: '2026-02-19',
		words: 'June',
		type: 'DATE',
		value: '2026-06'
	},
	{
		text: 'The city won’t reopen the pool before June.',
		published: '2026-02-19',
		words: 'June',
		type: 'DATE',
		value: '2026-06'
	},
	// dev9: "last" after a modal is the verb, not the "last" of "last year": a hedged future
	// reaching past the page's month is the coming one.
	{
		text: 'The strike may last into October, Ms. Ruiz said.',
		published: '2026-09-18',
		words: 'October',
		type: 'DATE',
		value: '2026-10'
	},
	{
		text: 'The drought could last until November.',
		published: '2026-09-18',
		words: 'November',
		type: 'DATE',
		value: '2026-11'
	},
	{
		text: 'The strike lasted into October.',
		published: '2026-09-18',
		words: 'October',
		type: 'DATE',
		value: '2025-10'
	},
	// dev9: a "by" opening a sentence told in the simple past is a time reached, not a deadline.
	{
		text: 'By Tuesday morning, ice an inch thick coated trees from Springfield to West Plains.',
		published: '2026-01-30',
		words: 'Tuesday morning',
		type: 'TIME',
		value: '2026-01-27TMO'
	},
	{
		text: 'By March, the company must repay the loan.',
		published: '2026-01-30',
		words: 'March',
		type: 'DATE',
		value: '2026-03'
	},
	// dev9: irregular pasts are past cues, from one table of common irregular verbs
	// (irregular-verbs.ts): a month after the page's month, told in the past, is last year's.
	...[
		['The lake froze in October.', 'October', '2025-10'],
		['The ferry sank in December.', 'December', '2025-12'],
		['Floodwaters swept the valley in November.', 'November', '2025-11'],
		['The wound bled again in October.', 'October', '2025-10']
	].map(([text, words, value]) => ({
		text: text!,
		published: '2026-09-18',
		words: words!,
		type: 'DATE' as const,
		value: value!
	})),
	// ("will cut" is no past: a past form spelt as its base is no cue.)
	{
		text: 'The central bank will cut rates in October.',
		published: '2026-09-18',
		words: 'October',
		type: 'DATE',
		value: '2026-10'
	},
	// dev8: the explicit day a clock time is "of" wins over the page's.
	{
		text: 'The first call came at 6:40 in the morning of Nov. 12, 2019, a dispatcher testified.',
		published: '2026-11-19',
		words: '6:40 in the morning of Nov. 12, 2019',
		type: 'TIME',
		value: '2019-11-12T06:40'
	},
	// Months after a year a report retells are no months after the page.
	{
		text: 'In 2021 the F.D.A. halted the study. The agency lifted the hold five months later.',
		published: '2025-12-03',
		words: 'five months later',
		type: 'DATE',
		value: 'XXXX-XX'
	},
	// A weekday in apposition names the day just told, not one of the page's week.
	{
		text: 'The network noticed unusual traffic on Jan. 18, a Sunday, and shut down its system.',
		published: '2026-02-11',
		words: 'Sunday',
		type: 'DATE',
		value: '2026-01-18'
	},
	// A schedule told in the present after a past story looks ahead of the page.
	{
		text: 'Last fall, the band played a surprise set. The tour opens in Duluth on Oct. 3 and ends in London in March.',
		published: '2025-08-20',
		words: 'Oct. 3',
		type: 'DATE',
		value: '2025-10-03'
	},
	{
		text: 'Last fall, the band played a surprise set. The tour opens in Duluth on Oct. 3 and ends in London in March.',
		published: '2025-08-20',
		words: 'March',
		type: 'DATE',
		value: '2026-03'
	},
	// An anniversary's lede: "on the morning of" a day with its year is that day, not the page's.
	{
		text: 'At 6:40 on the morning of June 5, 1977, the earthen dam above the creek gave way.',
		published: '2027-06-05',
		words: '6:40 on the morning of June 5, 1977',
		type: 'TIME',
		value: '1977-06-05T06:40'
	},
	// dev8: a range of months whose year comes at its end, after "in"; one across the year's end
	// begins the year before.
	{
		text: 'Night skiing ran from January to March in 2015, the last time the area tried it.',
		published: '2026-04-10',
		words: 'January',
		type: 'DATE',
		value: '2015-01'
	},
	{
		text: 'Night skiing ran from January to March in 2015, the last time the area tried it.',
		published: '2026-04-10',
		words: 'March',
		type: 'DATE',
		value: '2015-03'
	},
	{
		text: 'The ferry ran from October to April in 2015.',
		published: '2026-04-10',
		words: 'October',
		type: 'DATE',
		value: '2014-10'
	},
	// "next Saturday" told on a Friday is the next day: TempEval-3's gold has no "next <weekday>",
	// but values "this coming Sunday" (told on a Thursday) as the first Sunday after and every
	// "last <weekday>" as the nearest one before; "next" is read as their mirror.
	{
		text: 'Kestrel will hold an open house for families next Saturday, Quint said.',
		published: '2026-03-13',
		words: 'next Saturday',
		type: 'DATE',
		value: '2026-03-14'
	},
	// "that June" is a month of the story's year, as "that fall" is its season.
	{
		text: 'In the spring of 2021, an accountant noticed the bank did not exist. She reported it that June.',
		published: '2026-02-13',
		words: 'that June',
		type: 'DATE',
		value: '2021-06'
	},
	{
		text: 'In the spring of 2021, an accountant noticed the bank did not exist. She reported it that June, but the agency did not act until the following year.',
		published: '2026-02-13',
		words: 'the following year',
		type: 'DATE',
		value: '2022'
	},
	{
		text: 'Voltra was founded in 2019 by two engineers. That June it shipped its first bike.',
		published: '2026-05-21',
		words: 'That June',
		type: 'DATE',
		value: '2019-06'
	},
	// A year opening a backgrounder's sentence frames the past sentences of its paragraph.
	{
		text: 'In 1958 the school faced its worst year. A fire destroyed the gymnasium in February.',
		published: '2026-09-08',
		words: 'February',
		type: 'DATE',
		value: '1958-02'
	},
	{
		text: 'In the spring of 1969, 400 students walked out. In May they held a sit-in.',
		published: '2026-09-08',
		words: 'May',
		type: 'DATE',
		value: '1969-05'
	},
	// … but not past its paragraph, nor a clause looking ahead.
	{
		text: 'In 1958 the school faced its worst year.\n\nThe board voted in February to close the pool.',
		published: '2026-09-08',
		words: 'February',
		type: 'DATE',
		value: '2026-02'
	},
	{
		text: 'In 2019 the fund lost money. It will report its results in March.',
		published: '2026-09-08',
		words: 'March',
		type: 'DATE',
		value: '2027-03'
	},
	// A past year closing its sentence after "in" frames a month opening the next one (found on
	// held-out-dates-2 after its blind run); "since 1980." does not.
	{
		text: 'The first problems appeared in 2021. In March, a boring machine stalled under Elm Street.',
		published: '2026-06-17',
		words: 'March',
		type: 'DATE',
		value: '2021-03'
	},
	{
		text: 'It has increased its profits annually since 1980. In September, it announced plans to expand.',
		published: '1989-11-02',
		words: 'September',
		type: 'DATE',
		value: '1989-09'
	},
	// … and so does one before a short phrase of its clause (dev5); not one before a clause of
	// its own, nor after "since".
	{
		text: 'The shop was founded in 2019 by two brothers. In March, they opened a second store.',
		published: '2026-05-21',
		words: 'March',
		type: 'DATE',
		value: '2019-03'
	},
	{
		text: 'The group bought the building from the city in 2019 for $1. In April, volunteers began clearing it.',
		published: '2026-08-26',
		words: 'April',
		type: 'DATE',
		value: '2019-04'
	},
	// (A thousands separator is no clause's comma: found on held-out-dates-3 after its blind run.)
	{
		text: 'He took the Ridgeview job in 1963 for $4,800 a year. In September, his first team lost all of its games.',
		published: '2026-07-24',
		words: 'September',
		type: 'DATE',
		value: '1963-09'
	},
	{
		text: 'The shop opened in 2019, when rents were low. In March, it added a second store.',
		published: '2026-05-21',
		words: 'March',
		type: 'DATE',
		value: '2026-03'
	},
	{
		text: 'Sales have risen every year since 2019 at the shop. In March, it opened a second store.',
		published: '2026-05-21',
		words: 'March',
		type: 'DATE',
		value: '2026-03'
	},
	// A report telling its own days gives a closing year as background: the month after it is
	// this year's where this year's has passed (dev7); a retelling already under way goes on,
	// and a month still ahead this year stays in the past year.
	{
		text: 'The mill said on Tuesday that it would close. It opened in 2015. In February, it dismissed 40 workers.',
		published: '2026-05-14',
		words: 'February',
		type: 'DATE',
		value: '2026-02'
	},
	{
		text: 'The mill said on Tuesday that it would close. It closed a plant in 2012. The mill opened in 2015. In February, it dismissed 40 workers.',
		published: '2026-05-14',
		words: 'February',
		type: 'DATE',
		value: '2015-02'
	},
	{
		text: 'The mill said on Tuesday that it would close. It opened in 2015. In October, it dismissed 40 workers.',
		published: '2026-05-14',
		words: 'October',
		type: 'DATE',
		value: '2015-10'
	},
	// A past span retold runs "until" the season of the story's year (dev4, dev5); a span ahead
	// still looks ahead.
	{
		text: 'A fire destroyed the gym in February 1958, and students held classes in churches until the fall.',
		published: '2026-09-08',
		words: 'the fall',
		type: 'DATE',
		value: '1958-FA'
	},
	{
		text: 'In 1979 the couple opened a bakery. In March, a fire gutted the kitchen, and they baked in a church basement until the fall.',
		published: '2026-06-19',
		words: 'the fall',
		type: 'DATE',
		value: '1979-FA'
	},
	{
		text: 'A fire destroyed the gym in February, and the pool will stay closed until the fall.',
		published: '2026-09-08',
		words: 'the fall',
		type: 'DATE',
		value: '2026-FA'
	},
	// A quarter's result told in the past, just after a past year, is that year's quarter when
	// this year's is still running (dev5); a fiscal fourth quarter reported in the autumn stays.
	{
		text: 'The chain struggled through much of last year. Fourth-quarter profit fell 40 percent.',
		published: '2026-10-20',
		words: 'Fourth-quarter',
		type: 'DATE',
		value: '2025-Q4'
	},
	{
		text: 'Ralston Purina Co. reported a 47% decline in fourth-quarter earnings.',
		published: '1989-11-02',
		words: 'fourth-quarter',
		type: 'DATE',
		value: '1989-Q4'
	},
	// … and a quarter frames no month: the January after it is this year's.
	{
		text: 'The chain struggled last year. Fourth-quarter profit fell 40 percent. In January, it cut 600 jobs.',
		published: '2026-10-20',
		words: 'January',
		type: 'DATE',
		value: '2026-01'
	},
	// "the latest quarter" is the last one closed, not an older quarter the story told nor one
	// still running that a plan named.
	{
		text: 'Profit fell in the fourth quarter of 2025. A rival reported on Oct. 8 that its sales fell in its latest quarter.',
		published: '2026-10-20',
		words: 'latest quarter',
		type: 'DATE',
		value: '2026-Q3'
	},
	{
		text: 'The company will report its fourth-quarter results on Feb. 3. Its sales rose in the latest quarter.',
		published: '2026-10-20',
		words: 'the latest quarter',
		type: 'DATE',
		value: '2026-Q3'
	},
	// A sentence about a year's thing ("Next year's race") dates its bare days in that year.
	{
		text: "Next year's race is scheduled for April 18.",
		published: '2026-04-20',
		words: 'April 18',
		type: 'DATE',
		value: '2027-04-18'
	},
	{
		text: "Last year's race was run on April 21 in a heat wave.",
		published: '2026-04-20',
		words: 'April 21',
		type: 'DATE',
		value: '2025-04-21'
	},
	// A night told in order goes on past midnight (found on held-out-dates-2 after its blind run).
	{
		text: 'A watch was issued on Saturday afternoon, and sirens sounded at 10:52 p.m. The tornado crossed Main Street at 12:20 a.m.',
		published: '2026-05-05',
		words: '12:20 a.m.',
		type: 'TIME',
		value: '2026-05-03T00:20'
	},
	// "the full year" of a report on a quarter is that quarter's year, unless it looks ahead.
	{
		text: 'The retailer earned $41 million in the fourth quarter. For the full year, it lost $88 million.',
		published: '2026-02-26',
		words: 'the full year',
		type: 'DATE',
		value: '2025'
	},
	{
		text: 'The retailer earned $41 million in the fourth quarter. It expects sales to rise 5 percent for the full year.',
		published: '2026-02-26',
		words: 'the full year',
		type: 'DATE',
		value: '2026'
	},
	// A night's late hours told after its small hours are the evening before.
	{
		text: 'The fire reached Oak Run early Wednesday. A deputy radioed at 11:41 p.m. that the school was burning.',
		published: '2026-08-15',
		words: '11:41 p.m.',
		type: 'TIME',
		value: '2026-08-11T23:41'
	},
	{
		text: 'The fire reached Oak Run early Wednesday. Two firefighters were hurt at 2 a.m.',
		published: '2026-08-15',
		words: '2 a.m.',
		type: 'TIME',
		value: '2026-08-12T02:00'
	},
	// "shortly before midnight" is the night of the day told, not the next day's 00:00.
	{
		text: 'The storm hit on Tuesday. Power failed shortly before midnight.',
		published: '2026-08-15',
		words: 'midnight',
		type: 'TIME',
		value: '2026-08-11TNI'
	},
	{
		text: 'The storm hit on Tuesday. Power failed at midnight.',
		published: '2026-08-15',
		words: 'midnight',
		type: 'TIME',
		value: '2026-08-12T00:00'
	},
	// A past weekday that would be the page's own day, just after a day of the week before.
	{
		text: 'The fire was reported on Aug. 7. By Saturday night it had burned 9,000 acres.',
		published: '2026-08-15',
		words: 'Saturday night',
		type: 'DATE',
		value: '2026-08-08'
	},
	{
		text: 'The mayor spoke on Saturday.',
		published: '2026-08-15',
		words: 'Saturday',
		type: 'DATE',
		value: '2026-08-15'
	},
	// A capitalised base verb mid-sentence is a name, no schedule (dev6): Monday, May 11.
	{
		text: 'Lena Haller won the Madrid Open on Sunday.',
		published: '2026-05-11',
		words: 'Sunday',
		type: 'DATE',
		value: '2026-05-10'
	},
	{
		text: 'The talks open on Sunday.',
		published: '2026-05-11',
		words: 'Sunday',
		type: 'DATE',
		value: '2026-05-17'
	},
	// A day or week of a month the story told (dev6) is in that month, never the page's day.
	{
		text: 'Inspectors found the cracks in February 2024, and the city closed the bridge the same afternoon.',
		published: '2026-03-04',
		words: 'the same afternoon',
		type: 'DATE',
		value: '2024-02'
	},
	{
		text: 'She tore a knee ligament in March 2025. She had surgery in Vienna the next week.',
		published: '2026-05-11',
		words: 'the next week',
		type: 'DATE',
		value: '2025-03',
		mod: 'APPROX'
	},
	{
		text: 'The shop opened in 2019. The next month, a fire gutted it.',
		published: '2026-05-11',
		words: 'The next month',
		type: 'DATE',
		value: '2019',
		mod: 'APPROX'
	},
	// … and "that June" after it is June of that year, though a new paragraph follows.
	{
		text: 'Inspectors found the cracks in February 2024, and the city closed the bridge the same afternoon.\n\nThe council approved a rebuild that June.',
		published: '2026-03-04',
		words: 'that June',
		type: 'DATE',
		value: '2024-06'
	},
	{
		text: 'The city closed the bridge on Feb. 9, 2024, and reopened it the next week.',
		published: '2026-03-04',
		words: 'the next week',
		type: 'DATE',
		value: '2024-W07'
	},
	// Thursday 2026-05-14: a schedule told in the past ("was scheduled for", "had been set
	// for") tells a day that may have passed: a month's day is its nearest occurrence, not
	// next year's; told in the present it still lies ahead.
	{
		text: 'The hearing was scheduled for March 3.',
		published: '2026-05-14',
		words: 'March 3',
		type: 'DATE',
		value: '2026-03-03'
	},
	{
		text: 'The vote had been set for Feb. 10, according to court records.',
		published: '2026-05-14',
		words: 'Feb. 10',
		type: 'DATE',
		value: '2026-02-10'
	},
	{
		text: 'The launch was scheduled for June 1.',
		published: '2026-05-14',
		words: 'June 1',
		type: 'DATE',
		value: '2026-06-01'
	},
	{
		text: 'The mayor spoke on Monday. The trial was set for Feb. 10, according to court records.',
		published: '2026-05-14',
		words: 'Feb. 10',
		type: 'DATE',
		value: '2026-02-10'
	},
	{
		text: 'The vote was scheduled for Friday.',
		published: '2026-05-13',
		words: 'Friday',
		type: 'DATE',
		value: '2026-05-15'
	},
	{
		text: 'The hearing is scheduled for March 3.',
		published: '2026-05-14',
		words: 'March 3',
		type: 'DATE',
		value: '2027-03-03'
	},
	// Friday 2026-03-06: an infinitive after a verb that tells whether its act was done at once
	// ("declined to comment", "failed to stop") is told in the past, so its weekday is the
	// nearest on or before the page's day; a plan or a pledge still looks ahead.
	{
		text: 'The company declined to comment Thursday.',
		published: '2026-03-06',
		words: 'Thursday',
		type: 'DATE',
		value: '2026-03-05'
	},
	{
		text: 'A spokeswoman refused to say Thursday how many jobs would remain.',
		published: '2026-03-06',
		words: 'Thursday',
		type: 'DATE',
		value: '2026-03-05'
	},
	{
		text: 'The driver failed to stop Tuesday night, police said.',
		published: '2026-03-06',
		words: 'Tuesday night',
		type: 'DATE',
		value: '2026-03-03'
	},
	{
		text: 'The union agreed to meet Tuesday.',
		published: '2026-03-06',
		words: 'Tuesday',
		type: 'DATE',
		value: '2026-03-10'
	},
	{
		text: 'The talks are set to resume Monday.',
		published: '2026-03-06',
		words: 'Monday',
		type: 'DATE',
		value: '2026-03-09'
	},
	// Wednesday 2026-03-11: a weekday's deadline ("by", "until") in a clause told in the past is
	// the nearest such day on or before the page's; one told in the present or ahead, a day a
	// verb put off to, or an end "at least" that far, still looks ahead.
	{
		text: 'Residents were told to leave by 9 p.m. Tuesday.',
		published: '2026-03-11',
		words: '9 p.m. Tuesday',
		type: 'TIME',
		value: '2026-03-10T21:00'
	},
	{
		text: 'Police ordered shops to shut by noon Tuesday.',
		published: '2026-03-11',
		words: 'noon Tuesday',
		type: 'TIME',
		value: '2026-03-10T12:00'
	},
	{
		text: 'Officials told residents to leave by Tuesday night.',
		published: '2026-03-11',
		words: 'Tuesday night',
		type: 'DATE',
		value: '2026-03-10'
	},
	{
		text: 'The road was closed until 6 a.m. Monday.',
		published: '2026-03-11',
		words: '6 a.m. Monday',
		type: 'TIME',
		value: '2026-03-09T06:00'
	},
	{
		text: 'The bridge stayed closed to traffic until Monday.',
		published: '2026-03-11',
		words: 'Monday',
		type: 'DATE',
		value: '2026-03-09'
	},
	{
		text: 'The road is closed until Monday.',
		published: '2026-03-11',
		words: 'Monday',
		type: 'DATE',
		value: '2026-03-16'
	},
	{
		text: 'Officials said residents must leave by Friday.',
		published: '2026-03-11',
		words: 'Friday',
		type: 'DATE',
		value: '2026-03-13'
	},
	{
		text: 'The judge postponed the hearing until Monday.',
		published: '2026-03-11',
		words: 'Monday',
		type: 'DATE',
		value: '2026-03-16'
	},
	{
		text: 'The governor gave residents until Friday to leave.',
		published: '2026-03-11',
		words: 'Friday',
		type: 'DATE',
		value: '2026-03-13'
	},
	{
		text: 'Residents of the area were told to boil water until at least Friday.',
		published: '2026-03-11',
		words: 'Friday',
		type: 'DATE',
		value: '2026-03-13'
	},
	// A "by" in a clause told in the past is a time reached, not a deadline ahead: "recovered by
	// October" is last October, unless a verb before it looks ahead ("promised to hire 50 people
	// by June", "supposed to conclude by May"). A year told as a stretch its clause goes through
	// ("got through 2023", "during 2023") holds the months its sentence goes on to tell.
	{
		text: 'Sales recovered by October.',
		published: '2026-03-11',
		words: 'October',
		type: 'DATE',
		value: '2025-10'
	},
	{
		text: 'The work was finished by July.',
		published: '2026-03-11',
		words: 'July',
		type: 'DATE',
		value: '2025-07'
	},
	{
		text: 'The company expects sales to recover by October.',
		published: '2026-03-11',
		words: 'October',
		type: 'DATE',
		value: '2026-10'
	},
	{
		text: 'The firm promised to hire 50 people by June.',
		published: '2026-03-11',
		words: 'June',
		type: 'DATE',
		value: '2026-06'
	},
	{
		text: 'Talks that are supposed to conclude by May resumed on Monday.',
		published: '2026-03-11',
		words: 'May',
		type: 'DATE',
		value: '2026-05'
	},
	{
		text: 'In 2023 the tourists came back by July.',
		published: '2026-03-11',
		words: 'July',
		type: 'DATE',
		value: '2023-07'
	},
	{
		text: 'We got through 2023 because the tourists came back by July.',
		published: '2026-03-11',
		words: 'July',
		type: 'DATE',
		value: '2023-07'
	},
	{
		text: 'During 2023 the tourists came back in July.',
		published: '2026-03-11',
		words: 'July',
		type: 'DATE',
		value: '2023-07'
	},
	// "this <month>" after the page's month, in a clause told in the past, is the one just gone
	// (told in January, "closed this December" is last December); ahead, the page's year's.
	{
		text: 'The plant closed this December.',
		published: '2027-01-08',
		words: 'this December',
		type: 'DATE',
		value: '2026-12'
	},
	{
		text: 'The plant will close this December.',
		published: '2027-01-08',
		words: 'this December',
		type: 'DATE',
		value: '2027-12'
	},
	{
		text: 'The plant will reopen this March.',
		published: '2027-01-08',
		words: 'this March',
		type: 'DATE',
		value: '2027-03'
	}
];

describe('wire copy: dates placed by tense', () => {
	it.each(rows)('reads "$words" in "$text" as $type $value', (row) => {
		const at = row.text.indexOf(row.words);
		expectTimexAt(tagTimexes(row.text, { published: row.published }), at, row);
	});
});
