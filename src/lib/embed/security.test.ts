import { describe, expect, it } from 'vitest';
import {
	cspDirectives,
	extraHeaders,
	frameAncestors,
	headersFile,
	securityHeaders
} from './security.js';
import { THEME_SCRIPT, THEME_SCRIPT_ELEMENT } from './theme-script.js';

describe('framing rules', () => {
	it.each([
		['/embed/a-story', '*'],
		['/t/a-story', "'none'"],
		['/', "'none'"],
		['/embedded', "'none'"],
		['/oembed', "'none'"]
	])('%s may be framed by %s', (path, ancestors) => {
		expect(frameAncestors(path)).toBe(ancestors);
	});

	it('sends X-Frame-Options: DENY everywhere but embeds', () => {
		expect(extraHeaders('/t/a-story')['X-Frame-Options']).toBe('DENY');
		expect(extraHeaders('/embed/a-story')['X-Frame-Options']).toBeUndefined();
	});
});

describe('securityHeaders', () => {
	it('gives any response a CSP with the framing rules, nosniff and the referrer policy', () => {
		const headers = securityHeaders('/favicon.svg');
		expect(headers['Content-Security-Policy']).toMatch(/^default-src 'self'; script-src 'self';/);
		expect(headers['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
		expect(headers['X-Content-Type-Options']).toBe('nosniff');
		expect(securityHeaders('/embed/x')['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
	});
});

describe('cspDirectives', () => {
	it('allows scripts from our origin and the listed hashes, never unsafe-inline', () => {
		const directives = cspDirectives(['sha256-abc']);
		expect(directives['script-src']).toEqual(['self', 'sha256-abc']);
		expect(directives['script-src']).not.toContain('unsafe-inline');
	});
});

describe('headersFile', () => {
	const file = headersFile(
		['/', '/t/a-story', '/t/b-story', '/embed/a-story', '/oembed/a.json'],
		['/embed.js', '/favicon.svg']
	);
	const rules = file.split('\n').filter((line) => line.startsWith('/'));

	it('has one rule per kind of file, the home page, assets and the 404 page included', () => {
		expect(rules).toEqual([
			'/embed/*',
			'/oembed/*',
			'/',
			'/t/*',
			'/index.html',
			'/__data.json',
			'/404.html',
			'/timeline.schema.json',
			'/_app/*',
			'/embed.js',
			'/favicon.svg'
		]);
	});

	it('gives every rule nosniff and framing rules, and no rule a second CSP with script-src', () => {
		const blocks = file
			.replace(/^#.*\n/, '')
			.trim()
			.split('\n\n');
		expect(blocks).toHaveLength(rules.length);
		for (const block of blocks) {
			expect(block).toContain('X-Content-Type-Options: nosniff');
			expect(block).toMatch(/Content-Security-Policy: frame-ancestors/);
			expect(block).not.toContain('script-src');
		}
	});

	it('serves embed.js to any site, cached for an hour', () => {
		expect(file).toMatch(
			/\/embed\.js\n(?: {2}.*\n)* {2}Access-Control-Allow-Origin: \*\n {2}Cache-Control: public, max-age=3600/
		);
	});

	it('lets embeds be framed anywhere and nothing else', () => {
		expect(file).toMatch(/\/embed\/\*\n {2}Content-Security-Policy: frame-ancestors \*\n/);
		expect(file).toMatch(/\/t\/\*\n {2}Content-Security-Policy: frame-ancestors 'none'\n/);
	});
});

describe('the theme script', () => {
	/** Runs the inline script against a stub page and returns the theme it set. */
	function run(search: string, systemDark: boolean): string | undefined {
		const documentElement = { dataset: {} as Record<string, string> };
		const script = new Function('location', 'matchMedia', 'document', THEME_SCRIPT);
		script({ search }, () => ({ matches: systemDark }), { documentElement });
		return documentElement.dataset.theme;
	}

	it.each([
		['', false, 'light'],
		['?theme=dark', false, 'dark'],
		['?theme=light', true, 'light'],
		['?theme=auto', true, 'dark'],
		['?theme=auto', false, 'light'],
		['?theme=purple', true, 'light']
	])('agrees with the embed options: %s on a dark system (%s) is %s', (search, dark, theme) => {
		expect(run(search, dark)).toBe(theme);
	});

	it('is the element the embed page puts in its head', () => {
		expect(THEME_SCRIPT_ELEMENT).toBe(`<script>${THEME_SCRIPT}</script>`);
	});
});
