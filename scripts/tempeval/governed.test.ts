import { describe, expect, it } from 'vitest';
import { pastOfIng, pastOfParticiple } from '../../src/lib/extract/verb-forms';
import { governedDates, namesWord } from './governed';
import { readTimeml } from './reader';

const TML = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-05" functionInDocument="CREATION_TIME">03/05/98</TIMEX3></DCT>
<TEXT>
The agency <EVENT eid="e1" class="REPORTING">announced</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-03-04">Wednesday</TIMEX3> that it would <EVENT eid="e2" class="OCCURRENCE">close</EVENT> the plant in <TIMEX3 tid="t2" type="DATE" value="1998-06">June</TIMEX3>. Prices <EVENT eid="e3" class="OCCURRENCE">rose</EVENT> <TIMEX3 tid="t3" type="DATE" value="PAST_REF">recently</TIMEX3>. It <EVENT eid="e4" class="OCCURRENCE">fell</EVENT> before <TIMEX3 tid="t4" type="DATE" value="1998-01">January</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="INFINITIVE" aspect="NONE" polarity="POS" pos="UNKNOWN"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="INCLUDES" timeID="t2" relatedToEventInstance="ei2"/>
<TLINK lid="l3" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t3"/>
<TLINK lid="l4" relType="BEFORE" eventInstanceID="ei4" relatedToTime="t4"/>
</TimeML>`;

describe('governedDates', () => {
	const doc = readTimeml('doc', TML);
	const text = doc.text;
	const stops = [...text.matchAll(/[^.]+\./g)].map((m) => ({
		start: m.index,
		end: m.index + m[0].length
	}));
	const dates = governedDates(doc, stops);

	it('ties each date to the events a TLINK places at or around it, either way round', () => {
		expect(dates.map((d) => [d.text, d.governs.map((e) => e.text)])).toEqual([
			['Wednesday', ['announced']],
			['June', ['close']]
		]);
	});

	it('leaves out vague dates and links that only order an event before or after one', () => {
		expect(dates.map((d) => d.text)).not.toContain('recently');
		expect(dates.map((d) => d.text)).not.toContain('January');
	});

	it("reads a verb from AQUAINT's tense where its part of speech is unknown", () => {
		expect(dates[1]!.events.map((e) => [e.text, e.verb])).toEqual([
			['announced', true],
			['close', true]
		]);
	});
});

describe('namesWord', () => {
	const forms = (w: string) => [pastOfParticiple(w), ...(w.endsWith('ing') ? [pastOfIng(w)] : [])];

	it('finds the word in the inflection a title writes it in', () => {
		expect(namesWord('Fire grew to 500 acres', 'grown', forms)).toBe(true);
		expect(namesWord('Agency announced plan', 'announcing', forms)).toBe(true);
		expect(namesWord('Company closes plant', 'closed', forms)).toBe(true);
		expect(namesWord('Prices fell', 'dropping', forms)).toBe(false);
	});

	it('reads a word that ends or opens a quotation without its mark', () => {
		expect(namesWord('He said: ‘Break-even point is much lower’', 'lower', forms)).toBe(true);
		expect(namesWord("Judge called scheme 'brazen'", 'brazen', forms)).toBe(true);
	});
});
