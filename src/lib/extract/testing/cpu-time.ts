/**
 * What `work` returns, and the CPU time in milliseconds this process spent on it: what a row
 * guarding against a blow-up (quadratic work, regex backtracking) bounds, rather than the wall
 * clock, which a machine shared with other test runs stretches many times over (a row of 1 s
 * alone took 36 s at load 20). Vitest's workers are processes (its `forks` pool) that run one
 * file at a time, so no other file's work is counted.
 */
export function cpuTime<T>(work: () => T): { result: T; ms: number } {
	const before = process.cpuUsage();
	const result = work();
	const used = process.cpuUsage(before);
	return { result, ms: (used.user + used.system) / 1000 };
}
