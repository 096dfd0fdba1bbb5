import { title } from '../testing/title-of';
import { describe, expect, it } from 'vitest';
import { BREAKS, reportedSpeech } from './sayings';

describe('speech events: who said what (issue 13, point 4)', () => {
	it.each([
		[
			'“We tried everything to keep Warren open,” said Luca Ferri, the company’s North American chief, who ran the plant from 2015 to 2019.',
			'from 2015 to 2019',
			'Luca Ferri ran plant'
		],
		[
			"``I haven't seen a pattern yet,'' said Patricia Hurt, the Essex County prosecutor, who created the task force on Tuesday.",
			'on Tuesday',
			'Patricia Hurt created task force'
		]
	])('a date in the speaker’s own “who” clause titles that clause by name: %s', (s, date, want) => {
		expect(title(s, date)).toBe(want);
	});
});

describe('a quotation’s speaker found past a clause of their own or a scene', () => {
	it.each([
		[
			'“Today the jury told the truth about that night,” Rosa Delgado, whose brother died in the fire, said after the verdict on Thursday.',
			'on Thursday',
			'Rosa Delgado: ‘Today jury told truth about that night’'
		],
		[
			'“It was a mistake,” the mayor, who took office in 2022, said on Friday.',
			'in 2022',
			'Mayor took office'
		],
		[
			'Ahead of the vote on Thursday, Mayor Carla Diaz said, “Today I sent every council member a letter.”',
			'Today',
			'Mayor Carla Diaz: ‘I sent every council member letter’'
		]
	])('%s (%s) → %s', (s, date, want) => {
		expect(title(s, date)).toBe(want);
	});
});

describe('a pronoun in a dated "after" clause of what was said names what was said of, not the speaker', () => {
	it.each([
		[
			'Police said the man was arrested on Friday after he fled a traffic stop on Wednesday.',
			'on Wednesday',
			'Man fled traffic stop'
		],
		[
			'Officials said the ferry was grounded on Friday after it struck a pier on Tuesday.',
			'on Tuesday',
			'Ferry struck pier'
		]
	])('%s (%s) → %s', (s, date, want) => {
		expect(title(s, date, ['on Friday'])).toBe(want);
	});
});

describe('reportedSpeech: a speech event told as who said what, never in the colon form', () => {
	const story =
		'Carlos Alcaraz won on Sunday. Ruth Kiplagat ran. Mr. Hsu bought it. In Linden, voters met. The judge spoke.';
	it.each([
		[
			'Judge Loretta Banks: ‘He betrayed trust of hundreds of families’',
			'Judge Loretta Banks said he betrayed trust of hundreds of families'
		],
		[
			'Alcaraz: ‘I played best tennis of my life’',
			'Alcaraz said he played best tennis of his life'
		],
		[
			'Kiplagat: ‘I wanted this record for five years’',
			'Kiplagat said she wanted this record for five years'
		],
		['Mr. Hsu: ‘I bought it as copy’', 'Mr. Hsu said he bought it as copy'],
		[
			'Carla Ruiz: ‘We are still pulling people from rubble’',
			'Carla Ruiz said they were still pulling people from rubble'
		],
		['Anna Ruiz: ‘Justice was done’', 'Anna Ruiz said justice was done'],
		['Janet Kuo: ‘He is devastated’', 'Janet Kuo said he was devastated'],
		[
			'Dr. Sandra Kim: ‘We will not reward criminals’',
			'Dr. Sandra Kim said they would not reward criminals'
		],
		[
			'Ms. Okafor: ‘Today Linden voted for its neighborhoods’',
			'Ms. Okafor said Linden voted for its neighborhoods'
		],
		['Tom Reyes: ‘We lost everything today’', 'Tom Reyes said they lost everything'],
		['He said: ‘I never took dime’', 'He said he never took dime'],
		[
			'Maria Soto: ‘We won promise that no nurse will lose her …’',
			'Maria Soto said they won promise'
		],
		[
			'Mayor Carla Diaz: ‘I sent every council member letter asking them …’',
			'Mayor Carla Diaz said she sent every council member letter'
		]
	])('%s → %s', (colon, said) => {
		expect(reportedSpeech(colon, '', story)).toBe(said);
	});

	it.each([
		// An "I" whose sex the story does not tell is not guessed.
		'Okoye: ‘I knew it was over’',
		// A "you" told to the reader reads wrong in reported speech.
		'Joan Reyes: ‘We are asking you to close family, not building’',
		// A quotation that lost its subject is no saying to tell again.
		'She said: ‘Is third of our year’'
	])('leaves %s as the quotation rules made it', (colon) => {
		expect(reportedSpeech(colon, '', story)).toBe(colon);
	});
});

describe('reportedSpeech: what was said keeps no capital its sentence gave a common word', () => {
	const story = 'Walnut growers expect less. The walnut harvest starts soon. Rose Diaz will run.';
	it.each([
		[
			'County agriculture office said Walnut growers expect to harvest third fewer nuts',
			'County agriculture office said walnut growers expect to harvest third fewer nuts'
		],
		// A word a verb follows may be a name: it stays.
		['Coach said Rose would run', 'Coach said Rose would run'],
		// A word the story never writes in lower case stays.
		['Zoo said Sumatran tiger gave birth', 'Zoo said Sumatran tiger gave birth']
	])('%s → %s', (title, want) => {
		expect(reportedSpeech(title, '', story)).toBe(want);
	});
});

describe('reportedSpeech: a first name that opens what was said keeps its capital', () => {
	it.each([
		[
			'Steven Reed: ‘Donna’s family has waited 32 years for this phone call’',
			'Steven Reed said Donna’s family had waited 32 years for this phone call'
		],
		[
			'Tom Reyes: ‘Anna never gave up on this town’',
			'Tom Reyes said Anna never gave up on this town'
		]
	])('%s → %s', (colon, want) => {
		expect(reportedSpeech(colon, '', 'Steven Reed and Tom Reyes spoke.')).toBe(want);
	});
});

describe('a date in a "since" clause of a bare plural titles that clause', () => {
	it.each([
		[
			'The company said the plant had lost money since sales fell by half in 2023.',
			'in 2023',
			'Sales fell by half'
		],
		['Prices have doubled since talks collapsed in March.', 'in March', 'Talks collapsed']
	])('%s (%s) → %s', (s, date, want) => {
		expect(title(s, date)).toBe(want);
	});
});

describe('a decision told after what it decides (dev17e)', () => {
	it.each([
		// The decision's day titles who decided what; the plan's date titles the plan alone.
		[
			'The Elm Street depot will close in June, the transit board decided on Thursday.',
			'on Thursday',
			['in June'],
			'Transit board decided to close Elm Street depot'
		],
		[
			'The Elm Street depot will close in June, the transit board decided on Thursday.',
			'in June',
			['on Thursday'],
			'Elm Street depot will close'
		],
		[
			'It will repay $2 million in road grants by the end of the year, the council voted on Tuesday.',
			'on Tuesday',
			['by the end of the year'],
			'Council voted to repay $2 million in road grants'
		],
		[
			'Mark Hollis was guilty of fraud on all four counts, a jury found on Thursday.',
			'on Thursday',
			[],
			'Jury found Mark Hollis guilty of fraud on all four counts'
		],
		[
			'The company was not liable for the crash, the court ruled on Friday.',
			'on Friday',
			[],
			'Court ruled company not liable for crash'
		],
		// Background after the decider (a length before its "after") stays out of the title.
		[
			'Sam Holt will take charge of Rovers in November, the board decided on Monday, ten years after he led the team to its only title.',
			'in November',
			['on Monday'],
			'Sam Holt will take charge of Rovers'
		],
		[
			'The Glen Valley railway will reopen in May, Network Rail announced on Wednesday, six years after a landslide cut the line.',
			'on Wednesday',
			['in May'],
			'Network Rail announced Glen Valley railway will reopen'
		],
		// …and a participle phrase after the speaker, as with "as" or "after".
		[
			'Bluewater Air will end its flights to Marten Island on June 30, the airline said on Tuesday, leaving the island with only a ferry.',
			'on Tuesday',
			['on June 30'],
			'Airline said Bluewater Air will end its flights to Marten Island'
		],
		[
			'Bluewater Air will end its flights to Marten Island on June 30, the airline said on Tuesday, leaving the island with only a ferry.',
			'on June 30',
			['on Tuesday'],
			'Bluewater Air will end its flights to Marten Island'
		],
		[
			'At least four people died, officials said Wednesday, including a man whose truck was swept off a causeway.',
			'Wednesday',
			[],
			'Officials said at least four people died'
		],
		// A decision told by a clause of its own is no decider at the sentence's end.
		[
			'The depot closed in June, and the board voted on Thursday to sell it.',
			'in June',
			['on Thursday'],
			'Depot closed'
		]
	])('%s (%s) → %s', (s, date, others, want) => {
		expect(title(s, date, others)).toBe(want);
	});
});

describe('reportedSpeech: no quotation broken by the shift into reported speech (dev-broken-cuts)', () => {
	it.each(BREAKS.map((row) => row.example.split(' → ') as [string, string]))(
		'the table’s own row: %s → %s',
		(colon, said) => {
			expect(reportedSpeech(colon, '', '')).toBe(said);
		}
	);

	it.each([
		['Kapoor: ‘Ines made this firm what we are now’', 'Kapoor said Ines made this firm'],
		["Rees: ‘That pier made this town what it's today’", 'Rees said that pier made this town'],
		// (A clause of "what" with no "is" of the speaker's now shifts as any other.)
		[
			'Ms. Alvarez: ‘We will rebuild what we have lost’',
			'Ms. Alvarez said they would rebuild what they had lost'
		],
		// (An "I" before a past verb is told as before; before a verb of the present, the quotation stays whole.)
		['He said: ‘I never took dime’', 'He said he never took dime'],
		['Mr. Hsu: ‘I think it is over’', 'Mr. Hsu said ‘I think it is over’']
	])('%s → %s', (colon, said) => {
		expect(reportedSpeech(colon, '', '')).toBe(said);
	});
});
