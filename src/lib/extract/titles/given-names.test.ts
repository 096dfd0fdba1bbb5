import { describe, expect, it } from 'vitest';
import { datedTitles as titles } from '../testing/dated-titles';

describe('a first and last name whose first word is a given name is a person a "he" or "she" names', () => {
	it.each([
		[
			'Ann Lee moved to Portland in 1990. She opened a bakery on Division Street in 1994.',
			'1994 Ann Lee opened bakery on Division Street'
		],
		// (A name borne by women and men alike tells a person, and no sex.)
		[
			'Sam Ortiz joined the fire department in 2001. He was named chief in 2015.',
			'2015 Sam Ortiz was named chief'
		],
		[
			'Kofi Mensah arrived in Toronto in 1999. He founded a shipping company in 2004.',
			'2004 Kofi Mensah founded shipping company'
		],
		[
			'Ingeborg Dahl took over the ferry line in 2008. She sold it to a rival in 2019.',
			'2019 Ingeborg Dahl sold it to rival'
		]
	])('%s', (text, want) => {
		expect(titles(text)).toContain(want);
	});

	it.each([
		// A place or a body stays what the text shows it is, whatever its first word.
		[
			'The company moved its headquarters to Jordan in 2015. It opened a second plant there in 2018.',
			'2018 Company opened second plant there'
		],
		[
			'Victoria Station reopened in 2019. It had been closed since 2016.',
			'2016 It had been closed'
		],
		// An unknown first name tells nothing.
		['Okon Bassey opened a shop in 1987. He closed it in 2010.', '2010 He closed shop']
	])('leaves "%s" as the text shows it', (text, want) => {
		expect(titles(text)).toContain(want);
	});
});
