import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from './api';
import type { DraftStorage } from './draft-sync.svelte';
import { emptyNewForm, forgetNewForm, keepNewForm, readNewForm } from './new-form';

const memory = (): DraftStorage & { data: Map<string, string> } => {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, v),
		removeItem: (k) => void data.delete(k)
	};
};
const article: ArticleDraft = {
	title: 'Harbor bridge reopens',
	source: 'The Coastal Ledger',
	published: '2023-09-14',
	publishedFrom: 'guess',
	text: 'The bridge reopened on Thursday.',
	warnings: []
};

describe('the New timeline form kept in the browser', () => {
	it('gives back a pasted article, then the article as read and corrected, per editor', () => {
		const storage = memory();
		keepNewForm(storage, 'ann@x.org', { ...emptyNewForm(), pasted: 'A long article…' });
		expect(readNewForm(storage, 'ann@x.org')).toEqual({
			...emptyNewForm(),
			pasted: 'A long article…'
		});
		expect(readNewForm(storage, 'ben@x.org')).toBeNull();
		const corrected = { ...article, title: 'Bridge reopens' };
		keepNewForm(storage, 'ann@x.org', { pasted: '', url: '', draft: corrected, confirmed: true });
		expect(readNewForm(storage, 'ann@x.org')).toEqual({
			pasted: '',
			url: '',
			draft: corrected,
			confirmed: true
		});
	});

	it('forgets an empty form, and the form once forgotten', () => {
		const storage = memory();
		keepNewForm(storage, 'ann@x.org', { ...emptyNewForm(), url: 'https://example.org/a' });
		expect(storage.data.size).toBe(1);
		keepNewForm(storage, 'ann@x.org', { ...emptyNewForm(), pasted: '  ' });
		expect(storage.data.size).toBe(0);
		keepNewForm(storage, 'ann@x.org', { ...emptyNewForm(), draft: article });
		forgetNewForm(storage, 'ann@x.org');
		expect(readNewForm(storage, 'ann@x.org')).toBeNull();
	});

	it('reads nothing from what is not a form, and survives a storage that refuses', () => {
		const storage = memory();
		storage.setItem('dateline:new:ann@x.org', '{not json');
		expect(readNewForm(storage, 'ann@x.org')).toBeNull();
		storage.setItem('dateline:new:ann@x.org', JSON.stringify({ draft: { title: 3 } }));
		expect(readNewForm(storage, 'ann@x.org')).toBeNull();
		const full: DraftStorage = {
			...storage,
			setItem: () => {
				throw new DOMException('quota', 'QuotaExceededError');
			}
		};
		expect(() =>
			keepNewForm(full, 'ann@x.org', { ...emptyNewForm(), pasted: 'text' })
		).not.toThrow();
	});
});
