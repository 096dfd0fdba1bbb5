/** Roman numerals, as French and Spanish write centuries ("XIXe siècle", "siglo XIX"). */
export function roman(n: number): string {
	const digits: [number, string][] = [
		[1000, 'M'],
		[900, 'CM'],
		[500, 'D'],
		[400, 'CD'],
		[100, 'C'],
		[90, 'XC'],
		[50, 'L'],
		[40, 'XL'],
		[10, 'X'],
		[9, 'IX'],
		[5, 'V'],
		[4, 'IV'],
		[1, 'I']
	];
	let out = '';
	for (const [value, letters] of digits) {
		while (n >= value) {
			out += letters;
			n -= value;
		}
	}
	return out;
}
