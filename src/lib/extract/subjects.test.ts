import { describe, expect, it } from 'vitest';
import { namePronoun, personSubject } from './subjects';

describe('personSubject: the person a sentence is about', () => {
	it.each([
		['Attorney General Janet Reno said the boy would stay.', 'Janet Reno'],
		['President Fidel Castro declared Wednesday night that it was over.', 'Fidel Castro'],
		['Gen. Schwarzkopf picked Saturday night.', 'Schwarzkopf'],
		['Juan Miguel Gonzalez, the boy’s father, arrived in Washington.', 'Juan Miguel Gonzalez'],
		[
			'While her brother is reviled here, Juanita Castro is a beloved member of this community.',
			'Juanita Castro'
		]
	])('"%s" → %s', (sentence, person) => {
		expect(personSubject(sentence)).toBe(person);
	});

	it.each([
		'The Justice Department said it would appeal.',
		'Kimberly-Clark Corp. posted a gain.',
		'Moscow denied it.',
		'Fidel Castro’s sister spoke.',
		'But the talks went on.',
		'United Nations inspectors left Baghdad.'
	])('finds no person in "%s"', (sentence) => {
		expect(personSubject(sentence)).toBeNull();
	});
});

describe('namePronoun: who "he" or "she" is in a label', () => {
	const earlier = [
		'The boy has been at the center of a custody fight.',
		'Attorney General Janet Reno met the family on Tuesday.'
	];

	it('names the person the story last opened a sentence with', () => {
		expect(namePronoun('She heartened by cooperation', earlier)).toBe(
			'Janet Reno heartened by cooperation'
		);
		expect(namePronoun('Her lawyer asked for a delay', earlier)).toBe(
			'Janet Reno’s lawyer asked for a delay'
		);
	});

	it('leaves other titles, and pronouns with no one to name, as they are', () => {
		expect(namePronoun('Court ruled for the father', earlier)).toBe('Court ruled for the father');
		expect(namePronoun('It will report a write-off', earlier)).toBe('It will report a write-off');
		expect(namePronoun('She left', ['The talks failed.'])).toBe('She left');
	});
});
