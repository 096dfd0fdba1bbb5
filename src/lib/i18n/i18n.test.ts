import { describe, expect, it } from 'vitest';
import { LANGS, MESSAGES, negotiateLang } from './index';
import { langOfRequest } from './lang';

describe('the message catalogue', () => {
	const keys = Object.keys(MESSAGES.en).sort();

	it.each(LANGS)('%s has every key of the English catalogue, and no other', (lang) => {
		expect(Object.keys(MESSAGES[lang]).sort()).toEqual(keys);
	});

	it.each(LANGS)('%s fills every phrase with its arguments', (lang) => {
		for (const [key, message] of Object.entries(MESSAGES[lang])) {
			const text =
				typeof message === 'function' ? (message as (...a: unknown[]) => string)(7, 'X') : message;
			expect(text, `${lang}.${key}`).toMatch(/\S/);
			if (typeof message === 'function' && message.length > 0)
				expect(text, `${lang}.${key}`).toMatch(/7|X/);
		}
	});

	it('is translated: French, German and Spanish differ from English where words are shown', () => {
		for (const lang of ['fr', 'de', 'es'] as const) {
			expect(MESSAGES[lang].zoomIn).not.toBe(MESSAGES.en.zoomIn);
			expect(MESSAGES[lang].eventCount(3)).not.toBe(MESSAGES.en.eventCount(3));
		}
	});

	it('writes a count as its language groups digits (a long timeline says 10,000, not 10000)', () => {
		expect(MESSAGES.en.eventCount(10_000)).toBe('10,000 events');
		expect(MESSAGES.de.eventCount(10_000)).toBe('10.000 Ereignisse');
		expect(MESSAGES.es.eventCount(10_000)).toBe('10.000 acontecimientos');
		expect(MESSAGES.fr.eventCount(10_000)).toBe('10\u202f000 événements');
	});
});

describe('choosing the language', () => {
	const rows: [string | null, string][] = [
		['de-DE,de;q=0.9,en;q=0.8', 'de'],
		['fr-CA', 'fr'],
		['es-419,es;q=0.9', 'es'],
		['ja,fr;q=0.5,de;q=0.7', 'de'],
		['en-GB,en;q=0.9', 'en'],
		['fr;q=0,de;q=0.1', 'de'],
		['ja, zh', 'en'],
		['', 'en'],
		[null, 'en']
	];
	it.each(rows)('Accept-Language %j reads %s', (header, lang) => {
		expect(negotiateLang(header)).toBe(lang);
	});

	it('lets an explicit ?lang= win over the header, and ignores one it does not speak', () => {
		expect(langOfRequest(new URL('http://x/t/a?lang=fr'), 'de')).toBe('fr');
		expect(langOfRequest(new URL('http://x/t/a?lang=xx'), 'de')).toBe('de');
	});

	it('keeps the language a reader picked (its cookie) over the header, below ?lang=', () => {
		expect(langOfRequest(new URL('http://x/t/a'), 'de', 'es')).toBe('es');
		expect(langOfRequest(new URL('http://x/t/a?lang=fr'), 'de', 'es')).toBe('fr');
		// A cookie holding a language we do not speak (or tampered with) falls back to the header.
		expect(langOfRequest(new URL('http://x/t/a'), 'de', '<script>')).toBe('de');
	});
});
