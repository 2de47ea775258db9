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
	// Code is taken as written (`if __name__ == "__main__":` keeps its underscores), so it is
	// set aside while the emphasis around it goes.
	const code: string[] = [];
	return text
		.replace(/`([^`]+)`/g, (_, c: string) => `\uE210${code.push(c) - 1}\uE211`)
		.replace(/\[\*\*(.+?)\*\*\]/g, '$1')
		.replace(/\*\*(.+?)\*\*/g, '$1')
		.replace(/__(.+?)__/g, '$1')
		.replace(/\uE210(\d+)\uE211/g, (_, n: string) => code[Number(n)])
		.trim();
}
