import { describe, expect, it } from 'vitest';
import { PASSES } from './passes';

describe('the pass table', () => {
	it('names each pass once and says why it is there', () => {
		const names = PASSES.map((p) => p.name);
		expect(new Set(names).size).toBe(names.length);
		for (const pass of PASSES) expect(pass.why.length, pass.name).toBeGreaterThan(10);
	});

	it('chooses the clause once, after the passes that read the whole sentence', () => {
		const at = PASSES.findIndex((p) => p.name === 'clause');
		expect(at).toBeGreaterThan(0);
		expect(PASSES.at(-1)!.name).toBe('plain');
	});

	it('ends on a pass that always gives a title', () => {
		const texts = new Map<string, string>();
		const step = PASSES.at(-1)!.run('the council approved the plan', {
			marked: { s: '', texts, targetMark: '\u2063T0\u2063', dates: 0 },
			texts,
			targetMark: '\u2063T0\u2063',
			whole: 'the council approved the plan'
		});
		expect(step && 'title' in step && step.title).toBeTruthy();
	});
});
