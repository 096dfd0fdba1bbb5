import { describe, expect, it } from 'vitest';
import { CHECK_SETS, runTitleChecks } from './title-checks';

describe('the title check set (npm run bench:titles)', () => {
	const results = runTitleChecks(CHECK_SETS.checks);

	it('holds at least 50 checks, each finding its event', () => {
		expect(results.length).toBeGreaterThanOrEqual(50);
		expect(results.filter((r) => r.got === null)).toEqual([]);
	});

	it('reads right for at least 52 of its 56 titles', () => {
		const wrong = results.filter((r) => !r.right).map((r) => `${r.source}: ${r.got}`);
		expect(results.length - wrong.length, wrong.join('\n')).toBeGreaterThanOrEqual(52);
	});
});

describe('the held-out title sets (measured only, never a floor to tune to)', () => {
	it.each([
		'held-out',
		'held-out-2',
		'held-out-3',
		'held-out-4',
		'held-out-5',
		'dev-titles-6',
		'held-out-7',
		'dev-titles-8',
		'held-out-8',
		'dev-titles-9',
		'held-out-9',
		'held-out-10',
		'held-out-11',
		'held-out-12',
		'held-out-13',
		'held-out-14'
	] as const)('%s names every date phrase in its own text, with titles to match', (set) => {
		const results = runTitleChecks(CHECK_SETS[set]);
		expect(results.length).toBeGreaterThanOrEqual(36);
		expect(results.every((r) => r.expected.length > 0)).toBe(true);
	});
});
