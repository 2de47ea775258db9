import type { Token } from 'markdown-it';
import { hash } from '../text/hash';
import { detectLang, normalise } from '../text/normalise';
import { prepareText, stripChatTokens, stripNoise } from './clean';
import { decodeArticle } from './decode';
import { cleanHeading, stripInline } from './headings';
import { checkTex } from './katex-check';
import { createMarkdown, type MarkdownEnv } from './markdown';
import { msg } from '../say';
import {
	warning,
	type Article,
	type Block,
	type ImportWarning,
	type Lines,
	type ListItem,
	type Section
} from './types';

const md = createMarkdown();

export interface ParseOptions {
	/** File name or path the article came from; used for its id and a fallback title. */
	path?: string;
	/** A title to use instead of the one found in the text. */
	title?: string;
}

interface InlineMath {
	tex: string;
	line: number;
}

const lines = (t: Token): Lines => ({ start: t.map![0] + 1, end: t.map![1] });

/** Reads tokens[i…] up to a closing token of type `until`; returns blocks and the index after it. */
function readBlocks(
	tokens: Token[],
	i: number,
	until: string | null,
	math: InlineMath[]
): [Block[], number] {
	const out: Block[] = [];
	while (i < tokens.length) {
		const t = tokens[i];
		if (until && t.type === until) return [out, i + 1];
		switch (t.type) {
			case 'heading_open':
			case 'paragraph_open': {
				const inline = tokens[i + 1];
				collectInlineMath(inline, math);
				const text = inline.content;
				out.push(
					t.type === 'heading_open'
						? { kind: 'heading', level: Number(t.tag.slice(1)), text, lines: lines(t) }
						: { kind: 'paragraph', text, lines: lines(t) }
				);
				i += 3;
				continue;
			}
			case 'math_block':
				out.push({ kind: 'math', tex: t.content, lines: lines(t) });
				break;
			case 'fence': {
				const lang = fenceLang(t.info);
				const text = t.content.replace(/\n$/, '');
				out.push(
					lang === 'mermaid'
						? { kind: 'mermaid', text, lines: lines(t) }
						: { kind: 'code', lang, text, lines: lines(t) }
				);
				break;
			}
			case 'code_block':
				out.push({ kind: 'code', lang: '', text: t.content.replace(/\n$/, ''), lines: lines(t) });
				break;
			case 'bullet_list_open':
			case 'ordered_list_open': {
				const close = t.type.replace('_open', '_close');
				const items: ListItem[] = [];
				const at = lines(t);
				i++;
				while (tokens[i].type !== close) {
					const itemLines = lines(tokens[i]);
					const [blocks, next] = readBlocks(tokens, i + 1, 'list_item_close', math);
					items.push({ blocks, lines: itemLines });
					i = next;
				}
				out.push({ kind: 'list', ordered: t.type === 'ordered_list_open', items, lines: at });
				break;
			}
			case 'blockquote_open': {
				const at = lines(t);
				const [blocks, next] = readBlocks(tokens, i + 1, 'blockquote_close', math);
				out.push({ kind: 'quote', blocks, lines: at });
				i = next;
				continue;
			}
			case 'table_open': {
				const at = lines(t);
				const rows: string[][] = [];
				for (i++; tokens[i].type !== 'table_close'; i++) {
					if (tokens[i].type === 'tr_open') rows.push([]);
					if (tokens[i].type === 'inline') {
						collectInlineMath(tokens[i], math);
						rows[rows.length - 1].push(tokens[i].content);
					}
				}
				out.push({ kind: 'table', rows, lines: at });
				break;
			}
			case 'html_block':
				out.push({ kind: 'html', text: t.content, lines: lines(t) });
				break;
			case 'd2l_directive': {
				// `:eqlabel:` names the formula right above it.
				const prev = out[out.length - 1];
				if ((t.info === 'eqlabel' || t.info === 'label') && prev?.kind === 'math') {
					prev.label = t.content;
					prev.lines = { start: prev.lines.start, end: t.map![1] };
				}
				break;
			}
		}
		i++;
	}
	return [out, i];
}

/** `{.python .input}` → python; `mermaid` → mermaid. */
function fenceLang(info: string): string {
	const m = info.trim().match(/^\{?\.?([\w+#-]+)/);
	return m ? m[1].toLowerCase() : '';
}

function collectInlineMath(inline: Token, out: InlineMath[]): void {
	if (!inline.children || !inline.map) return;
	let line = inline.map[0] + 1;
	for (const c of inline.children) {
		if (c.type === 'softbreak' || c.type === 'hardbreak') line++;
		else if (c.type === 'math_inline' || c.type === 'math_inline_display') {
			out.push({ tex: c.content, line });
			line += (c.content.match(/\n/g) ?? []).length;
		} else if (c.type === 'text' || c.type === 'code_inline') {
			line += (c.content.match(/\n/g) ?? []).length;
		}
	}
}

/** Groups the flat block list into a heading tree. */
function buildOutline(blocks: Block[], lastLine: number): Section {
	const root: Section = {
		heading: '',
		title: '',
		level: 0,
		path: [],
		lines: { start: 1, end: lastLine },
		endLine: lastLine,
		blocks: [],
		children: []
	};
	const stack: Section[] = [root];
	let current = root;
	for (const b of blocks) {
		if (b.kind !== 'heading') {
			current.blocks.push(b);
			continue;
		}
		current.lines.end = b.lines.start - 1;
		const lvl = b.level;
		while (stack.length > 1 && stack[stack.length - 1].level >= lvl) {
			stack.pop()!.endLine = b.lines.start - 1;
		}
		const parent = stack[stack.length - 1];
		const title = cleanHeading(b.text);
		const section: Section = {
			heading: b.text,
			title,
			level: lvl,
			path: [...parent.path, title],
			lines: { start: b.lines.start, end: lastLine },
			endLine: lastLine,
			blocks: [],
			children: []
		};
		parent.children.push(section);
		stack.push(section);
		current = section;
	}
	return root;
}

/** Every section, depth first, in document order. */
export function allSections(root: Section): Section[] {
	const out: Section[] = [];
	const walk = (s: Section) => {
		out.push(s);
		s.children.forEach(walk);
	};
	walk(root);
	return out;
}

const PLACEHOLDER_TITLES = new Set(['文章标题', '标题', 'article title']);

/**
 * The article's title: the one given, the first level-1 heading (or the line
 * under a placeholder one), the file name, the first heading; the first of
 * these that is not empty once chat-template tokens are gone (a title made
 * only of tokens would otherwise be blank in the library).
 */
function findTitle(root: Section, opts: ParseOptions): string {
	const h1 = allSections(root).find((s) => s.level === 1);
	const base = opts.path
		?.split(/[\\/]/)
		.pop()!
		.replace(/\.(md|markdown|txt)$/i, '');
	const candidates = [
		() => opts.title,
		() => {
			if (!h1) return undefined;
			if (!PLACEHOLDER_TITLES.has(normalise(h1.title))) return stripInline(h1.heading);
			const next = h1.blocks.find((b) => b.kind === 'paragraph');
			return next?.kind === 'paragraph' ? stripInline(next.text.split('\n')[0]) : undefined;
		},
		() => base,
		() => allSections(root).find((s) => s.level > 0 && titleText(s.heading))?.heading
	];
	for (const candidate of candidates) {
		const title = titleText(candidate() ?? '');
		if (title) return title;
	}
	return 'Untitled';
}

/** A title as shown: inline markup and chat-template tokens gone, spaces trimmed. */
function titleText(text: string): string {
	return stripChatTokens(stripInline(text)).text.replace(/\s+/g, ' ').trim();
}

/**
 * The text that is parsed and shown in the reading view: template noise
 * removed and markup read as its author meant it, line count unchanged (so
 * line numbers still match the file).
 */
export function prepareSource(source: string): { text: string; warnings: ImportWarning[] } {
	const { text, warnings } = stripNoise(source.replace(/\r\n?/g, '\n'));
	// d2l's [**…**] marks, `\\(…\\)` math and Jekyll highlight tags (see prepareText).
	return { text: prepareText(text), warnings };
}

/**
 * Markdown → Article: decodes and checks the input, strips template noise,
 * parses with source lines on every block, checks every formula with KaTeX.
 * Throws ImportError for input that is not a Markdown article.
 */
export function parseArticle(input: Uint8Array | string, opts: ParseOptions = {}): Article {
	const source = decodeArticle(input);
	const { text: prepared, warnings } = prepareSource(source);
	const env: MarkdownEnv = {};
	const tokens = md.parse(prepared, env);
	const inlineMath: InlineMath[] = [];
	const [blocks] = readBlocks(tokens, 0, null, inlineMath);
	const lastLine = prepared.split('\n').length;
	const outline = buildOutline(blocks, lastLine);

	for (const line of env.unclosedMath ?? []) {
		warnings.push(
			warning(
				line + 1,
				'unclosed-math',
				msg('Display formula is never closed before the next blank line; kept as text.')
			)
		);
	}
	const display = allSections(outline).flatMap((s) => mathBlocks(s.blocks));
	for (const m of display) {
		const problem = checkTex(m.tex, true);
		if (problem)
			warnings.push(
				warning(m.lines.start, 'katex', msg('Formula does not typeset: {{reason}}'), {
					reason: problem.message
				})
			);
	}
	for (const m of inlineMath) {
		const problem = checkTex(m.tex, false);
		if (problem)
			warnings.push(
				warning(m.line, 'katex', msg('Inline formula does not typeset: {{reason}}'), {
					reason: problem.message
				})
			);
	}

	const title = findTitle(outline, opts);
	const idSource = opts.path ? opts.path.split(/[\\/]/).pop()! : title;
	return {
		id: hash('article\u0000' + normalise(idSource)),
		title,
		lang: detectLang(proseOf(outline)),
		source,
		outline,
		warnings: warnings.sort((a, b) => a.line - b.line)
	};
}

/** Headings and paragraphs only: code and TeX would outvote the prose language. */
function proseOf(root: Section): string {
	return allSections(root)
		.flatMap((s) => [
			s.heading,
			...flattenBlocks(s.blocks).map((b) => (b.kind === 'paragraph' ? b.text : ''))
		])
		.join('\n')
		.replace(/\$[^$]*\$/g, '');
}

/** Display formulas among blocks, including those inside lists and quotes. */
export function mathBlocks(blocks: Block[]): Extract<Block, { kind: 'math' }>[] {
	return flattenBlocks(blocks).filter(
		(b): b is Extract<Block, { kind: 'math' }> => b.kind === 'math'
	);
}

/** Leaf blocks in document order, descending into list items and quotes. */
export function flattenBlocks(blocks: Block[]): Block[] {
	const out: Block[] = [];
	for (const b of blocks) {
		if (b.kind === 'list') b.items.forEach((it) => out.push(...flattenBlocks(it.blocks)));
		else if (b.kind === 'quote') out.push(...flattenBlocks(b.blocks));
		else out.push(b);
	}
	return out;
}
