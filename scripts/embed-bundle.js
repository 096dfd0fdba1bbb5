/**
 * The embed's own script: src/lib/embed/app.ts and the components it mounts, built by Vite as a
 * bundle of its own, without SvelteKit's client router, so an embed loads the timeline and not
 * the site. SvelteKit renders the embed page on the server with `csr = false` (no client of its
 * own) and the page names this bundle (src/lib/embed/bundle.ts).
 *
 * The bundle is built once, before SvelteKit's builds, so both know its hashed file name
 * (`__DATELINE_EMBED_SCRIPT__`), and its files are handed to the client build as assets under
 * `_app/immutable/embed/`: the adapters then copy, cache and precompress them like any built
 * file. `vite dev` has one module graph for every page, where `$app/navigation` must be
 * SvelteKit's, so there the embed page is hydrated by SvelteKit as any page (`csr = dev`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import { pureD3Time } from './pure-d3-time.js';

const ENTRY = 'src/lib/embed/app.ts';
const OUT = '.svelte-kit/embed-bundle';
/** Where the files go in the built site, beside SvelteKit's own immutable files. */
const PUBLIC_DIR = '_app/immutable/embed';

/**
 * Modules the embed replaces, for every importer but the replacement itself (which may import
 * the real one): SvelteKit's navigation (there is no router here), the chart's styles the
 * server already wrote into the page's head, the card's part for editors (the reader page's),
 * and a long timeline's list and canvas, which the compact embed goes without (see each file).
 */
const STANDALONE = 'src/lib/embed/standalone';
/** @type {Record<string, string>} */
const REPLACED = {
	'$app/navigation': resolve(STANDALONE, 'navigation.ts'),
	// Reached through the $lib alias, which Vite resolves first.
	[resolve('src/lib/components/BandStyles.svelte')]: resolve(STANDALONE, 'BandStyles.svelte'),
	// Imported by the card with a relative path.
	'./EventCardDetails.svelte': resolve(STANDALONE, 'EventCardDetails.svelte'),
	// Imported by the reader and the chart with a relative path.
	'./long-timeline-loader': resolve(STANDALONE, 'long-timeline-loader.ts')
};

/**
 * date-fns locales carry parsers, relative-time phrases and more; Dateline reads only their
 * month names (src/lib/i18n/dates.ts and dates/). The embed gets those names as tables, one
 * module per language, written from date-fns's own locales when the bundle is built, so they
 * are the same words.
 */
const MONTH_NAMES = '\0dateline-month-names';
const LOCALES = /** @type {const} */ (['enUS', 'fr', 'de', 'es']);

/** @param {string} name a date-fns locale's export name @returns {Promise<string>} */
async function monthNamesModule(name) {
	const locale = (await import('date-fns/locale'))[/** @type {(typeof LOCALES)[number]} */ (name)];
	// Each distinct list of twelve names once, as one string: formatting and standalone forms
	// are mostly the same list.
	/** @type {string[]} */
	const lists = [];
	const listOf = (/** @type {string[]} */ names) => {
		const joined = names.join('|');
		if (!lists.includes(joined)) lists.push(joined);
		return lists.indexOf(joined);
	};
	const table = Object.fromEntries(
		/** @type {const} */ (['wide', 'abbreviated']).map((width) => [
			width,
			Object.fromEntries(
				/** @type {const} */ (['formatting', 'standalone']).map((context) => [
					context,
					listOf(
						Array.from({ length: 12 }, (_, m) =>
							locale.localize.month(/** @type {0} */ (m), { width, context })
						)
					)
				])
			)
		])
	);
	return [
		`const lists = ${JSON.stringify(lists)}.map((names) => names.split('|'));`,
		`const table = ${JSON.stringify(table)};`,
		`export const ${name} = { code: ${JSON.stringify(locale.code)}, localize: {`,
		"\tmonth: (m, { width = 'wide', context = 'formatting' } = {}) => lists[table[width][context]][m]",
		'} };'
	].join('\n');
}

/**
 * The words of French, German and Spanish (interface words in i18n/messages/, date words in
 * i18n/dates/) load when a page is in that language (src/lib/embed/languages.ts), so an
 * English embed carries English only: the tables (src/lib/i18n/index.ts, dates.ts) get an
 * empty object for each, which the loader fills before anything is drawn. Only the loader
 * imports the real files.
 */
const LOADER = resolve('src/lib/embed/languages.ts');
const LATER_FILE = /\/src\/lib\/i18n\/(messages|dates)\/(fr|de|es)\.ts$/;
const LATER = '\0dateline-later:';

/**
 * Vite wraps every dynamic import in its preload helper (about 2 KB), which adds `<link>` tags
 * for a lazy chunk's CSS and imports before loading it, even with `modulePreload: false`
 * (vitejs/vite#18551). The embed's lazy chunks (a language's words, a long timeline's range
 * loading) have neither (`cssCodeSplit: false`, and what they import is in the entry), so the
 * helper only imports.
 */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/** @returns {import('vite').Plugin} */
function standalone() {
	return {
		name: 'dateline-embed-standalone',
		enforce: 'pre',
		async resolveId(id, importer, options) {
			if (id === PRELOAD_HELPER) return id;
			// Tables of names, without side effects: a language nobody imports is left out.
			if (id.startsWith(MONTH_NAMES)) return { id, moduleSideEffects: false };
			if (id === 'date-fns/locale') {
				// A language's own file (i18n/dates/fr.ts) gets its language's names alone, in its chunk.
				const lang = importer && LATER_FILE.exec(importer)?.[2];
				return { id: lang ? `${MONTH_NAMES}:${lang}` : MONTH_NAMES, moduleSideEffects: false };
			}
			const replacement = REPLACED[id];
			if (replacement && importer !== replacement) return replacement;
			if (/\/(fr|de|es)(\.ts)?$/.test(id) && importer !== LOADER) {
				const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
				const later = resolved && LATER_FILE.exec(resolved.id);
				if (later) return `${LATER}${later[2]}`;
			}
		},
		load(id) {
			if (id === PRELOAD_HELPER) return 'export const __vitePreload = (load) => load();';
			// date-fns/locale itself: each language from its own module, so unused ones drop out.
			if (id === MONTH_NAMES) {
				return LOCALES.map((name) => `export { ${name} } from '${MONTH_NAMES}:${name}';`).join(
					'\n'
				);
			}
			if (id.startsWith(`${MONTH_NAMES}:`))
				return monthNamesModule(id.slice(MONTH_NAMES.length + 1));
			if (id.startsWith(LATER)) return `export const ${id.slice(LATER.length)} = {};`;
		}
	};
}

/** SvelteKit builds the server and then the client in one process: the bundle is built once. */
const state = /** @type {{ datelineEmbedBuild?: Promise<{ entry: string, ranged: string }> }} */ (
	globalThis
);

/** How the bundle's modules resolve and compile (also for a size analysis with source maps). */
export function embedBundleConfig() {
	return {
		configFile: /** @type {const} */ (false),
		logLevel: /** @type {const} */ ('warn'),
		// The runtime's version beacon on window serves no one here. Every component is written
		// for runes; one without a rune in it (ZoomControls) would otherwise compile in legacy
		// mode and bring Svelte's legacy lifecycle code along.
		plugins: [
			standalone(),
			pureD3Time(),
			svelte({ compilerOptions: { discloseVersion: false, runes: true } })
		],
		resolve: { alias: { $lib: resolve('src/lib') } }
	};
}

/** @returns {Promise<{ entry: string, ranged: string }>} the entry's and the range loading's file names */
async function buildBundle() {
	await build({
		...embedBundleConfig(),
		build: {
			outDir: OUT,
			emptyOutDir: true,
			// The page's styles come from SvelteKit's render of the same components.
			cssCodeSplit: false,
			// A language's words are the only other file, loaded at once: no preload helper.
			modulePreload: false,
			rolldownOptions: {
				input: { embed: resolve(ENTRY) },
				output: { entryFileNames: '[name].[hash].js', chunkFileNames: '[name].[hash].js' }
			}
		}
	});
	const files = readdirSync(OUT);
	const entry = files.find((f) => /^embed\.[\w-]+\.js$/.test(f));
	if (!entry) throw new Error(`the embed bundle has no entry in ${OUT}`);
	const ranged = files.find((f) => /^ranged-chart\.svelte\.[\w-]+\.js$/.test(f));
	if (!ranged) throw new Error(`the embed bundle has no range loading chunk in ${OUT}`);
	return { entry, ranged };
}

/** @returns {import('vite').Plugin} */
export function embedBundle() {
	return {
		name: 'dateline-embed-bundle',
		async config(_, { command }) {
			if (command !== 'build')
				return { define: { __DATELINE_EMBED_SCRIPT__: '""', __DATELINE_EMBED_RANGED__: '""' } };
			state.datelineEmbedBuild ??= buildBundle();
			const { entry, ranged } = await state.datelineEmbedBuild;
			return {
				define: {
					__DATELINE_EMBED_SCRIPT__: JSON.stringify(`/${PUBLIC_DIR}/${entry}`),
					__DATELINE_EMBED_RANGED__: JSON.stringify(`/${PUBLIC_DIR}/${ranged}`)
				}
			};
		},
		generateBundle() {
			if (this.environment.name !== 'client' || !state.datelineEmbedBuild) return;
			for (const file of readdirSync(OUT).filter((f) => f.endsWith('.js'))) {
				this.emitFile({
					type: 'asset',
					fileName: `${PUBLIC_DIR}/${file}`,
					source: readFileSync(join(OUT, file))
				});
			}
		}
	};
}
