import { titleFor } from '../titles';

/** Title of `sentence` for the date phrase `target`, with `others` also dated. */
export function title(sentence: string, target: string, others: string[] = []) {
	const span = (phrase: string) => {
		const start = sentence.indexOf(phrase);
		if (start < 0) throw new Error(`"${phrase}" not in sentence`);
		return { start, end: start + phrase.length };
	};
	return titleFor(sentence, span(target), others.map(span));
}
