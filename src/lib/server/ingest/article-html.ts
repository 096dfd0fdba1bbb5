import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { IngestError } from './errors';

/** Where a prefilled publication date came from; null when the page names none. */
export type DateSource = 'meta' | 'json-ld' | 'time' | null;

export interface PageArticle {
	title: string;
	/** The publication's name (og:site_name, JSON-LD publisher), or the host. */
	source: string;
	url?: string;
	/** YYYY-MM-DD as the page states it, in the publisher's own zone. */
	published?: string;
	publishedFrom: DateSource;
	/** The article body: paragraphs separated by blank lines, no navigation, ads or captions. */
	text: string;
}

// Elements Readability may keep inside a body that are not the story's prose.
const NOT_PROSE =
	'figure, figcaption, picture, aside, nav, form, button, iframe, script, style, noscript, [aria-hidden="true"], .caption, .credit, [class*="caption"], [class*="advert"], [class*="newsletter"], [class*="related"], [class*="promo"]';
const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre';
/** Lines that are the site talking, not the story: "Read more", "Advertisement", "Sign up". */
const CHROME_LINE =
	/^(?:read more|continue reading|advertisement|sponsored|related(?: stories| articles)?|sign up\b|subscribe\b|share this|follow us|recommended)\b.{0,80}$/i;

/**
 * Reads a saved or fetched web page into an article: the body through Mozilla Readability (the
 * reader view of Firefox) on a jsdom document, which never runs the page's scripts nor loads
 * its resources; the title, publication, URL and date from the page's own metadata.
 */
export function readArticleHtml(html: string, pageUrl?: string): PageArticle {
	let dom: JSDOM;
	try {
		dom = new JSDOM(html, pageUrl ? { url: pageUrl } : {});
	} catch (e) {
		throw new IngestError(`the page could not be read as HTML (${(e as Error).message})`);
	}
	const doc = dom.window.document;
	const meta = pageMetadata(doc);
	const canonical =
		attr(doc, 'link[rel="canonical"]', 'href') ?? attr(doc, 'meta[property="og:url"]', 'content');
	const parsed = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
	const text = parsed?.content ? proseOf(parsed.content) : '';
	if (!text.trim()) {
		throw new IngestError(
			'no article text was found on this page; paste the article text instead, or check that the page is the story itself'
		);
	}
	const title = (meta.title ?? parsed?.title ?? doc.title ?? '').trim();
	const url = safeHttpUrl(canonical, pageUrl) ?? pageUrl;
	const host = url ? new URL(url).hostname.replace(/^www\./, '') : '';
	return {
		title: title || firstLine(text),
		source: (meta.source ?? parsed?.siteName ?? host ?? '').trim() || 'Unknown source',
		...(url ? { url } : {}),
		...(meta.published ? { published: meta.published } : {}),
		publishedFrom: meta.publishedFrom,
		text
	};
}

/** Readability's cleaned HTML as plain paragraphs. */
function proseOf(content: string): string {
	const fragment = JSDOM.fragment(`<div>${content}</div>`);
	fragment.querySelectorAll(NOT_PROSE).forEach((el) => el.remove());
	const paragraphs: string[] = [];
	fragment.querySelectorAll(BLOCKS).forEach((el) => {
		// A block inside another (a <p> in a <blockquote>) is read with its outermost block.
		if (el.parentElement?.closest(BLOCKS)) return;
		const line = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
		if (!line || CHROME_LINE.test(line)) return;
		// A paragraph that is only a link is a "read more" teaser, not the story.
		const links = [...el.querySelectorAll('a')].map((a) => a.textContent ?? '').join('');
		if (links.replace(/\s+/g, ' ').trim() === line && line.length < 160) return;
		paragraphs.push(line);
	});
	return paragraphs.join('\n\n');
}

interface Metadata {
	title?: string;
	source?: string;
	published?: string;
	publishedFrom: DateSource;
}

function pageMetadata(doc: Document): Metadata {
	const ld = jsonLd(doc);
	const article = ld.find(
		(o) => typeof o.datePublished === 'string' || typeof o.headline === 'string'
	);
	const publisher = article?.publisher as Record<string, unknown> | undefined;
	const metaDate =
		attr(doc, 'meta[property="article:published_time"]', 'content') ??
		attr(doc, 'meta[itemprop="datePublished"]', 'content') ??
		attr(doc, 'meta[name="pubdate"]', 'content') ??
		attr(doc, 'meta[name="publish-date"]', 'content') ??
		attr(doc, 'meta[name="parsely-pub-date"]', 'content') ??
		attr(doc, 'meta[name="dc.date.issued"]', 'content') ??
		attr(doc, 'meta[name="date"]', 'content');
	const ldDate = typeof article?.datePublished === 'string' ? article.datePublished : undefined;
	const timeDate =
		attr(doc, 'article time[datetime]', 'datetime') ??
		attr(doc, 'time[pubdate][datetime]', 'datetime') ??
		attr(doc, 'time[datetime]', 'datetime');
	let published: string | undefined;
	let publishedFrom: DateSource = null;
	for (const [value, from] of [
		[metaDate, 'meta'],
		[ldDate, 'json-ld'],
		[timeDate, 'time']
	] as const) {
		const day = calendarDay(value);
		if (day) {
			published = day;
			publishedFrom = from;
			break;
		}
	}
	const title =
		attr(doc, 'meta[property="og:title"]', 'content') ??
		(typeof article?.headline === 'string' ? article.headline : undefined);
	const source =
		attr(doc, 'meta[property="og:site_name"]', 'content') ??
		(typeof publisher?.name === 'string' ? publisher.name : undefined) ??
		attr(doc, 'meta[name="application-name"]', 'content');
	return {
		...(title ? { title: title.trim() } : {}),
		...(source ? { source: source.trim() } : {}),
		...(published ? { published } : {}),
		publishedFrom
	};
}

/** Every object in the page's JSON-LD blocks, @graph and arrays flattened; bad blocks skipped. */
function jsonLd(doc: Document): Record<string, unknown>[] {
	const out: Record<string, unknown>[] = [];
	const visit = (v: unknown) => {
		if (Array.isArray(v)) v.forEach(visit);
		else if (v && typeof v === 'object') {
			out.push(v as Record<string, unknown>);
			const graph = (v as Record<string, unknown>)['@graph'];
			if (graph) visit(graph);
		}
	};
	doc.querySelectorAll('script[type="application/ld+json"]').forEach((s) => {
		try {
			visit(JSON.parse(s.textContent ?? ''));
		} catch {
			// A publisher's broken JSON-LD is theirs; the other metadata still counts.
		}
	});
	return out;
}

/**
 * The calendar day a published timestamp names, in the zone it is written in: an article
 * stamped "2020-06-26T21:13:00-04:00" was published on June 26 where it was written.
 */
export function calendarDay(value: string | undefined): string | undefined {
	if (!value) return undefined;
	const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
	if (!m) return undefined;
	const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
	return date.getUTCMonth() === +m[2]! - 1 && date.getUTCDate() === +m[3]!
		? `${m[1]}-${m[2]}-${m[3]}`
		: undefined;
}

function attr(doc: Document, selector: string, name: string): string | undefined {
	const value = doc.querySelector(selector)?.getAttribute(name)?.trim();
	return value ? value : undefined;
}

function safeHttpUrl(href: string | undefined, base?: string): string | undefined {
	if (!href) return undefined;
	try {
		const url = new URL(href, base);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}

function firstLine(text: string): string {
	const line = text.split('\n')[0]!.trim();
	return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
