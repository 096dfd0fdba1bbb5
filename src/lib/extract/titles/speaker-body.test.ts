import { describe, expect, it } from 'vitest';
import { reportedSpeech } from './sayings';
import { BODY_ROLES, speakerBody } from './speaker-body';

describe('a quotation’s “we” is the body its speaker speaks for (issue 13, point 4)', () => {
	it.each([
		[
			'Ellen Strand: ‘We shut gates’',
			'"We shut the gates today," the port\'s director, Ellen Strand, said on Wednesday.',
			'',
			'Ellen Strand said port shut gates'
		],
		[
			'Dr. Sandra Kim: ‘We will not reward criminals’',
			'"We will not reward criminals," the health system\'s president, Dr. Sandra Kim, told reporters on Monday.',
			'',
			'Dr. Sandra Kim said health system would not reward criminals'
		],
		[
			'Lena Ortiz: ‘Our crews worked through night in very hard conditions’',
			'"Our crews worked through the night in very hard conditions," a spokeswoman for the utility, Lena Ortiz, said on Wednesday.',
			'',
			'Lena Ortiz said utility’s crews worked through night in very hard conditions'
		],
		// (The body named where the story first names the speaker, the saying by surname.)
		[
			'Okafor: ‘We hired our 300th salesperson’',
			'"We hired our 300th salesperson today," Okafor said on Thursday.',
			"Alder's chief executive, Ruth Okafor, had promised shareholders in 2022 to bring the drug to market.",
			'Okafor said Alder hired its 300th salesperson'
		],
		[
			'Ms. Delgado: ‘We are not asking for moon’',
			'"We are not asking for the moon," Ms. Delgado told reporters on Tuesday.',
			"The union wants 15 percent, said Rosa Delgado, the local's president.",
			'Ms. Delgado said local was not asking for moon'
		],
		// (A company's officer by the office alone speaks for "the company".)
		[
			'Ingrid Solberg: ‘We grew too fast after pandemic, and we have to be honest about that’',
			'"We grew too fast after the pandemic, and we have to be honest about that," the chief executive, Ingrid Solberg, told reporters on Thursday.',
			'The company hired 900 people in 2022.',
			'Ingrid Solberg said company grew too fast after pandemic, and it has to be honest about that'
		]
	])('%s → %s', (colon, sentence, story, want) => {
		expect(reportedSpeech(colon, sentence, `${story} ${sentence}`)).toBe(want);
	});

	it.each([
		// No body beside the speaker: the "we" is hers and those with her.
		[
			'Ana Ruiz: ‘We were terrified when trees started to fall’',
			'"We were terrified when the trees started to fall," said Ana Ruiz, who lives on the county\'s east side, on Tuesday.',
			'Ana Ruiz said they were terrified when trees started to fall'
		],
		// A present verb one body would say otherwise ("mourns") keeps "they".
		[
			'Joel Banks: ‘We mourn colleague of 22 years’',
			'"Today we mourn a colleague of 22 years," the plant\'s manager, Joel Banks, said on Thursday.',
			'Joel Banks said they mourn colleague of 22 years'
		],
		// An "us" the body cannot be told by keeps them all.
		[
			'Ms. Marsh: ‘We moved as fast as law let us’',
			'"We moved as fast as the law let us," the agency\'s director, Ms. Marsh, told a House committee on Tuesday.',
			'Ms. Marsh said they moved as fast as law let them'
		]
	])('%s keeps its “they”', (colon, sentence, want) => {
		expect(reportedSpeech(colon, sentence, sentence)).toBe(want);
	});

	it('names no person’s “body”: a role a person holds for someone named is no body', () => {
		const story = 'Mr. Merritt was charged. "We will appeal," Merritt\'s director, Jan Kuo, said.';
		expect(speakerBody('Jan Kuo', story, story)).toBeNull();
	});

	it('keeps an example with every role', () => {
		for (const row of BODY_ROLES) expect(row.example).toContain(row.role);
	});
});
