/**
 * The page's heading already shows the article's title: an opening `# Title` line that says
 * the same is blanked in the reading view (the line stays, so every block keeps its line number
 * and "line 12" links still land).
 */
export function withoutTitle(text: string, title: string): string {
	const lines = text.split('\n');
	const first = lines.findIndex((l) => l.trim() !== '');
	const heading = lines[first]?.match(/^#\s+(.*?)\s*#*\s*$/);
	if (!heading || plain(heading[1]) !== plain(title)) return text;
	lines[first] = '';
	return lines.join('\n');
}

/** Heading text without Markdown emphasis or code marks, spaces squeezed. */
function plain(s: string): string {
	return s.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
}
