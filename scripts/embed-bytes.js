/**
 * Where the embed's bytes are: builds the embed's bundle as the site's build does
 * (scripts/embed-bundle.js), with a source map, into a folder of its own, and prints the bytes
 * of its minified script that come from each source file, most first (raw bytes; gzip shares
 * its savings across files). For finding what to take out of the embed (`npm run bench:size`
 * gives the totals).
 *
 *   node scripts/embed-bytes.js [count of rows, 40 by default]
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'vite';
import { embedBundleConfig } from './embed-bundle.js';

const rows = Number(process.argv[2] ?? 40);
const out = join(tmpdir(), 'dateline-embed-bytes');
await build({
	...embedBundleConfig(),
	build: {
		outDir: out,
		emptyOutDir: true,
		cssCodeSplit: false,
		modulePreload: false,
		sourcemap: true,
		rolldownOptions: {
			input: { embed: resolve('src/lib/embed/app.ts') },
			output: { entryFileNames: '[name].js', chunkFileNames: '[name].[hash].js' }
		}
	}
});
const code = readFileSync(join(out, 'embed.js'), 'utf8');
const lines = code.split('\n');
const map = new SourceMapConsumer(JSON.parse(readFileSync(join(out, 'embed.js.map'), 'utf8')));
/** @type {Map<string, number>} */
const bytes = new Map();
/** @type {{ line: number, column: number, source: string } | null} */
let last = null;
// Each mapping's bytes run to the next mapping (or its line's end).
map.eachMapping((m) => {
	if (last) {
		const end = last.line === m.generatedLine ? m.generatedColumn : lines[last.line - 1].length;
		bytes.set(last.source, (bytes.get(last.source) ?? 0) + end - last.column);
	}
	last = { line: m.generatedLine, column: m.generatedColumn, source: m.source ?? '(unmapped)' };
});
const sorted = [...bytes].sort((a, b) => b[1] - a[1]);
console.log(`embed.js: ${code.length.toLocaleString('en')} bytes raw, by source file:`);
for (const [source, n] of sorted.slice(0, rows))
	console.log(
		`${n.toLocaleString('en').padStart(8)}  ${source.includes('node_modules/') ? source.replace(/.*node_modules\//, '') : source.replace(/.*\/src\//, 'src/')}`
	);
