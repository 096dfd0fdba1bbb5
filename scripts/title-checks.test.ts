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
