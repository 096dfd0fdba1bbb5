export { parseArticle, slugify } from './article';
export { extractTimeline } from './events';
export {
	bodyParagraphs,
	splitParagraphs,
	splitSentences,
	type Paragraph,
	type Sentence
} from './sentences';
export { titleFor } from './titles';
export { mergeArticleEvents } from './merge-articles';
