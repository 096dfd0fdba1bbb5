import { DataError } from '../timeline/problems';

/**
 * TimelineJS files as people keep them are not always bare JSON: TimelineJS 2 loaded `.jsonp`
 * files (`storyjs_jsonp_data = {…}`), sites paste the document into a script
 * (`var timeline_json_data = {…};`), editors leave a byte-order mark or a comma before a
 * closing brace. Each wrapper below is a rule with the file that called for it
 * (fixtures/wild/SOURCES.md); the engine peels them off, then parses.
 */
interface Wrapper {
	/** Matches the whole text; group 1 is the JSON inside. */
	pattern: RegExp;
	example: string;
}
export const WRAPPERS: readonly Wrapper[] = [
	{
		// `var timeline_json_data = {…};`, `storyjs_jsonp_data = {…}`, `window.data = {…}`
		pattern: /^\s*(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$.]*\s*=\s*([[{][\s\S]*[\]}])\s*;?\s*$/,
		example: 'video-clips-jsonp.js, tjs2-conlanger-jsonp.jsonp, middle-ages-var.js'
	},
	{
		// JSONP proper: `callback({…});`
		pattern: /^\s*[A-Za-z_$][\w$.]*\s*\(\s*([[{][\s\S]*[\]}])\s*\)\s*;?\s*$/,
		example: 'a JSONP response'
	}
];

/**
 * Texts that are not JSON at all but are often saved under a JSON name, each with the message
 * that tells the person what they have and what to give instead.
 */
interface NotJson {
	pattern: RegExp;
	message: string;
	example: string;
}
export const NOT_JSON: readonly NotJson[] = [
	{
		pattern: /^\s*<(?:!doctype\s+html|html)\b/i,
		message:
			'this is a web page (HTML), not a TimelineJS file; save the raw file instead (on GitHub, the "Raw" button)',
		example: 'github-page-saved-as-json.json'
	},
	{
		pattern: /^---\s*\n[\s\S]*?\n---\s*\n|\{%[\s\S]*?%\}|\{\{[^}]*\}\}\s*[,}\]]/,
		message:
			'this is a template (Jekyll front matter or {{ }} / {% %} tags), not a TimelineJS file; import the JSON the site builds from it',
		example: 'inls161-jekyll-template.json'
	}
];

/** Removes commas that stand right before a closing `}` or `]`, outside strings. */
function withoutTrailingCommas(text: string): string {
	let out = '';
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (inString) {
			out += c;
			if (c === '\\') out += text[++i] ?? '';
			else if (c === '"') inString = false;
			continue;
		}
		if (c === '"') inString = true;
		if (c === ',') {
			const next = /^\s*([}\]])/.exec(text.slice(i + 1, i + 200));
			if (next) continue;
		}
		out += c;
	}
	return out;
}

/** "line 3, column 7" for an offset into a text. */
function lineAndColumn(text: string, offset: number): string {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** The JSON value of a text, or a reason it has none; never throws. */
export function parseJsonText(text: string): { json: unknown } | { problem: string } {
	let body = text.replace(/^\uFEFF/, '');
	for (const { pattern } of WRAPPERS) {
		const m = pattern.exec(body);
		if (m) {
			body = m[1]!;
			break;
		}
	}
	try {
		return { json: JSON.parse(body) };
	} catch (e) {
		try {
			return { json: JSON.parse(withoutTrailingCommas(body)) };
		} catch {
			// Only a text that is no JSON is asked what else it is, so a string holding
			// "{% … %}" in a good file is never mistaken for a template.
			for (const { pattern, message } of NOT_JSON)
				if (pattern.test(body)) return { problem: message };
			const message = (e as Error).message;
			const at = /position (\d+)/.exec(message);
			const where = at ? ` at ${lineAndColumn(body, Number(at[1]))}` : '';
			return { problem: `not valid JSON${where} (${message.replace(/\s*\(line[^)]*\)$/, '')})` };
		}
	}
}

/** The JSON value of a file's text, or a DataError naming the file and what is wrong. */
export function readJsonText(text: string, file: string): unknown {
	const parsed = parseJsonText(text);
	if ('problem' in parsed) throw new DataError([{ where: file, message: parsed.problem }]);
	return parsed.json;
}
