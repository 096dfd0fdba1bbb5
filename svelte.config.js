import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import adapterNode from '@sveltejs/adapter-node';
import adapterStatic from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { FILE_NOTICE_SCRIPT } from './src/lib/embed/file-notice.js';
import { THEME_SCRIPT } from './src/lib/embed/theme-script.js';
import { cspDirectives, headersFile } from './src/lib/embed/security.js';
import { writeFileAtomic } from './src/lib/server/atomic-write.js';

/**
 * Two deployments from one codebase. By default, the Node server (adapter-node: what
 * `npm start` runs). With VITE_DATELINE_TARGET=static (`npm run build:static`), a static
 * export: every timeline's reader page, embed page and oEmbed JSON prerendered into
 * build-static/, with a `_headers` file for hosts that read one. The VITE_ prefix lets the app
 * read the same flag (src/lib/embed/deployment.ts).
 */
const staticExport = process.env.VITE_DATELINE_TARGET === 'static';
const STATIC_DIR = 'build-static';

/** Absolute URLs in oEmbed JSON and discovery links need the site's real address. */
const origin = process.env.DATELINE_ORIGIN?.replace(/\/+$/, '') || 'http://localhost:4173';

/** adapter-static, then the headers file that static hosts read for CSP and framing rules. */
function staticAdapter() {
	const inner = adapterStatic({
		pages: STATIC_DIR,
		assets: STATIC_DIR,
		// Static hosts serve 404.html for any missing path; it shows Dateline's own error page.
		fallback: '404.html',
		strict: false
	});
	return {
		...inner,
		/** @param {import('@sveltejs/kit').Builder} builder */
		async adapt(builder) {
			await inner.adapt(builder);
			const pages = [...builder.prerendered.pages.keys()];
			writeFileAtomic(join(STATIC_DIR, '_headers'), headersFile(pages, staticFiles()));
			builder.log.minor(`Wrote ${STATIC_DIR}/_headers`);
		}
	};
}

/** Files copied from static/ as they are ("/embed.js", "/favicon.svg"), for their header rules. */
function staticFiles() {
	return readdirSync('static', { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map(
			(entry) => `/${relative('static', join(entry.parentPath, entry.name)).split(sep).join('/')}`
		);
}

/** Under this size a compressed copy saves less than its Content-Encoding costs. */
const COMPRESS_FROM_BYTES = 1024;

/**
 * adapter-node's `precompress` writes a .gz and a .br beside every text file, however small;
 * the small ones go, so a tiny file is sent as it is, as the server does for what it renders.
 * @param {string[]} folders
 */
function dropTinyPrecompressed(folders) {
	for (const folder of folders.filter((f) => existsSync(f))) {
		for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
			const path = join(folder, file);
			const original = path.replace(/\.(gz|br)$/, '');
			if (original === path || !existsSync(original)) continue;
			if (statSync(original).size < COMPRESS_FROM_BYTES) rmSync(path);
		}
	}
}

/**
 * adapter-node, with our entry (scripts/node-server.js) as build/index.js: adapter-node serves
 * static/ and prerendered files before hooks run, and the entry gives those responses the
 * security headers too. adapter-node's own entry becomes build/sveltekit-server.js.
 */
function nodeAdapter() {
	// precompress: built files also as .gz and .br, which its file server picks by Accept-Encoding.
	const inner = adapterNode({ precompress: true });
	return {
		...inner,
		/** @param {import('@sveltejs/kit').Builder} builder */
		async adapt(builder) {
			await inner.adapt(builder);
			dropTinyPrecompressed(['build/client', 'build/prerendered']);
			renameSync('build/index.js', 'build/sveltekit-server.js');
			rmSync('build/index.js.map', { force: true });
			copyFileSync('scripts/node-server.js', 'build/index.js');
			copyFileSync('src/lib/embed/security.js', 'build/security.js');
			builder.log.minor('Wrote build/index.js (security headers on every response)');
		}
	};
}

/** @param {string} script */
const scriptHash = (script) =>
	/** @type {`sha256-${string}`} */ (
		`sha256-${createHash('sha256').update(script).digest('base64')}`
	);
const themeHash = scriptHash(THEME_SCRIPT);
// The static export's pages carry one more inline script: the line a page opened from disk shows.
const fileNoticeHash = scriptHash(FILE_NOTICE_SCRIPT);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: staticExport ? staticAdapter() : nodeAdapter(),
		csp: {
			mode: 'auto',
			directives: cspDirectives(staticExport ? [themeHash, fileNoticeHash] : [themeHash])
		},
		// A page's stylesheets go in its document: the reader page otherwise asks for two more
		// files before it can hydrate, past the six a browser fetches at once (see README,
		// Performance). Every stylesheet of the site is under this.
		inlineStyleThreshold: 16 * 1024,
		prerender: {
			origin,
			// A reader link's #hash names an event to select (state in the URL), not an element id.
			handleMissingId: 'ignore',
			// Only long timelines have range and look-up files: with none, their routes have nothing
			// to write.
			handleUnseenRoutes: ({ routes, message }) => {
				const rangeFiles = ['/t/[slug]/events/[chunk].json', '/t/[slug]/events/ids/[n].json'];
				if (routes.some((route) => !rangeFiles.includes(route))) throw new Error(message);
			}
		}
	}
};

export default config;
