import { describe, expect, it } from 'vitest';
import { HISTORY_WORDS } from '../i18n/history';
import { fuzzyDate } from '../timeline/fuzzy-date';
import type { Timeline, TimelineEvent } from '../timeline/types';
import { revisionChanges } from './revision-changes';

const ev = (id: string, title: string, year = '2019'): TimelineEvent => ({
	id,
	title,
	summary: `About ${title}.`,
	start: fuzzyDate(year, year)!,
	source: { article: 's', start: 0, end: 1 }
});
const t = (events: TimelineEvent[], title = 'Ruling'): Timeline => ({
	article: 's',
	title,
	published: '2020-06-26',
	events
});
const judge = ev('a', 'Judge ruled the contract void after a long hearing');
const before = t([judge, ev('b', 'Council appealed'), ev('c', 'Appeal heard')]);
const en = (b: Timeline | null, a: Timeline, note: string | null = null) =>
	revisionChanges(b, a, note).map(HISTORY_WORDS.en.change);

describe('what a revision changed, from the one it was made from', () => {
	it('names the field of the one event edited, its title cut short', () => {
		const after = t([{ ...judge, title: 'Judge voided the contract' }, ...before.events.slice(1)]);
		expect(revisionChanges(before, after)).toEqual([
			{ kind: 'edited', field: 'title', event: 'Judge voided the contract' }
		]);
		const dated = t([{ ...judge, start: fuzzyDate('2018', '2018')! }, ...before.events.slice(1)]);
		expect(en(before, dated)).toEqual([
			'Edited the date of “Judge ruled the contract void after a…”'
		]);
		const both = t([{ ...judge, summary: 'x', title: 'y' }, ...before.events.slice(1)]);
		expect(en(before, both)).toEqual(['Edited “y”']);
	});

	it('counts events removed, added and edited, and says a renamed timeline', () => {
		expect(en(before, t([before.events[1]!]))).toEqual(['Removed 2 events']);
		expect(en(before, t([judge, before.events[1]!]))).toEqual(['Removed “Appeal heard”']);
		expect(en(before, t([...before.events, ev('d', 'Settled')], 'Contract ruling'))).toEqual([
			'Renamed the timeline “Contract ruling”',
			'Added “Settled”'
		]);
		const edited = t(before.events.map((e) => ({ ...e, summary: 'changed' })));
		expect(en(before, edited)).toEqual(['Edited 3 events']);
	});

	it('says what the store did: created, imported, restored, an article added', () => {
		expect(en(null, before, 'extracted s')).toEqual(['Created, 3 events']);
		expect(en(null, before, 'imported sheet.csv')).toEqual(['Imported, 3 events']);
		expect(en(before, before, 'restore 1')).toEqual(['Restored revision 1']);
		expect(en(before, t([...before.events, ev('d', 'x'), ev('e', 'y')]), 'extracted t')).toEqual([
			'Added an article, 2 events'
		]);
		expect(en(before, t([...before.events]))).toEqual(['No change']);
	});

	it('is said in the page’s language', () => {
		const after = t([{ ...judge, title: 'Judge voided it' }, before.events[1]!]);
		const changes = revisionChanges(before, after);
		expect(changes.map(HISTORY_WORDS.fr.change)).toEqual([
			'Titre de « Judge voided it » modifié',
			'« Appeal heard » supprimé'
		]);
		expect(changes.map(HISTORY_WORDS.de.change)).toEqual([
			'Titel von „Judge voided it“ geändert',
			'„Appeal heard“ entfernt'
		]);
		expect(changes.map(HISTORY_WORDS.es.change)).toEqual([
			'Editado el título de «Judge voided it»',
			'Eliminado «Appeal heard»'
		]);
		expect(HISTORY_WORDS.fr.published).toBe('Publiée');
	});
});
