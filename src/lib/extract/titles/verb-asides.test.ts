import { describe, expect, it } from 'vitest';
import { headline } from './headline';
import { VERB_ASIDES, withoutVerbAsides } from './verb-asides';
import { MARK } from './words';
import { titleAt } from './title-at';

const T = `${MARK}T0${MARK}`;

describe('an aside between a verb and its clause leaves the title (titles XIV)', () => {
	it('takes each row’s aside out of its sentence', () => {
		for (const row of VERB_ASIDES) {
			const s = row.example.replace('on Monday', `on ${T}`);
			expect(withoutVerbAsides(s, T), row.example).not.toContain('statement');
		}
	});

	it('keeps the title’s date with its verb, and no other date', () => {
		expect(
			withoutVerbAsides(`The board found, in a report released on ${T}, that it had failed.`, T)
		).toBe(`The board found on ${T} that it had failed.`);
		expect(
			withoutVerbAsides(
				`The board found, in a report released on ${MARK}O1${MARK}, that it failed in ${T}.`,
				T
			)
		).toBe(`The board found that it failed in ${T}.`);
	});

	it.each([
		[
			// The aside holds the date: it dates the verb.
			'The court ruled, in a judgment handed down on Thursday, that the council had acted unlawfully.',
			'Thursday',
			'Court ruled council acted unlawfully'
		],
		[
			'The regulator said, in a filing published on Friday, that the bank had broken the rules.',
			'Friday',
			'Regulator said bank had broken rules'
		],
		[
			// The aside without the date goes too.
			"The panel found, in its final report, that the bridge's bearings had failed in 1990.",
			'1990',
			"Panel found that bridge's bearings failed"
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a cut keeps the verb of what was found (titles XIV)', () => {
	it('goes on past "found that" to the finding’s verb', () => {
		expect(
			headline(
				'The Transport Safety Board found that the pilots of Coastal Air Flight 212 had shut down the wrong engine'
			)
		).toBe(
			'Transport Safety Board found that pilots of Coastal Air Flight 212 shut down wrong engine'
		);
	});
});
