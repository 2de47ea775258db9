/**
 * Heading text without its numbering, for use in prompts:
 * "1.2.1 GPT系列模型" → "GPT系列模型", "第1章：大模型概述" → "大模型概述".
 */
export function cleanHeading(heading: string): string {
	return stripInline(heading)
		.replace(/^第[一二三四五六七八九十百\d]+[章节部分篇][\s：:、.]*/u, '')
		.replace(/^(?:\d+(?:\.\d+)*\.?|[一二三四五六七八九十]+、|[A-Z]\.)\s*/u, '')
		.trim();
}

/** Drops Markdown emphasis and code marks, keeping the words and the TeX. */
export function stripInline(text: string): string {
	return text
		.replace(/\[\*\*(.+?)\*\*\]/g, '$1')
		.replace(/\*\*(.+?)\*\*/g, '$1')
		.replace(/__(.+?)__/g, '$1')
		.replace(/`([^`]+)`/g, '$1')
		.trim();
}
