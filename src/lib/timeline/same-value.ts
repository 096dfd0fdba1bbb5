/**
 * Whether two JSON values are equal, whatever the order of their keys: a timeline that went
 * through the server comes back as a clean copy whose keys may be in another order. Equal as
 * their JSON texts with sorted keys would be (a key whose value is undefined is no key; in an
 * array, undefined is null), but compared field by field, stopping at the first difference:
 * writing both texts out, with every object's keys sorted, made a three-way merge of 100,000
 * events take seconds (`npm run bench:merge`).
 */
export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	const x = asJson(a);
	const y = asJson(b);
	if (x === y) return true;
	if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
	if (Array.isArray(x) || Array.isArray(y)) {
		if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
		for (let i = 0; i < x.length; i++) if (!sameValue(inArray(x[i]), inArray(y[i]))) return false;
		return true;
	}
	const p = x as Record<string, unknown>;
	const q = y as Record<string, unknown>;
	let keys = 0;
	for (const key in p) {
		if (!Object.hasOwn(p, key) || omitted(p[key])) continue;
		keys++;
		if (!Object.hasOwn(q, key) || !sameValue(p[key], q[key])) return false;
	}
	for (const key in q) if (Object.hasOwn(q, key) && !omitted(q[key])) keys--;
	return keys === 0;
}

/** What JSON.stringify writes for a value: its toJSON, null for a number JSON cannot hold. */
function asJson(v: unknown): unknown {
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (v && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function')
		return (v as { toJSON: () => unknown }).toJSON();
	return v;
}

/** A key JSON.stringify leaves out of an object. */
const omitted = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** What JSON.stringify writes in an array's place for a value it would leave out of an object. */
const inArray = (v: unknown) => (omitted(v) ? null : v);
