import MarkdownIt from 'markdown-it';
import type { StateBlock, StateInline } from 'markdown-it';

/**
 * The one Markdown dialect of Mnemo: CommonMark + GFM tables and
 * strikethrough, math in four delimiters, and d2l's directive lines.
 * Raw HTML is off: imported articles are untrusted.
 *
 * Display math is recognised line by line, not by a generic fence, because
 * real articles open with `$$<tex>` and close with `<tex>$$` (d2l does both).
 * TeX display math can never hold a blank line, so a closer must come before
 * the next blank line; an opener without one is left as text and reported,
 * instead of swallowing the rest of the file.
 */
export function createMarkdown(): MarkdownIt {
	const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
	md.block.ruler.before('fence', 'math_block', mathBlock, {
		alt: ['paragraph', 'reference', 'blockquote', 'list']
	});
	md.block.ruler.before('paragraph', 'd2l_directive', directive, {
		alt: ['paragraph']
	});
	md.inline.ruler.before('escape', 'math_inline', mathInline);
	return md;
}

export interface MarkdownEnv {
	/** 0-based lines of display-math openers that never closed. */
	unclosedMath?: Set<number>;
}

function lineText(state: StateBlock, line: number): string {
	return state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
}

const OPENERS: [string, string][] = [
	['$$', '$$'],
	['\\[', '\\]']
];

function mathBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean) {
	if (state.sCount[startLine] - state.blkIndent >= 4) return false;
	const first = lineText(state, startLine).trimEnd();
	const pair = OPENERS.find(([open]) => first.startsWith(open));
	if (!pair) return false;
	const [open, close] = pair;
	const rest = first.slice(open.length);
	let content: string;
	let last = startLine;

	const closerAt = (s: string) => {
		// Allow a trailing full stop or comma after the closer ("…$$.").
		const m = s.match(/^(.*?)(?:\$\$|\\\])\s*[.,;，。；]?$/s);
		return m && s.slice(m[1].length).startsWith(close) ? m[1] : null;
	};

	const sameLine = rest.length > close.length ? closerAt(rest) : null;
	if (sameLine !== null && sameLine.trim()) {
		content = sameLine;
	} else {
		const parts = [rest];
		let found = false;
		for (let line = startLine + 1; line < endLine; line++) {
			if (state.isEmpty(line)) break;
			const text = lineText(state, line).trimEnd();
			const before = closerAt(text);
			if (before !== null) {
				parts.push(before);
				last = line;
				found = true;
				break;
			}
			parts.push(text);
		}
		if (!found) {
			if (!silent) {
				const env = state.env as MarkdownEnv;
				(env.unclosedMath ??= new Set()).add(startLine);
			}
			return false;
		}
		content = parts.join('\n');
	}
	if (!content.trim()) return false;
	if (silent) return true;

	state.line = last + 1;
	const token = state.push('math_block', 'math', 0);
	token.block = true;
	token.content = content.trim();
	token.markup = open;
	token.map = [startLine, state.line];
	return true;
}

/** d2l's `:label:`x``, `:eqlabel:`x``, `:begin_tab:`x``, `:end_tab:` lines. */
const DIRECTIVE = /^:([a-z_]+):(?:`([^`]*)`)?\s*$/;

function directive(state: StateBlock, startLine: number, _end: number, silent: boolean) {
	if (state.sCount[startLine] - state.blkIndent >= 4) return false;
	const m = lineText(state, startLine).match(DIRECTIVE);
	if (!m) return false;
	if (silent) return true;
	const token = state.push('d2l_directive', '', 0);
	token.info = m[1];
	token.content = m[2] ?? '';
	token.map = [startLine, startLine + 1];
	state.line = startLine + 1;
	return true;
}

function isSpace(code: number): boolean {
	return code === 0x20 || code === 0x09 || code === 0x0a;
}

/**
 * `$…$`, `$$…$$`, `\(…\)` and `\[…\]` inside a paragraph. Dollar math follows
 * pandoc's rule (no space inside the delimiters, no digit after the closer)
 * and refuses a span with another `$` in it, so "costs $5 and $10" stays text.
 */
function mathInline(state: StateInline, silent: boolean) {
	const src = state.src;
	const pos = state.pos;
	const ch = src.charCodeAt(pos);
	let content: string;
	let end: number;
	let display = false;
	let markup: string;

	if (ch === 0x5c) {
		const next = src[pos + 1];
		if (next !== '(' && next !== '[') return false;
		const close = next === '(' ? '\\)' : '\\]';
		const at = src.indexOf(close, pos + 2);
		if (at < 0) return false;
		content = src.slice(pos + 2, at);
		end = at + 2;
		display = next === '[';
		markup = '\\' + next;
	} else if (ch === 0x24) {
		if (src[pos + 1] === '$') {
			const at = src.indexOf('$$', pos + 2);
			if (at < 0) return false;
			content = src.slice(pos + 2, at);
			end = at + 2;
			display = true;
			markup = '$$';
		} else {
			if (pos + 1 >= state.posMax || isSpace(src.charCodeAt(pos + 1))) return false;
			let j = pos + 1;
			let closer = -1;
			while (j < state.posMax) {
				const c = src.charCodeAt(j);
				if (c === 0x5c) {
					j += 2;
					continue;
				}
				if (c === 0x24) {
					const prevSpace = isSpace(src.charCodeAt(j - 1));
					const nextDigit = /[0-9]/.test(src[j + 1] ?? '');
					if (!prevSpace && !nextDigit) {
						closer = j;
						break;
					}
					// An invalid closer means the span is ambiguous (currency): not math.
					return false;
				}
				j++;
			}
			if (closer < 0) return false;
			content = src.slice(pos + 1, closer);
			end = closer + 1;
			markup = '$';
		}
	} else {
		return false;
	}
	if (!content.trim()) return false;
	if (!silent) {
		const token = state.push(display ? 'math_inline_display' : 'math_inline', 'math', 0);
		token.content = content.trim();
		token.markup = markup;
	}
	state.pos = end;
	return true;
}
