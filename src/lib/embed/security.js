/**
 * Which pages may be framed, and the Content-Security-Policy every page carries. One source for
 * the Node server (src/hooks.server.ts) and the static export's `_headers` file
 * (svelte.config.js), so both deployments send the same policy. Plain JS with JSDoc types,
 * because svelte.config.js imports it.
 */

/** Embeds are made to be framed by any site; every other page refuses to be framed. */
export function isEmbedPath(/** @type {string} */ pathname) {
	return pathname === '/embed' || pathname.startsWith('/embed/');
}

/** The CSP `frame-ancestors` source list for a page. */
export function frameAncestors(/** @type {string} */ pathname) {
	return isEmbedPath(pathname) ? '*' : "'none'";
}

/**
 * kit.csp's directives. SvelteKit adds a nonce (server-rendered pages) or hashes (prerendered
 * pages) for its own inline scripts, so no script needs 'unsafe-inline'. Styles do allow it:
 * the timeline positions labels with style attributes, which carry no script.
 * frame-ancestors is per page (above) and cannot go in a <meta> policy, so it is sent as a
 * header instead.
 * @param {`sha256-${string}`[]} scriptHashes hashes of our own inline scripts
 */
export function cspDirectives(scriptHashes) {
	return /** @type {const} */ ({
		'default-src': ['self'],
		'script-src': ['self', ...scriptHashes],
		'style-src': ['self', 'unsafe-inline'],
		'img-src': ['self', 'data:'],
		'font-src': ['self'],
		'connect-src': ['self'],
		'frame-src': ['self'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	});
}

/**
 * Headers for a response, beyond the CSP SvelteKit writes: framing rules on every page, and
 * open CORS on the public oEmbed JSON so a browser-side consumer can read it.
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function extraHeaders(pathname) {
	/** @type {Record<string, string>} */
	const headers = {
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin'
	};
	// X-Frame-Options has no "anywhere" value, so embeds simply leave it out.
	if (!isEmbedPath(pathname)) headers['X-Frame-Options'] = 'DENY';
	if (pathname === '/oembed' || pathname.startsWith('/oembed/')) {
		headers['Access-Control-Allow-Origin'] = '*';
	}
	return headers;
}

/**
 * Every header a response carries by default, whatever serves it: the CSP of a file (no page's
 * script hashes or nonce, which SvelteKit adds to pages it renders) with the framing rules,
 * and the headers above. The Node server sets these on every response (scripts/node-server.js);
 * the static export's `_headers` says the same per path.
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function securityHeaders(pathname) {
	const csp = Object.entries(cspDirectives([]))
		.map(
			([name, sources]) =>
				`${name} ${sources.map((s) => (/^[a-z]+:$/.test(s) ? s : `'${s}'`)).join(' ')}`
		)
		.join('; ');
	return {
		'Content-Security-Policy': `${csp}; frame-ancestors ${frameAncestors(pathname)}`,
		...extraHeaders(pathname)
	};
}

/**
 * One rule per top-level folder of exported pages ("/t/*"), or the page itself ("/"), leaving
 * out embeds and oEmbed, which have rules of their own.
 * @param {string[]} paths
 */
function pageRules(paths) {
	const rules = paths
		.filter((p) => !isEmbedPath(p) && !p.startsWith('/oembed'))
		.map((p) => {
			const first = p.split('/')[1] ?? '';
			return p.indexOf('/', 1) > 0 ? `/${first}/*` : p;
		});
	return [...new Set(rules)].sort();
}

/**
 * The static export's `_headers` file (Netlify and Cloudflare Pages read it): every file of the
 * export matches one rule, and each rule gives the framing rules, `nosniff` and the referrer
 * policy (plus CORS on oEmbed JSON and embed.js). Rules must not overlap: where two rules
 * match, Cloudflare joins their values with a comma, which would make two CSPs and the
 * stricter frame-ancestors would win. The script hashes live in each page's <meta> CSP, written
 * by SvelteKit; a second CSP header with script-src here would block them, so the header says
 * what a <meta> cannot: frame-ancestors.
 * @param {string[]} paths the exported page paths ("/", "/t/a-slug", ...) besides embeds
 * @param {string[]} files files copied from static/ ("/embed.js", "/favicon.svg")
 */
export function headersFile(paths, files = []) {
	/** @param {string} rule @param {string} pathname @param {string[]} extra */
	const block = (rule, pathname, extra = []) => {
		const lines = [`Content-Security-Policy: frame-ancestors ${frameAncestors(pathname)}`];
		for (const [name, value] of Object.entries(extraHeaders(pathname))) {
			lines.push(`${name}: ${value}`);
		}
		return [rule, ...[...lines, ...extra].map((line) => `  ${line}`)].join('\n');
	};
	const pages = pageRules(paths);
	const rules = [
		block('/embed/*', '/embed/'),
		block('/oembed/*', '/oembed/'),
		...pages.map((rule) => block(rule, rule)),
		// The home page is also /index.html, and its data /__data.json.
		...(pages.includes('/') ? ['/index.html', '/__data.json'].map((rule) => block(rule, '/')) : []),
		block('/404.html', '/404.html'),
		block('/timeline.schema.json', '/timeline.schema.json'),
		block('/_app/*', '/_app/'),
		...files.map((file) =>
			file === '/embed.js'
				? block(file, file, [
						'Access-Control-Allow-Origin: *',
						'Cache-Control: public, max-age=3600'
					])
				: block(file, file)
		)
	];
	return `# Written by the static export (npm run build:static); see README, "Embedding".\n${rules.join('\n\n')}\n`;
}
