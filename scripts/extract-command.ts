/**
 * The command-line extractor (scripts/extract.ts) as a function of its arguments: what it prints
 * on stdout and stderr and the code it exits with, so its tests call it without starting a process.
 *
 *   npm run --silent extract -- <article file> [--published YYYY-MM-DD] [--format json|timex|timeml]
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { extractTimeline, parseArticle, slugify } from '../src/lib/extract';
import { inferPublished, tagTimexes, toTimeML } from '../src/lib/temporal';
import { calendarDayProblem, DataError } from '../src/lib/timeline';

const USAGE =
	'usage: npm run --silent extract -- <article file> [--published YYYY-MM-DD] [--format json|timex|timeml]';
const FORMATS = ['json', 'timex', 'timeml'] as const;

/** What the command says before it stops: on stdout and exiting 0 for --help, else on stderr. */
class Stop {
	constructor(
		readonly message: string,
		readonly code = 1
	) {}
}

function fail(message: string): never {
	throw new Stop(`extract: ${message}\n`);
}

function parseArgs(argv: string[]) {
	let file: string | undefined;
	let published: string | undefined;
	let format: (typeof FORMATS)[number] = 'json';
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const [flag, inline] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
		const value = () => inline ?? argv[++i] ?? fail(`${flag} needs a value\n${USAGE}`);
		if (flag === '--published') published = value();
		else if (flag === '--format') {
			const f = value();
			if (!FORMATS.includes(f as never))
				fail(`--format "${f}" is not one of ${FORMATS.join(', ')}`);
			format = f as typeof format;
		} else if (flag === '--help' || flag === '-h') throw new Stop(`${USAGE}\n`, 0);
		else if (arg.startsWith('--')) fail(`unknown option ${arg}\n${USAGE}`);
		else if (file) fail(`only one article file, got "${file}" and "${arg}"`);
		else file = arg;
	}
	if (!file) fail(`no article file given\n${USAGE}`);
	const problem = published === undefined ? null : calendarDayProblem(published);
	if (problem) fail(`--published ${problem}`);
	return { file, published, format };
}

/** Maps a UTF-16 offset of `text` to its offset in Unicode characters (code points). */
function characterOffsets(text: string): (unit: number) => number {
	const pairs: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) pairs.push(++i);
	}
	// Each surrogate pair before the offset counts one character, not two.
	return (unit) => {
		let lo = 0;
		let hi = pairs.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (pairs[mid]! < unit) lo = mid + 1;
			else hi = mid;
		}
		return unit - lo;
	};
}

export interface Outcome {
	code: number;
	out: string;
	err: string;
}

/** Runs the command on its arguments (those after the script's name). */
export function extractCommand(argv: string[]): Outcome {
	try {
		return run(argv);
	} catch (e) {
		if (!(e instanceof Stop)) throw e;
		return e.code === 0
			? { code: 0, out: e.message, err: '' }
			: { code: e.code, out: '', err: e.message };
	}
}

const print = (out: string): Outcome => ({ code: 0, out, err: '' });

function run(argv: string[]): Outcome {
	const { file, published: flagDate, format } = parseArgs(argv);
	let raw: string;
	try {
		// A byte order mark is an editor's saving habit, not text.
		raw = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
	} catch (e) {
		fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
	}

	const slug = slugify(basename(file, extname(file))) || 'article';
	const hasFrontMatter = /^---\r?\n/.test(raw);
	let article;
	try {
		article = hasFrontMatter
			? parseArticle(raw, slug, file)
			: { slug, title: slug, source: 'unknown', published: '', text: raw };
	} catch (e) {
		if (!(e instanceof DataError) || !flagDate) fail((e as Error).message);
		// The flag supplies what the front matter lacks.
		article = { slug, title: slug, source: 'unknown', published: flagDate, text: raw };
	}
	const published = flagDate ?? article.published;
	const day = published || inferPublished(article.text)?.published;
	if (!day) {
		fail(
			`${file}: no publication date, and none in the text; pass --published YYYY-MM-DD or add "published:" front matter`
		);
	}
	// Offsets in timex output count characters of the file as given, front matter included.
	const bodyOffset = raw.length - article.text.length;

	if (format === 'json') {
		return print(`${JSON.stringify(extractTimeline({ ...article, published }), null, 2)}\n`);
	}
	const timexes = tagTimexes(article.text, { published: day }).map((x) => ({
		...x,
		start: x.start + bodyOffset,
		end: x.end + bodyOffset
	}));
	if (format === 'timeml') return print(`${toTimeML(raw, timexes, day)}\n`);
	// JavaScript counts UTF-16 units; a scorer counts characters (an emoji is one).
	const chars = characterOffsets(raw);
	const out = timexes.map((x) => ({ ...x, start: chars(x.start), end: chars(x.end) }));
	return print(`${JSON.stringify(out, null, 2)}\n`);
}
