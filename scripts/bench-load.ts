/**
 * Load on the built Node server (build/index.js, from `npm run build`): requests a second and
 * latency percentiles for the pages readers and embedding sites hit, each beside a static file
 * served by the same process as the yardstick, in one run.
 *
 *   npm run bench:load [-- --connections 50 --seconds 10]
 */
import autocannon from 'autocannon';
import { startServer } from '../tests/support/server';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? Number(args[i + 1]) : fallback;
};
const connections = option('connections', 50);
const duration = option('seconds', 10);

const SLUG = 'russian-bounties-taliban';
const TARGETS: [string, string][] = [
	['static file (yardstick)', '/favicon.svg'],
	['home page', '/'],
	['reader page', `/t/${SLUG}`],
	['embed page', `/embed/${SLUG}`],
	['page data (__data.json)', `/t/${SLUG}/__data.json`],
	['oEmbed', `/oembed/${SLUG}.json`],
	['status (JSON)', '/status']
];

const server = await startServer();
try {
	// One warm-up request each: the first extraction runs in the worker, not in the figures.
	for (const [, path] of TARGETS) await fetch(`${server.url}${path}`);
	console.log(
		`autocannon, ${connections} connections, ${duration} s per target, against build/index.js\n`
	);
	console.log('| Target | Path | req/s (mean) | p50 ms | p99 ms | errors | non-2xx |');
	console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
	for (const [name, path] of TARGETS) {
		const result = await autocannon({
			url: `${server.url}${path}`,
			connections,
			duration,
			headers: path === '/status' ? { accept: 'application/json' } : {}
		});
		console.log(
			`| ${name} | \`${path}\` | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${result.errors} | ${result.non2xx} |`
		);
	}
} finally {
	await server.stop();
}
