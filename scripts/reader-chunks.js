/**
 * How the browser's code is cut into files. Left to itself, the bundler makes a file of every
 * set of modules shared by a different set of pages: the reader page needed 20 scripts and 4
 * stylesheets before it could hydrate, which a browser fetches six at a time over HTTP/1.1, so
 * the page waited for four rounds of requests where the embed (one script) waits for one.
 *
 * Two files hold what the pages load first instead. `framework`: what SvelteKit's client and
 * the root layout import, and what the reader page shares with the site's plain pages (home,
 * sign-in, status, errors), so that every page loads it and the plain pages load nothing
 * else of the reader's. `reader`: everything else the reader page imports, which the pages that
 * draw a timeline (the embed's server render, the editor's preview) share. A page's own entry
 * and what loads later (a long timeline's list, the Embed dialog's contents, other pages'
 * code) keep the files the bundler gives them.
 *
 * SvelteKit's app entry (the `import()` of every page) stays out of `framework`: SvelteKit finds
 * the stylesheets a page must link by walking its imports, and a file reached first through
 * one of those `import()`s counts as loaded later, so a page importing `framework` first (the
 * embed's) would lose `reader`'s stylesheet.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const KIT_CLIENT = resolve('node_modules/@sveltejs/kit/src/runtime/client/entry.js');
const ROUTES = resolve('src/routes');
const ROOT_LAYOUT = join(ROUTES, '+layout.svelte');
const READER_PAGE = join(ROUTES, 't/[slug]/+page.svelte');
/** What a page that draws a timeline imports. */
const CHART = resolve('src/lib/components/TimelineChart.svelte');

/** Every page, layout and error component of the site. */
const routeComponents = () =>
	readdirSync(ROUTES, { recursive: true, encoding: 'utf8' })
		.filter((file) => /(^|[\\/])\+(page|layout|error)\.svelte$/.test(file))
		.map((file) => join(ROUTES, file));

/**
 * Every module `roots` import, and those they import, statically (not through `import()`).
 * @param {string[]} roots
 * @param {(id: string) => { importedIds: readonly string[] } | null} info
 */
function staticClosure(roots, info) {
	/** @type {Set<string>} */
	const seen = new Set();
	const stack = [...roots];
	while (stack.length) {
		const id = /** @type {string} */ (stack.pop());
		if (seen.has(id)) continue;
		const module = info(id);
		if (!module) continue;
		seen.add(id);
		stack.push(...module.importedIds);
	}
	return seen;
}

/**
 * @param {(id: string) => { importedIds: readonly string[] } | null} info
 * @returns {Map<string, 'framework' | 'reader'>}
 */
function groups(info) {
	/** @type {Map<string, 'framework' | 'reader'>} */
	const group = new Map();
	for (const id of staticClosure([KIT_CLIENT, ROOT_LAYOUT], info)) group.set(id, 'framework');
	const plain = new Set();
	for (const component of routeComponents()) {
		if (component === READER_PAGE) continue;
		const closure = staticClosure([component], info);
		if (!closure.has(CHART)) for (const id of closure) plain.add(id);
	}
	for (const id of staticClosure([READER_PAGE], info)) {
		if (!group.has(id)) group.set(id, plain.has(id) ? 'framework' : 'reader');
	}
	return group;
}

/** @returns {import('vite').Plugin} */
export function readerChunks() {
	/** @type {Map<string, 'framework' | 'reader'> | undefined} */
	let chunkOf;
	return {
		name: 'dateline-reader-chunks',
		apply: 'build',
		configEnvironment(name) {
			if (name !== 'client') return;
			// Made anew for each build: a module graph is the build's own.
			chunkOf = undefined;
			return {
				build: {
					rollupOptions: {
						output: {
							codeSplitting: {
								groups: [
									{
										name: (id, context) => {
											chunkOf ??= groups((m) => context.getModuleInfo(m));
											return chunkOf.get(id) ?? null;
										}
									}
								]
							}
						}
					}
				}
			};
		}
	};
}
