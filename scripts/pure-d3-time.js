/**
 * d3-time makes its intervals and tickers at module level, local time beside UTC (`const
 * [timeTicks, timeTickInterval] = ticker(timeYear, …)`, `const timeDays = timeDay.range`,
 * `timeYear.every = …`), and a bundler keeps a call or a property read it cannot prove free of
 * side effects, with all it reaches: every local-time interval. Dateline reckons in UTC only
 * (utcDay, utcMonth, utcYear, utcTicks). Here these statements are marked pure, so what nothing
 * uses drops out: in the embed's script and the reader's. The rewrite is checked: a d3-time
 * whose file no longer has these shapes fails the build rather than growing the embed unseen.
 */
const D3_TIME = /\/d3-time\/dist\/d3-time\.mjs$/;

/** @param {string} code d3-time's module @returns {string} */
export function rewriteD3Time(code) {
	/** @type {[RegExp, string][]} */
	const rewrites = [
		// An interval or a weekday's interval made from its functions: no side effects.
		[/^const (\w+) = (timeInterval|timeWeekday|utcWeekday)\(/gm, 'const $1 = /* @__PURE__ */ $2('],
		[/^const (\w+) = (\w+)\.range;$/gm, 'const $1 = /* @__PURE__ */ (() => $2.range)();'],
		[
			/^const \[(\w+), (\w+)\] = (ticker\(.*\));$/gm,
			'const $1$2 = /* @__PURE__ */ $3;\n' +
				'const $1 = /* @__PURE__ */ (() => $1$2[0])();\n' +
				'const $2 = /* @__PURE__ */ (() => $1$2[1])();'
		],
		// Local years' own `every`, kept only if timeYear is.
		[
			/^timeYear\.every = (\(k\) => \{[\s\S]*?\n\});$/m,
			'/* @__PURE__ */ (() => { timeYear.every = $1; })();'
		]
	];
	for (const [pattern, replacement] of rewrites) {
		if (!pattern.test(code)) throw new Error(`d3-time has changed: ${pattern} finds nothing`);
		pattern.lastIndex = 0;
		code = code.replace(pattern, replacement);
	}
	return code;
}

/**
 * The rewrite as a Vite plugin, for the embed's bundle and SvelteKit's builds.
 * @returns {import('vite').Plugin}
 */
export function pureD3Time() {
	return {
		name: 'dateline-pure-d3-time',
		transform(code, id) {
			if (D3_TIME.test(id)) return { code: rewriteD3Time(code), map: null };
		}
	};
}
