import type { ArticleDraft, IngestInput } from '../../authoring/api';
import { inferPublished } from '../../temporal';
import { readArticleHtml } from './article-html';
import { readWireHead, type WireHead } from './dateline';
import { IngestError } from './errors';
import { fetchArticlePage, FETCH_LIMITS, type FetchOptions } from './fetch-url';

export { IngestError } from './errors';
export { isPublicAddress } from './addresses';
export { fetchArticlePage, FETCH_LIMITS, testFetchOrigins } from './fetch-url';
export { readArticleHtml, calendarDay } from './article-html';

// The editor's page and this server share the wire types (src/lib/authoring/api.ts).
export type { ArticleDraft, IngestInput };

const MAX_TEXT = 2_000_000;

export async function ingest(
	input: IngestInput,
	fetchOptions?: FetchOptions
): Promise<ArticleDraft> {
	switch (input.kind) {
		case 'url': {
			const page = await fetchArticlePage(input.url, fetchOptions);
			const kind = /html|xhtml/i.test(page.contentType)
				? 'html'
				: /markdown/i.test(page.contentType)
					? 'md'
					: 'txt';
			return fromContent(page.body, kind, page.url);
		}
		case 'file': {
			if (input.content.length > FETCH_LIMITS.maxBytes)
				throw new IngestError(
					`${input.name}: larger than 5 MB; paste the article text instead`,
					413
				);
			const ext = /\.([a-z]+)$/i.exec(input.name)?.[1]?.toLowerCase();
			const kind =
				ext === 'html' || ext === 'htm'
					? 'html'
					: ext === 'md' || ext === 'markdown'
						? 'md'
						: ext === 'txt'
							? 'txt'
							: null;
			if (!kind)
				throw new IngestError(
					`${input.name}: not an article file; give a .html, .md or .txt file`,
					415
				);
			return fromContent(input.content, kind);
		}
		case 'text': {
			const kind = looksLikeHtml(input.text) ? 'html' : 'txt';
			return fromContent(input.text, kind);
		}
	}
}

function looksLikeHtml(text: string): boolean {
	return (
		/^\s*(?:<!doctype html|<html[\s>])/i.test(text) ||
		/<(?:body|article|p|div)[\s>]/i.test(text.slice(0, 5000))
	);
}

function fromContent(content: string, kind: 'html' | 'md' | 'txt', url?: string): ArticleDraft {
	if (!content.trim())
		throw new IngestError('the article is empty; paste its text, or give a file or a URL', 400);
	let draft: ArticleDraft;
	/** Pasted wire copy names its day and outlet in its dateline or byline, not in markup. */
	let wire: WireHead = {};
	if (kind === 'html') {
		const page = readArticleHtml(content, url);
		draft = { ...page, publishedFrom: page.publishedFrom, warnings: [] };
	} else {
		const { fields, body } = frontMatter(content);
		const text = body.replace(/\r\n?/g, '\n').trim();
		const heading = /^#\s+(.+)$/m.exec(text)?.[1];
		const first =
			text
				.split('\n')
				.find((l) => l.trim())
				?.trim() ?? '';
		wire = readWireHead(text, new Date());
		draft = {
			title: fields.title ?? heading ?? (first.length <= 140 ? first : `${first.slice(0, 137)}…`),
			source:
				fields.source ?? (url ? new URL(url).hostname.replace(/^www\./, '') : (wire.source ?? '')),
			...(fields.url || url ? { url: fields.url ?? url } : {}),
			...(fields.published ? { published: fields.published } : {}),
			publishedFrom: fields.published ? 'front-matter' : null,
			text,
			warnings: []
		};
	}
	if (draft.text.length > MAX_TEXT)
		throw new IngestError(
			`the article has ${draft.text.length.toLocaleString('en')} characters, more than the ${MAX_TEXT.toLocaleString('en')} one article may have`,
			413
		);
	if (!draft.published) {
		const guess = wire.published ? { published: wire.published } : inferPublished(draft.text);
		if (guess) {
			draft.published = guess.published;
			draft.publishedFrom = 'guess';
			draft.warnings.push(
				// The day is named by the date field beside it, in the reader's own format: written here
				// as YYYY-MM-DD it read otherwise than the field (mm/dd/yyyy in the US).
				`The page gives no publication date; the day below is the extractor's guess from the text. Check it: every relative date ("last year", "in March") counts from it.`
			);
		} else {
			draft.warnings.push(
				'The page gives no publication date and none can be inferred from the text; enter it: every relative date counts from it.'
			);
		}
	}
	return draft;
}

/** `key: value` lines between `---` fences at the top of a Markdown file, if any. */
function frontMatter(markdown: string): { fields: Record<string, string>; body: string } {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(markdown);
	if (!m) return { fields: {}, body: markdown };
	const fields: Record<string, string> = {};
	for (const line of m[1]!.split(/\r?\n/)) {
		const kv = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
		if (kv) fields[kv[1]!.toLowerCase()] = kv[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
	}
	return { fields, body: markdown.slice(m[0].length) };
}
