import { describe, expect, it } from 'vitest';
import { fault } from './readable';
import { subjectAcrossAsides, whenInAside } from './last-resort';
import { titleAt } from './title-at';
import { MARK } from './words';

const T = `${MARK}T0${MARK}`;

describe('a subject keeps its verb across its asides, in the last resort (fragments III)', () => {
	it.each([
		[
			// A relative clause and a participle's phrase between the subject and its verb.
			'The mill, which Pacific Crest closed in April 2023, blaming high log costs, was bought in January by Bridger Timber Co., a family-owned company based in Missoula, Mont.',
			'January',
			'Mill bought by Bridger Timber Co.'
		],
		[
			// The date in a "when" clause of the subject's aside: what the subject did then.
			'The ferry, the largest in the fleet when it entered service on May 3, 1988, had carried 12 million passengers.',
			'May 3, 1988',
			'Ferry entered service'
		]
	])('%s (%s) → %s', (sentence, date, title) => {
		expect(titleAt(sentence, date)).toBe(title);
	});

	it('joins the subject to its verb, or gives nothing', () => {
		expect(
			subjectAcrossAsides(`The board, which had met twice, accepted on ${T} an offer.`, T)
		).toBe(`The board accepted on ${T} an offer.`);
		expect(subjectAcrossAsides(`The board accepted an offer on ${T}.`, T)).toBeNull();
		// (A second clause after ", and" is no aside.)
		expect(
			subjectAcrossAsides(`The board met, and the council, which had met, voted on ${T}.`, T)
		).toBeNull();
		expect(
			whenInAside(`The ferry, the largest when it entered service, sank on ${T}.`, T)
		).toBeNull();
	});

	it.each([
		['Bought by Bridger Timber Co., family-owned company', 'no subject'],
		['Ferry, largest in fleet when it entered service', 'no verb']
	])('the gate fails "%s": %s', (title, why) => {
		expect(fault(title)).toBe(why);
	});

	it.each(['Collared male crossed into Utah', 'Ferry, largest in fleet, sank when it hit rocks'])(
		'the gate passes "%s"',
		(title) => {
			expect(fault(title)).toBeNull();
		}
	);
});
