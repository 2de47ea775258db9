import { msg } from '../say';
import { warning, type ImportWarning } from './types';

/**
 * Chat-template tokens that language-model output leaves behind
 * (`<|assistant|>`, `<|im_sep|>`, `<|endoftext|>`, DeepSeek's full-width
 * `<｜end▁of▁sentence｜>` …).
 */
const CHAT_TOKEN = /<[|｜][\w▁.-]{1,40}[|｜]>/g;

/**
 * A text without chat-template tokens, and the tokens it held. Removed to a
 * fixed point: one pass over `<|im_<|x|>start|>` would leave `<|im_start|>`.
 * Each pass shortens the text, so the loop ends.
 */
export function stripChatTokens(text: string): { text: string; tokens: string[] } {
	const tokens: string[] = [];
	let out = text;
	for (;;) {
		const found = out.match(CHAT_TOKEN);
		if (!found) return { text: out, tokens };
		tokens.push(...found);
		out = out.replace(CHAT_TOKEN, '');
	}
}

/**
 * Strips chat-template tokens line by line (keeping the line count, so every
 * later line number still points into the original file) and reports where.
 */
export function stripNoise(text: string): { text: string; warnings: ImportWarning[] } {
	const warnings: ImportWarning[] = [];
	const lines = text.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const { text: line, tokens: found } = stripChatTokens(lines[i]);
		if (!found.length) continue;
		lines[i] = line;
		const tokens = [...new Set(found)].join(' ');
		warnings.push(
			found.length > 1
				? warning(i + 1, 'chat-token', msg('Removed chat-template tokens {{tokens}}'), { tokens })
				: warning(i + 1, 'chat-token', msg('Removed chat-template token {{tokens}}'), { tokens })
		);
	}
	return { text: lines.join('\n'), warnings };
}

/** A code fence opener or closer: three or more backticks or tildes. */
const FENCE = /^\s*(`{3,}|~{3,})/;

/**
 * d2l's slide marks (they may span lines, never a blank one): `[**…**]` is
 * text the book sets in bold and the slides show (a link `[**x**](url)` is
 * not one). `(**…**)` and `(~~…~~)` mark words only the slides or only the
 * book need; cards read them as plain words ("requires that (**we**)
 * (~~should~~) vectorize"; 11 lines of the two d2l linear-regression
 * chapters), the reading view keeps them as written.
 */
const SLIDE_MARK = /\[\*\*((?:(?!\n\s*\n)[^\]])+?)\*\*\](?![([])/g;
const SLIDE_ONLY = /\((\*\*|~~)((?:(?!\n\s*\n)[^()])+?)\1\)/g;

/**
 * `\\(x\\)` and `\\[x\\]`: Markdown meant for MathJax doubles the backslash
 * (Markdown eats one), so the author's math is `\(x\)`. The span may run
 * over lines, never over a blank one.
 */
const ESCAPED_MATH = /\\\\([([])((?:(?!\n\s*\n)[\s\S])+?)\\\\([)\]])/g;

/** Markdown's backslash escapes of ASCII punctuation, as the author's renderer resolved them. */
const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** Dollar math, where a `\\` is TeX's line break and never an escape. */
const DOLLAR_MATH = /\$\$[\s\S]+?\$\$|\$[^$\n]+?\$/g;

/** A line that closes the fence `fence` opened: the same character, at least as long, nothing after it. */
function closesFence(line: string, m: RegExpMatchArray | null, fence: string): boolean {
	return (
		!!m && m[1][0] === fence[0] && m[1].length >= fence.length && !line.trim().slice(m[1].length)
	);
}

function unescapeMath(text: string): string {
	const maths: string[] = [];
	return text
		.replace(DOLLAR_MATH, (m) => `\uE10C${maths.push(m) - 1}\uE10D`)
		.replace(ESCAPED_MATH, (all, open: string, body: string, close: string) =>
			(open === '(') === (close === ')') ? `\\${open}${unescape(body)}\\${close}` : all
		)
		.replace(/\uE10C(\d+)\uE10D/g, (_, n) => maths[Number(n)]);
}

/** Jekyll's `{% highlight python %}` … `{% endhighlight %}` is a code fence. */
const LIQUID_HIGHLIGHT = /^(\s*)\{%-?\s*highlight\s+([\w+#-]+)[^%]*-?%\}\s*$/;
const LIQUID_END_HIGHLIGHT = /^(\s*)\{%-?\s*endhighlight\s*-?%\}\s*$/;

/**
 * Applies `fn` to the text outside code: fenced blocks and inline code spans
 * are passed through as written. Line count is kept when `fn` keeps it.
 */
function outsideCode(text: string, fn: (prose: string) => string): string {
	const lines = text.split('\n');
	const out: string[] = [];
	let prose: string[] = [];
	let fence: string | null = null;
	const flush = () => {
		if (prose.length) out.push(mapOutsideSpans(prose.join('\n'), fn));
		prose = [];
	};
	for (const line of lines) {
		const m = line.match(FENCE);
		if (fence) {
			out.push(line);
			if (closesFence(line, m, fence)) fence = null;
		} else if (m) {
			flush();
			fence = m[1];
			out.push(line);
		} else prose.push(line);
	}
	flush();
	return out.join('\n');
}

/** Code spans (`` `x` ``, ``` ``x`` ```) inside prose, found as CommonMark pairs them. */
const CODE_SPAN = /(`+)(?!`)(?:(?!\n[ \t]*\n)[\s\S])*?(?<!`)\1(?!`)/g;

function mapOutsideSpans(text: string, fn: (prose: string) => string): string {
	const spans: string[] = [];
	// d2l roles (`:numref:`x``) look like code spans; they are prose and stay in view of `fn`.
	const masked = text.replace(CODE_SPAN, (m, _ticks, at: number) =>
		/:[a-z]+:$/.test(text.slice(Math.max(0, at - 12), at)) ? m : `\uE100${spans.push(m) - 1}\uE101`
	);
	return fn(masked).replace(/\uE100(\d+)\uE101/g, (_, n) => spans[Number(n)]);
}

/**
 * Source text as it is parsed, shown in the reading view and quoted on
 * cards, line count unchanged (so every line number still matches the
 * file): d2l's `[**…**]` marks become bold, `\\(…\\)` becomes the math the
 * author meant, and Jekyll's highlight tags become code fences.
 */
export function prepareText(text: string): string {
	const fenced = text
		.split('\n')
		.map((line) => {
			const open = line.match(LIQUID_HIGHLIGHT);
			if (open) return `${open[1]}\`\`\`${open[2]}`;
			const close = line.match(LIQUID_END_HIGHLIGHT);
			return close ? `${close[1]}\`\`\`` : line;
		})
		.join('\n');
	return outsideCode(fenced, (prose) => unescapeMath(prose.replace(SLIDE_MARK, '**$1**')));
}

// ---------------------------------------------------------------------------
// Card text: what an article's markup leaves that a learner should never see.

/**
 * A d2l/Sphinx directive on a line of its own (`:label:`x``, `:begin_tab:`pytorch``,
 * `:end_tab:`); a reference alone on a line is part of its sentence and is read as words.
 */
const DIRECTIVE_LINE =
	/^\s*:(?!(?:numref|numfig|ref|eqref|eq|cite|citet|citep|doc|math|term):)[a-z_]+:(?:`[^`]*`)?\s*$/;
const BEGIN_TAB = /^\s*:begin_tab:/;
const END_TAB = /^\s*:end_tab:/;
/** Notebook lines inside d2l code: `#@tab pytorch`, `%matplotlib inline`, `%%tab all`. */
const NOTEBOOK_LINE = /^\s*(?:#@tab\b|%%tab\b|%matplotlib\b|%load_ext\b|%config\b)/;
/** d2l's fence info `{.python .input n=3}` → `python`. */
const D2L_FENCE_INFO = /^(\s*(?:`{3,}|~{3,}))\s*\{\.?([\w+#-]+)[^}]*\}\s*$/;

/**
 * Whole-line debris and notebook noise: directives, tab variants after the
 * first (d2l repeats a passage once per framework; one reading is enough),
 * notebook magics and `#@tab` lines in code, d2l fence info.
 */
function dropLines(text: string): string {
	const out: string[] = [];
	let fence: string | null = null;
	// 0: outside tabs; 1: in the first tab of a run; 2: in a later tab (dropped); 3: between tabs.
	let tab = 0;
	for (const line of text.split('\n')) {
		const m = line.match(FENCE);
		if (fence) {
			if (closesFence(line, m, fence)) fence = null;
			if (tab === 2 || NOTEBOOK_LINE.test(line)) continue;
			out.push(line);
			continue;
		}
		if (m) {
			fence = m[1];
			if (tab === 3) tab = 0;
			if (tab === 2) continue;
			out.push(line.replace(D2L_FENCE_INFO, '$1$2'));
			continue;
		}
		if (BEGIN_TAB.test(line)) {
			tab = tab === 3 || tab === 2 ? 2 : 1;
			continue;
		}
		if (END_TAB.test(line)) {
			tab = 3;
			continue;
		}
		if (tab === 3 && line.trim()) tab = 0;
		if (tab === 2) continue;
		if (DIRECTIVE_LINE.test(line) || NOTEBOOK_LINE.test(line)) continue;
		out.push(line);
	}
	return out.join('\n');
}

/**
 * A container that holds a picture and at most a caption goes whole (an
 * image is not an answer; happy-llm's 7 figures of chapter 2 are `<div>`s
 * with an `<img>` and a `<p>` caption). A container with more text keeps it.
 */
const CAPTION_CHARS = 120;
const MEDIA_BLOCK =
	/<(div|figure|center|picture)\b[^>]*>(?:(?!<\/?\1\b)[\s\S])*?<(?:img|video|iframe|svg|picture|source)\b(?:(?!<\/?\1\b)[\s\S])*?<\/\1\s*>/gi;
const MEDIA_TAG =
	/<(video|iframe|svg|picture|audio|object)\b[^>]*>[\s\S]*?<\/\1\s*>|<(?:img|source|embed|hr)\b[^<>]*\/?>/gi;
/** Tags whose text is kept and the tag dropped (attributes have `=`: "x <a or b> y" is no tag). */
const WRAPPER_TAG =
	/<\/?(?:a|div|p|span|font|center|figure|figcaption|section|article|header|footer|aside|nav|details|summary|small|big|u|mark|abbr|cite|blockquote|main|label|h[1-6]|table|thead|tbody|tr|td|th)(?:\s[^<>]*=[^<>]*)?\/?>/gi;
/** Where an HTML line or block ended, a space keeps the words apart ("One<br>Two"). */
const BREAK_TAG = /<br\s*\/?>|<\/(?:p|div|h[1-6]|td|th|tr|li|summary|figcaption)\s*>/gi;
const LIST_TAG = /<\/?(?:ul|ol)(?:\s[^<>]*)?>|<li(?:\s[^<>]*)?>/gi;
/** Inline HTML emphasis and scripts, as Markdown would write them. */
const INLINE_TAG: [RegExp, string][] = [
	[/<(b|strong)(?:\s[^<>]*)?>([^<>]*)<\/\1\s*>/gi, '**$2**'],
	[/<(i|em)(?:\s[^<>]*)?>([^<>]*)<\/\1\s*>/gi, '*$2*'],
	[/<sup>([^<>\s]+)<\/sup>/gi, '^$1'],
	[/<sub>([^<>\s]+)<\/sub>/gi, '_$1'],
	[/<sup>([^<>]+)<\/sup>/gi, '^($1)'],
	[/<sub>([^<>]+)<\/sub>/gi, '_($1)']
];
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const LIQUID_TAG = /\{%-?[\s\S]*?-?%\}/g;
/** Markdown images, inline and by reference: a card cannot show the picture. */
const IMAGE =
	/!\[(?:[^\]\\]|\\.)*\](?:\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\)|\[[^\]]*\])/g;

/** d2l/Sphinx cross-reference roles, and runs of them ("… in :eqref:`a` and :eqref:`b`"). */
const ROLE =
	':(numref|numfig|ref|eqref|eq|cite|citet|citep|label|eqlabel|width|doc|math|term):`([^`]*)`';
/**
 * The same role after `stripInline` took its backticks (`:cite:Li.Zhang.2014`),
 * as in plain-text facets; a label never ends in a full stop.
 */
const BARE_ROLE =
	/:(numref|numfig|ref|eqref|eq|cite|citet|citep|label|eqlabel|width):(?!`)([\w.,:/-]*[\w])/g;
const ROLE_RUN = new RegExp(`${ROLE}(?:(?:\\s*(?:,|，|、|和|与|及|and|or)\\s*)${ROLE})*`, 'g');
const ONE_ROLE = new RegExp(ROLE, 'g');

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/**
 * Markers left where debris was, so only the lines that lost something are
 * tidied: GONE (removed), EN_OPEN…EN_CLOSE and ZH_OPEN…ZH_CLOSE (a reference
 * now read as a noun), NAMED (a reference after a word that names it).
 */
const GONE = '\uE102';
/** Where a tag was around kept text (no space is eaten). */
const UNWRAPPED = '\uE107';
const NAMED = '\uE104';
const EN_OPEN = '\uE108';
const EN_CLOSE = '\uE109';
const ZH_OPEN = '\uE10A';
const ZH_CLOSE = '\uE10B';
const MARKER = /[\uE102\uE104\uE107-\uE10B]/;

type RefKind = 'figure' | 'table' | 'equation' | 'section' | 'chapter';

/** What a reference points at, from the label d2l gives it (`fig_…`, `eq_…`, `subsec_…`). */
function refKind(role: string, label: string): RefKind {
	if (role === 'eqref' || role === 'eq') return 'equation';
	if (role === 'numfig') return 'figure';
	const prefix = label.split(/[_:-]/)[0].toLowerCase();
	if (/^(?:fig|figure|img)$/.test(prefix)) return 'figure';
	if (/^(?:tab|table)$/.test(prefix)) return 'table';
	if (/^(?:eq|equation)$/.test(prefix)) return 'equation';
	if (/^(?:chap|chapter|ch)$/.test(prefix)) return 'chapter';
	return 'section';
}

/**
 * A reference reads as a plain noun where d2l would print a number: "as
 * shown in :numref:`fig_x`" → "as shown in the figure", "如 :eqref:`eq_x`所示"
 * → "如公式所示". A section stays "another section": the card cannot link
 * it, and the learner can still find it in the article.
 */
const NOUN: Record<RefKind, { en: [string, string]; zh: string }> = {
	figure: { en: ['the figure', 'the figures'], zh: '图' },
	table: { en: ['the table', 'the tables'], zh: '表' },
	equation: { en: ['the equation', 'the equations'], zh: '公式' },
	section: { en: ['another section', 'other sections'], zh: '另一节' },
	chapter: { en: ['another chapter', 'other chapters'], zh: '另一章' }
};

/** A word right before a reference that already names what it points at ("Figure :numref:`x`", "公式 :eqref:`x`"). */
const EN_NAME = '(fig(?:ure)?s?|eqs?|equations?|sec(?:tion)?s?|tables?|tab|chapters?|ch)\\.?';
const EN_NAMED = new RegExp(`\\b${EN_NAME}\\s*$`, 'i');
const EN_NAMED_REF = new RegExp(`\\b(?:the\\s+)?${EN_NAME}\\s*${NAMED}`, 'gi');
const ZH_NAMED = /(?:图片|如图|见图|图|公式|等式|方程式?|表格|章节|小节)\s*$/u;

function kindOfWord(w: string): RefKind {
	if (/^fig/i.test(w)) return 'figure';
	if (/^eq/i.test(w)) return 'equation';
	if (/^tab/i.test(w)) return 'table';
	if (/^ch/i.test(w)) return 'chapter';
	return 'section';
}

/**
 * A textual citation is part of the sentence ("We invoke :citet:`Russell.Norvig.2016`
 * who…"): d2l's keys name the authors and the year, which read in its place.
 */
function authors(keys: string): string {
	return keys
		.split(',')
		.map((key) => {
			const parts = key.trim().split('.');
			const year = /^\d{4}[a-z]?$/.test(parts[parts.length - 1]) ? parts.pop() : '';
			const etAl = parts[parts.length - 1] === 'ea' ? parts.pop() !== undefined : false;
			const names =
				etAl || parts.length > 2
					? `${parts[0]} et al.`
					: parts.length === 2
						? `${parts[0]} and ${parts[1]}`
						: parts[0];
			return year ? `${names} (${year})` : names;
		})
		.join('; ');
}

function replaceRoles(text: string): string {
	return text.replace(BARE_ROLE, ':$1:`$2`').replace(ROLE_RUN, (run: string, ...args) => {
		const at = args[args.length - 2] as number;
		const whole = args[args.length - 1] as string;
		const refs = [...run.matchAll(ONE_ROLE)].map((m) => ({ role: m[1], label: m[2] }));
		const first = refs[0];
		if (first.role === 'math') return `$${first.label.trim()}$`;
		if (first.role === 'term' || first.role === 'doc')
			return first.label.replace(/\s*<[^>]*>$/, '');
		if (first.role === 'citet') return authors(first.label);
		if (['cite', 'citep', 'label', 'eqlabel', 'width'].includes(first.role)) return GONE;
		const before = whole.slice(0, at);
		const near = (before.slice(-6) + whole.slice(at + run.length, at + run.length + 6)).replace(
			/[\s`]/g,
			''
		);
		const kinds = [...new Set(refs.map((r) => refKind(r.role, r.label)))];
		if (CJK.test(near)) {
			if (ZH_NAMED.test(before) && kinds.length === 1) return GONE;
			return ZH_OPEN + kinds.map((k) => NOUN[k].zh).join('和') + ZH_CLOSE;
		}
		if (EN_NAMED.test(before) && kinds.length === 1) return NAMED;
		const plural = refs.length > 1 && kinds.length === 1;
		return EN_OPEN + kinds.map((k) => NOUN[k].en[plural ? 1 : 0]).join(' and ') + EN_CLOSE;
	});
}

const REF_NOUN = `(?:${GONE}|${EN_OPEN}[^${EN_CLOSE}]*${EN_CLOSE}|${ZH_OPEN}[^${ZH_CLOSE}]*${ZH_CLOSE})`;
const SEE = '(?:see|cf\\.?|e\\.g\\.,?|参见|请参见|详见|见)';
/** Parentheses that held only references ("(:eqref:`x`)", "（请参见 :cite:`y`）"). */
const XREF_PAREN = new RegExp(
	`[ \\t]*[(（][ \\t]*(?:${SEE}[ \\t]*)?${REF_NOUN}(?:[ \\t]*(?:,|，|、|;|；|and|和)?[ \\t]*${REF_NOUN})*[ \\t]*[)）]`,
	'giu'
);
/** A "see …" parenthesis pointing elsewhere ("(see :numref:`sec_x` for an example)"). */
const SEE_PAREN = new RegExp(
	`[ \\t]*[(（][ \\t]*${SEE}[ \\t][^()（）\\n]{0,80}?${REF_NOUN}[^()（）\\n]{0,60}?[)）]`,
	'giu'
);

/** Capitalises a sentence that now starts with a reference noun ("the figure depicts" → "The figure depicts"). */
const SENTENCE_START = new RegExp(
	`(^|[.!?]\\s+|\\n[ \\t]*\\n[ \\t]*|\\n[ \\t]*(?:[-*+>]|\\d+[.)])[ \\t]+)${EN_OPEN}([a-z])`,
	'g'
);

/** Something removed, with the spaces around it: one space stays between two (non-CJK) words. */
const GONE_GAP = /(\S?)([ \t]*)(?:\uE102[ \t]*)*\uE102([ \t]*)(\S?)/g;

/** Resolves the markers of one line; a line that lost something is tidied. */
function settleLine(line: string): string | null {
	if (!MARKER.test(line)) return line;
	const lostRef = /[\uE102\uE104\uE108]/.test(line);
	const settled = line
		.replace(SEE_PAREN, '')
		.replace(XREF_PAREN, '')
		.replace(EN_NAMED_REF, (_, w: string) => NOUN[kindOfWord(w)].en[0])
		.replace(GONE_GAP, (_, a: string, s1: string, s2: string, b: string) =>
			a && b && (s1 || s2) && !/[,.;:!?)]/.test(b) && !CJK.test(a + b) ? `${a} ${b}` : a + b
		)
		.replace(/[ \t]*\uE10A/g, '')
		.replace(/\uE10B[ \t]*/g, '')
		.replace(/[\uE104\uE107\uE109]/g, '');
	const tidy = settled
		.replace(/(\S)[ \t]{2,}/g, '$1 ')
		.replace(/(\S)[ \t]+([,.;:!?，。；：！？、）)])/g, '$1$2')
		.replace(/([(（])[ \t]+/g, '$1')
		// A preposition whose object went: "as shown in ." → "as shown.".
		.replace(lostRef ? /(^|\s)(?:in|see|from|of|via|by|cf\.?)(?=[.,;:])/gi : /$^/, '')
		.replace(/^(\s*)[,，;；][ \t]*/, '$1')
		.replace(/[ \t]+$/, '');
	return tidy.trim() ? tidy : null;
}

/** Inline TeX, masked while tags are removed (`$a<b$` is not a tag). */
const MATH_SPAN = /\$\$[\s\S]+?\$\$|\$[^$\n]+?\$|\\\([\s\S]+?\\\)|\\\[[\s\S]+?\\\]/g;

function cleanProse(text: string): string {
	const maths: string[] = [];
	const masked = replaceRoles(text.replace(SLIDE_ONLY, '$2')).replace(
		MATH_SPAN,
		(m) => `\uE105${maths.push(m) - 1}\uE106`
	);
	const stripped = masked
		.replace(COMMENT, GONE)
		.replace(MEDIA_BLOCK, (m) =>
			m.replace(/<[^<>]*>/g, '').trim().length <= CAPTION_CHARS ? GONE : m
		)
		.replace(MEDIA_TAG, GONE)
		.replace(LIQUID_TAG, GONE)
		.replace(IMAGE, GONE);
	const unwrapped = INLINE_TAG.reduce((t, [re, to]) => t.replace(re, `${UNWRAPPED}${to}`), stripped)
		.replace(LIST_TAG, (m: string, at: number, all: string) => {
			const nl = at === 0 || /\n[ \t\uE107]*$/.test(all.slice(0, at)) ? '' : '\n';
			return nl + UNWRAPPED + (/^<li/i.test(m) ? '- ' : '');
		})
		.replace(BREAK_TAG, ` ${UNWRAPPED}`)
		.replace(WRAPPER_TAG, UNWRAPPED)
		.replace(/[\u200b\ufeff]/g, '')
		// TeX's en dash typed in prose ("matrix--vector product"), as the book prints it.
		.replace(/([A-Za-z])--(?=[A-Za-z])/g, '$1–');
	const out: string[] = [];
	for (const line of unwrapped.split('\n')) {
		const settled = settleLine(line);
		if (settled === null) continue;
		// Punctuation that followed a removed citation at a line's start joins the line before.
		const lead =
			settled !== line && out.length ? settled.match(/^\s*([.,;:!?，。；：！？、]+)\s*/) : null;
		if (lead && out[out.length - 1].trim()) {
			out[out.length - 1] += lead[1];
			if (settled.slice(lead[0].length).trim()) out.push(settled.slice(lead[0].length));
		} else out.push(settled);
	}
	return out
		.join('\n')
		.replace(SENTENCE_START, (_, lead: string, c: string) => lead + c.toUpperCase())
		.replace(/\uE108/g, '')
		.replace(/\uE105(\d+)\uE106/g, (_, n) => maths[Number(n)]);
}

/**
 * kramdown writes inline math as `$$…$$`; inside a line with other words it
 * is inline, not a display formula. A line holding only `$$…$$` stays display.
 */
function kramdownInline(text: string): string {
	return text
		.split('\n')
		.map((line) => {
			if (!line.includes('$$')) return line;
			const rest = line.replace(/\$\$[^$]+?\$\$/g, '').trim();
			if (!rest || /^[-*+>]?\s*[.,;:，。；：]?$/.test(rest)) return line;
			return line.replace(/\$\$([^$]+?)\$\$/g, (_, tex: string) => `$${tex.trim()}$`);
		})
		.join('\n');
}

/** Anything the cleaner could change; most card text has none (the full pass costs ~10 ms an article). */
const MAYBE_DEBRIS =
	/:[a-z_]+:|<[a-z!/|]|\{%|\[\*\*|\(\*\*|\(~~|\\\\[([]|#@tab|%%?[a-z]|\$\$|!\[|`{3}|~{3}|[\u200b\ufeff]|[a-z]--[a-z]/i;

/**
 * Text taken from an article for a card face, without the markup a learner
 * should never see: d2l roles (references read as "the figure", "公式";
 * citations and labels go), directives and tab variants, notebook lines in
 * code, HTML comments, anchors and wrappers (a picture goes whole, caption
 * included), Liquid tags, Markdown images, `\\(…\\)` (read as `\(…\)`) and
 * kramdown's inline `$$…$$` (as `$…$`). Code is left as written. Idempotent.
 */
export function cleanCardText(text: string): string {
	if (!text) return text;
	if (!MAYBE_DEBRIS.test(text))
		return text
			.replace(/\r\n?/g, '\n')
			.replace(/\n{3,}/g, '\n\n')
			.trim();
	const prepared = prepareText(stripChatTokens(text.replace(/\r\n?/g, '\n')).text);
	const cleaned = outsideCode(dropLines(prepared), (prose) => kramdownInline(cleanProse(prose)));
	return cleaned.replace(/\n{3,}/g, '\n\n').trim();
}
