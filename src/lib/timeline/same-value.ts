/**
 * Whether two JSON values are equal, whatever the order of their keys: a timeline that went
 * through the server comes back as a clean copy whose keys may be in another order.
 */
export function sameValue(a: unknown, b: unknown): boolean {
	return stable(a) === stable(b);
}

function stable(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(
					Object.entries(v as Record<string, unknown>)
						.filter(([, x]) => x !== undefined)
						.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
				)
			: v
	);
}
