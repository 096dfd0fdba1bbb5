import { describe, expect, it } from 'vitest';
import { readTimeml } from './reader';
import { score, summarise } from './score';

const TML = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1989-11-02" functionInDocument="CREATION_TIME">11/02/89</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1989-11-01">yesterday</TIMEX3> it would close by <TIMEX3 tid="t2" type="DATE" value="1989-12-31" mod="END">year-end</TIMEX3>.
</TEXT>
</TimeML>`;

describe('readTimeml', () => {
	const doc = readTimeml('doc', TML);

	it('reads the DCT value', () => expect(doc.dct).toBe('1989-11-02'));

	it('strips tags and decodes entities in the plain text', () => {
		expect(doc.text).toBe('\nAT&T said yesterday it would close by year-end.\n');
	});

	it('gives gold offsets into the plain text', () => {
		expect(doc.timexes.map((t) => doc.text.slice(t.start, t.end))).toEqual([
			'yesterday',
			'year-end'
		]);
		expect(doc.timexes[1]).toMatchObject({ type: 'DATE', value: '1989-12-31', mod: 'END' });
	});
});

describe('score', () => {
	const gold = [
		{ start: 0, end: 9, type: 'DATE' as const, value: '1989-11-01' },
		{ start: 20, end: 28, type: 'DATE' as const, value: '1989' }
	];

	it('counts identical spans as strict and overlaps as relaxed matches', () => {
		const system = [
			{ start: 0, end: 9, type: 'DATE' as const, value: '1989-11-01' },
			{ start: 16, end: 28, type: 'DURATION' as const, value: 'P1Y' },
			{ start: 40, end: 44, type: 'DATE' as const, value: '1990' }
		];
		const s = summarise(score(gold, system));
		expect(s.strict.p).toBeCloseTo(1 / 3);
		expect(s.strict.r).toBeCloseTo(1 / 2);
		expect(s.relaxed.p).toBeCloseTo(2 / 3);
		expect(s.relaxed.r).toBe(1);
		expect(s.type.r).toBeCloseTo(1 / 2);
		expect(s.value.p).toBeCloseTo(1 / 3);
	});

	it('scores a perfect system at F1 1', () => {
		expect(summarise(score(gold, gold)).value.f1).toBe(1);
	});
});
