import { describe, expect, it } from 'vitest';
import { fault } from './readable';
import { BOUNDARIES, clausePieces, governedClause } from './last-resort';
import { MARK } from './words';
import { titleAt } from './title-at';

const T = `${MARK}T0${MARK}`;

describe('the last resort cuts a sentence where its clauses meet (titles XIV)', () => {
	it('cuts each row’s sentence in two or more', () => {
		for (const row of BOUNDARIES)
			expect(clausePieces(row.example).length, row.example).toBeGreaterThan(1);
	});

	it.each([
		// A participle's phrase takes the noun before it, read past a "left" that is no verb.
		[
			`Investigators said the left engine's fuel pump, replaced in ${T}, failed.`,
			"the left engine's fuel pump replaced in " + T
		],
		// A relative clause takes its noun.
		[`The pilots approved a contract, ending talks that began in ${T}.`, `talks began in ${T}`],
		// "since when" leaves the clause it is glued to.
		[
			`The village revived the fair in ${T}, since when it has grown.`,
			`The village revived the fair in ${T}`
		]
	])('%s → %s', (s, clause) => {
		expect(governedClause(s, T)).toBe(clause);
	});

	it('never cuts a joint subject at its "and"', () => {
		expect(
			governedClause(`With the money he and his wife founded the trust in ${T}.`, T)
		).not.toMatch(/^his wife/);
	});

	it('gives nothing for a clause of a list or a long one', () => {
		expect(
			governedClause(`It:\n- will start the second shift on ${T};\n- expects more`, T)
		).toBeNull();
	});
});

describe('a title is never a fragment when its clause reads as one (titles XIV)', () => {
	it.each([
		['Replaced during overhaul, failed four minutes after take-off', 'no subject'],
		['Village revived fair, since when it has grown', 'glued clause'],
		['Council said, in statement', 'aside left open']
	])('"%s" fails: %s', (title, why) => {
		expect(fault(title)).toBe(why);
	});

	it.each([
		[
			// A participle's phrase on a noun the title lost.
			"Engineers said the left wing's main spar, repaired during a check in 2021, cracked in flight.",
			'2021',
			"Left wing's main spar repaired during check"
		],
		[
			// A clause glued on that points back at the whole clause.
			'The village revived the fair in 1971, since when it has drawn bigger crowds every year.',
			'1971',
			'Village revived fair'
		],
		[
			'The council reopened the baths in 1990, whereupon swimmers returned.',
			'1990',
			'Council reopened baths'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});
