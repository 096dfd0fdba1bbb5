import { calendarDayProblem } from '../timeline/fuzzy-date';
import { DataError, type Problem } from '../timeline/problems';
import type { Article } from '../timeline/types';

const REQUIRED = ['title', 'source', 'published'] as const;

/**
 * Reads an article file: an optional front matter block of `key: value` lines between `---`
 * fences, then the body exactly as given. The body is kept byte for byte, page chrome included,
 * because event offsets point into it.
 */
export function parseArticle(source: string, slug: string, file = `${slug}.md`): Article {
	const problems: Problem[] = [];
	const fields: Record<string, string> = {};
	// A byte order mark is an editor's saving habit, not text.
	const markdown = source.replace(/^\uFEFF/, '');
	if (!markdown.trim()) {
		throw new DataError([
			{
				where: file,
				message:
					'is empty; expected front matter ("---", then title, source and published, then "---") and the article text'
			}
		]);
	}
	const fence = /^---\r?\n/.exec(markdown);
	if (!fence) {
		const first = markdown.slice(0, 60).split(/\r?\n/)[0]!;
		throw new DataError([
			{
				where: `${file}:1`,
				message: `expected front matter opening with a "---" line, found ${JSON.stringify(first)}`
			}
		]);
	}
	const close = markdown.indexOf('\n---', fence[0].length - 1);
	if (close < 0) {
		throw new DataError([
			{
				where: `${file}:1`,
				message: 'front matter opens with "---" but never closes; add a "---" line after it'
			}
		]);
	}
	const block = markdown.slice(fence[0].length, close + 1);
	block.split(/\r?\n/).forEach((line, i) => {
		if (!line.trim() || line.trimStart().startsWith('#')) return;
		// The s flag: a U+2028 or U+2029 inside a value is part of it, not a line break.
		const m = /^([A-Za-z_][\w-]*):[ \t]*(.*)$/s.exec(line);
		if (!m) {
			problems.push({
				where: `${file}:${i + 2}`,
				message: `expected "key: value", found ${JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line)}`
			});
			return;
		}
		fields[m[1]!] = unquote(m[2]!.trim());
	});
	const text = markdown.slice(close + 4).replace(/^\r?\n/, '');
	for (const key of REQUIRED) {
		if (!fields[key])
			problems.push({ where: `${file}: front matter`, message: `"${key}" is missing` });
	}
	const dateProblem = fields.published ? calendarDayProblem(fields.published) : null;
	if (dateProblem) {
		problems.push({ where: `${file}: front matter: published`, message: dateProblem });
	}
	if (problems.length) throw new DataError(problems);
	return {
		slug,
		title: fields.title!,
		source: fields.source!,
		published: fields.published!,
		text,
		...(fields.url && { url: fields.url })
	};
}

function unquote(value: string): string {
	const m = /^(["'])(.*)\1$/s.exec(value);
	return m ? m[2]! : value;
}

/** A URL-safe slug made from any title: lower case, ASCII letters and digits, hyphens. */
/** Latin letters that no accent-stripping decomposes: "Tromsø" is tromso, not troms. */
const LETTERS: Record<string, string> = {
	ø: 'o',
	æ: 'ae',
	œ: 'oe',
	ß: 'ss',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i',
	ħ: 'h'
};

export function slugify(text: string, maxLength = 60): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[øæœßłđðþıħ]/g, (letter) => LETTERS[letter]!)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= maxLength) return slug;
	const cut = slug.slice(0, maxLength);
	const lastHyphen = cut.lastIndexOf('-');
	return lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut;
}
