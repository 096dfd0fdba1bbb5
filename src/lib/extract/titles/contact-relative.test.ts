import { describe, expect, it } from 'vitest';
import { datedTitles as titles } from '../testing/dated-titles';

describe('a date inside a relative clause that ends its clause dates that clause', () => {
	it.each([
		['The agency cited the report it released in January.', '2026-01 Agency released report'],
		['She took over the team that her father had founded in 1971.', '1971 Her father founded team'],
		[
			'Officials rejected the plan that the company submitted in April.',
			'2026-04 Company submitted plan'
		],
		[
			'Water bills will rise 8 percent from July 1 under a budget the council passed in May.',
			'2026-05 Council passed budget'
		],
		[
			'Mr. Bush continued the intensive personal diplomacy he began after the invasion last August.',
			'2025-08 Mr. Bush began intensive personal diplomacy after invasion'
		],
		[
			'Scientists compared DNA from a tooth with a cheek swab Ellison had mailed in 2019.',
			'2019 Ellison mailed cheek swab'
		],
		// A second verb phrase of the relative, each at its own date.
		[
			'The charity has since recovered $900,000 from a house Ms. Pritchett bought in 2019 and sold last year.',
			'2019 Ms. Pritchett bought house'
		],
		[
			'The charity has since recovered $900,000 from a house Ms. Pritchett bought in 2019 and sold last year.',
			'2025 Ms. Pritchett sold house'
		]
	])('%s', (text, want) => {
		expect(titles(text)).toContain(want);
	});

	it.each([
		// A verb of saying takes a clause after its object; a noun may tell a clause's content.
		['The chairman told the board he resigned in May.', '2026-05 Chairman told board he resigned'],
		[
			'Investors cheered the news that the company sold the plant in May.',
			'2026-05 Investors cheered news that company sold plant'
		],
		// A rate's "a share" is no noun of a relative.
		[
			'Earnings will be lower than the 16 cents a share it reported last year.',
			'2025 Earnings will be lower than 16 cents a share it reported'
		]
	])('leaves "%s" as a clause of its own', (text, want) => {
		expect(titles(text)).toContain(want);
	});
});
