import { describe, expect, it } from 'vitest';
import { cspDirectives, extraHeaders, frameAncestors, headersFile } from './security.js';
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

describe('cspDirectives', () => {
	it('allows scripts from our origin and the listed hashes, never unsafe-inline', () => {
		const directives = cspDirectives(['sha256-abc']);
		expect(directives['script-src']).toEqual(['self', 'sha256-abc']);
		expect(directives['script-src']).not.toContain('unsafe-inline');
	});
});

describe('headersFile', () => {
	const file = headersFile(['/', '/t/a-story', '/t/b-story', '/embed/a-story', '/oembed/a.json']);

	it('has one rule per kind of page, none overlapping the embeds', () => {
		const rules = file.split('\n').filter((line) => line.startsWith('/'));
		expect(rules).toEqual(['/embed/*', '/oembed/*', '/', '/t/*', '/embed.js']);
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
