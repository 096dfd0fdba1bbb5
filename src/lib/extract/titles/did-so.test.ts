import { describe, expect, it } from 'vitest';
import { DONE_AS_TOLD, doneAsTold, pastOf } from './did-so';
import { MARK } from './words';
import { titleAt } from './title-at';

const T = `${MARK}T0${MARK}`;

describe('a date on "which it did" tells when the thing asked or promised was done (titles XIV)', () => {
	it('reads each row’s sentence', () => {
		for (const row of DONE_AS_TOLD) {
			const s = row.example.replace(/(?:two weeks later|in March)\.$/, `${T}.`);
			expect(doneAsTold(s, T), row.example).not.toBeNull();
		}
	});

	it.each([
		['pay', 'paid'],
		['repay', 'repaid'],
		['publish', 'published'],
		['close', 'closed'],
		['stop', 'stopped'],
		['sell', 'sold'],
		['apply', 'applied']
	])('the past of "%s" is "%s"', (verb, past) => {
		expect(pastOf(verb)).toBe(past);
	});

	it.each([
		[
			// The one asked did it.
			'The council asked the firm in May to repay the grant, which it did two weeks later.',
			'two weeks later',
			'Firm repaid grant'
		],
		[
			'The judge ordered Halden Foods to pay $2 million in damages, which it did on Friday.',
			'Friday',
			'Halden Foods paid $2 million in damages'
		],
		[
			// What was done has no object.
			'The coastguard scrambled its helicopter at 10.05pm and asked the Lerwick lifeboat to launch, which it did 15 minutes later.',
			'15 minutes later',
			'Lerwick lifeboat launched'
		],
		[
			// The one who promised did it.
			'The board promised to publish the full report, which it did in March.',
			'March',
			'Board published full report'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});
