import { describe, expect, it } from 'vitest';
import { isEmbedPing, pingViewportHeight, readEmbedMessage } from './messages';

describe('readEmbedMessage', () => {
	it.each([
		{ type: 'dateline:height', id: 'a', height: 412 },
		{ type: 'dateline:select', id: 'a', event: '2019-x' },
		{ type: 'dateline:select', id: 'a', event: null },
		{
			type: 'dateline:view',
			id: 'a',
			from: '2019-01-01T00:00:00.000Z',
			to: '2020-01-01T00:00:00.000Z'
		},
		{ type: 'dateline:scroll', id: 'a', top: 120, height: 340 }
	])('accepts a well-formed $type message', (message) => {
		expect(readEmbedMessage(message)).toEqual(message);
	});

	it('keeps only the documented fields', () => {
		expect(readEmbedMessage({ type: 'dateline:height', id: 'a', height: 1, extra: true })).toEqual({
			type: 'dateline:height',
			id: 'a',
			height: 1
		});
	});

	it.each([
		['a string', 'dateline:height'],
		['null', null],
		['an unknown type', { type: 'dateline:resize', id: 'a', height: 1 }],
		['a message without id', { type: 'dateline:height', height: 1 }],
		['a negative height', { type: 'dateline:height', id: 'a', height: -5 }],
		['an infinite height', { type: 'dateline:height', id: 'a', height: Infinity }],
		['a height as text', { type: 'dateline:height', id: 'a', height: '400' }],
		['a numeric event', { type: 'dateline:select', id: 'a', event: 3 }],
		['a view without its end', { type: 'dateline:view', id: 'a', from: 'x' }],
		['a scroll without a height', { type: 'dateline:scroll', id: 'a', top: 10 }],
		['a scroll to nowhere', { type: 'dateline:scroll', id: 'a', top: NaN, height: 10 }]
	])('rejects %s', (_, data) => {
		expect(readEmbedMessage(data)).toBeNull();
	});
});

describe('isEmbedPing', () => {
	it('recognises the parent page asking for the height again', () => {
		expect(isEmbedPing({ type: 'dateline:ping' })).toBe(true);
		expect(isEmbedPing({ type: 'dateline:height' })).toBe(false);
		expect(isEmbedPing(null)).toBe(false);
	});

	it('reads the window height a ping carries, only when it is sensible', () => {
		expect(pingViewportHeight({ type: 'dateline:ping', viewportHeight: 740 })).toBe(740);
		expect(pingViewportHeight({ type: 'dateline:ping' })).toBeNull();
		expect(pingViewportHeight({ type: 'dateline:ping', viewportHeight: 5 })).toBeNull();
		expect(pingViewportHeight({ type: 'dateline:ping', viewportHeight: Infinity })).toBeNull();
	});
});
