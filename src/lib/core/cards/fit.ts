/**
 * Answers a learner can read in a few seconds: every draft's text cleaned of
 * markup debris, big tables summarised, and answers over the budget trimmed
 * at a sentence or block boundary with a pointer to the passage.
 */
import { cleanCardText } from '../content/clean';
import { stripInline } from '../content/headings';
import { allSections, flattenBlocks } from '../content/parse';
import type { Article, Block } from '../content/types';
import { HOLE } from './cloze';
import { isZh } from './text';
import type { CardDraft, Facet } from './types';

/** The rubric's "readable in a few seconds": an answer over ~600 characters is weak. */
export const ANSWER_BUDGET = 600;
/** The hard bound: no answer over 1,500 characters, whatever the source. */
export const ANSWER_LIMIT = 1500;

/**
 * A table stays whole when it is this small (a 3-row comparison is one fact
 * to a learner); a bigger one is summarised by its header and row count.
 */
const TABLE_ROWS = 4;
const TABLE_CHARS = 400;

interface Where {
	zh: boolean;
	line: number;
	endLine: number;
	/** Source line of the table whose header cells are these, if the article has it. */
	tableLine?: (header: string[]) => number | undefined;
}

type UnitKind = 'fence' | 'mermaid' | 'math' | 'list' | 'table' | 'text';

interface Unit {
	kind: UnitKind;
	text: string;
}

const FENCE = /^\s*(`{3,}|~{3,})(.*)$/;
const LIST_ITEM = /^(\s*)(?:[-*+]|\d+[.)])\s+/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const MATH_OPEN = /^\s*(?:\$\$|\\\[)/;

/** Is this line the end of a display formula opened on `open` (`$$…$$`, `\[…\]`)? */
function closesMath(line: string, open: string, first: boolean): boolean {
	const t = line.trim();
	const close = open.startsWith('\\[') ? '\\]' : '$$';
	const body = first ? t.slice(2) : t;
	return body.replace(/[.,;，。；]$/, '').endsWith(close);
}

/** Markdown → its blocks in order (code, formulas and Mermaid whole; the rest split at blank lines). */
function units(md: string): Unit[] {
	const lines = md.split('\n');
	const out: Unit[] = [];
	let buf: string[] = [];
	const flush = () => {
		if (!buf.length) return;
		const text = buf.join('\n');
		const kind: UnitKind =
			buf.length > 1 && buf[0].includes('|') && TABLE_RULE.test(buf[1])
				? 'table'
				: LIST_ITEM.test(buf[0])
					? 'list'
					: 'text';
		out.push({ kind, text });
		buf = [];
	};
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		const fence = line.match(FENCE);
		if (fence) {
			flush();
			const ticks = fence[1];
			const block = [line];
			for (i++; i < lines.length; i++) {
				block.push(lines[i]);
				const m = lines[i].match(FENCE);
				if (m && m[1][0] === ticks[0] && m[1].length >= ticks.length && !m[2].trim()) break;
			}
			const kind = fence[2].trim().toLowerCase().startsWith('mermaid') ? 'mermaid' : 'fence';
			out.push({ kind, text: block.join('\n') });
			continue;
		}
		if (MATH_OPEN.test(line)) {
			flush();
			const open = line.trim();
			const block = [line];
			if (!(open.length > 2 && closesMath(line, open, true))) {
				for (i++; i < lines.length && lines[i].trim(); i++) {
					block.push(lines[i]);
					if (closesMath(lines[i], open, false)) break;
				}
			}
			out.push({ kind: 'math', text: block.join('\n') });
			continue;
		}
		if (!line.trim()) flush();
		else buf.push(line);
	}
	flush();
	return out;
}

const join = (us: Unit[]) => us.map((u) => u.text).join('\n\n');

/** What counts toward an answer's length: a Mermaid diagram is drawn, not read. */
export function answerLength(md: string): number {
	return join(units(md).filter((u) => u.kind !== 'mermaid')).length;
}

// ---------------------------------------------------------------------------
// Tables

/** Cells of one table row, `|` inside code or math left alone. */
function cells(row: string): string[] {
	const masked = row.replace(/`[^`]*`|\$[^$]*\$/g, (m) => m.replace(/\|/g, '\uE000'));
	return masked
		.trim()
		.replace(/^\|/, '')
		.replace(/(?<!\\)\|$/, '')
		.split(/(?<!\\)\|/)
		.map((c) => c.replace(/\uE000/g, '|').trim());
}

function summariseTable(table: string, where: Where): string {
	const rows = table.split('\n');
	const header = cells(rows[0]);
	const body = rows.slice(2).filter((r) => r.trim());
	if (body.length <= TABLE_ROWS && table.length <= TABLE_CHARS) return table;
	const names = header.map((h) => stripInline(h)).filter(Boolean);
	const shown = names.slice(0, 6).map((h) => (h.length > 30 ? h.slice(0, 29) + '…' : h));
	const head = shown.join(' | ') + (names.length > shown.length ? ' | …' : '');
	const line = where.tableLine?.(header) ?? where.line;
	return where.zh
		? `表格：${head}（${body.length} 行）——见原文第 ${line} 行`
		: `Table: ${head} (${body.length} rows) — see the article, line ${line}`;
}

// ---------------------------------------------------------------------------
// Trimming

/** Abbreviations whose full stop ends no sentence. */
const ABBREV =
	/(?:\b(?:e\.g|i\.e|etc|vs|cf|al|Fig|Figs|Eq|Eqs|Sec|No|Dr|Mr|Mrs|Ms|St|approx)|\b[A-Z])\.$/;

/** Same-length mask of inline code and math, so no cut falls inside them. */
function maskInline(text: string): string {
	return text.replace(
		/`+[^`]*`+|\$\$[\s\S]+?\$\$|\$[^$\n]+?\$|\\\([\s\S]+?\\\)|\\\[[\s\S]+?\\\]/g,
		(m) => '\uE000'.repeat(m.length)
	);
}

/** Offsets just after each sentence end of a text block (never inside math, code or bold). */
function sentenceEnds(text: string): number[] {
	const masked = maskInline(text);
	const out: number[] = [];
	const re = /[。！？!?…]+[”’」』）)]*|\.(?=[”’)"]?(?:\s|$))[”’)"]?/gu;
	for (const m of masked.matchAll(re)) {
		const end = m.index! + m[0].length;
		if (m[0].startsWith('.') && ABBREV.test(masked.slice(Math.max(0, m.index! - 8), m.index! + 1)))
			continue;
		if (/^\d$/.test(masked[m.index! - 1] ?? '') && /^\d/.test(masked.slice(end).trim())) continue;
		if ((masked.slice(0, end).match(/\*\*/g)?.length ?? 0) % 2) continue;
		out.push(end);
	}
	if (out[out.length - 1] !== text.length && text.trim()) out.push(text.length);
	return out;
}

/** The longest head of `text` that ends a sentence and fits `room`, or null. */
function headSentences(text: string, room: number): string | null {
	const ends = sentenceEnds(text).filter((e) => e <= room && e < text.length);
	return ends.length ? text.slice(0, ends[ends.length - 1]).trimEnd() : null;
}

/**
 * A block with no sentence end in reach (a run-on sentence longer than the
 * hard bound): its head up to the last clause break that fits, never inside
 * math or code. Only for text that no sentence cut can bound.
 */
function headClauses(text: string, room: number): string | null {
	const masked = maskInline(text).slice(0, room);
	const at = Math.max(...[...masked.matchAll(/[，,；;、]/g)].map((m) => m.index! + 1), -1);
	return at > room / 2 ? text.slice(0, at).trimEnd() : null;
}

/** The longest tail of `text` that starts a sentence and fits `room`, or null. */
function tailSentences(text: string, room: number): string | null {
	const starts = sentenceEnds(text).filter(
		(e) => e > 0 && e < text.length && text.length - e <= room
	);
	return starts.length ? text.slice(starts[0]).trimStart() : null;
}

/** A list's items (a line with a marker at the list's own indentation starts one). */
function items(list: string): string[] {
	const lines = list.split('\n');
	const indent = lines[0].match(LIST_ITEM)![1].length;
	const out: string[][] = [];
	for (const l of lines) {
		const m = l.match(LIST_ITEM);
		if (m && m[1].length === indent) out.push([l]);
		else if (out.length) out[out.length - 1].push(l);
	}
	return out.map((ls) => ls.join('\n'));
}

/** Part of one block that fits `room`, cut at a sentence or item boundary; null if none does. */
function shrink(u: Unit, room: number, tail: boolean, blocksOnly: boolean): Unit | null {
	if (u.kind === 'list') {
		const its = items(u.text);
		const kept: string[] = [];
		let used = 0;
		const order = tail ? [...its].reverse() : its;
		for (const it of order) {
			if (used + it.length + 1 > room) break;
			kept.push(it);
			used += it.length + 1;
		}
		if (kept.length) return { kind: 'list', text: (tail ? kept.reverse() : kept).join('\n') };
		if (blocksOnly) return null;
		const first = tail ? its[its.length - 1] : its[0];
		const part = tail ? tailSentences(first, room) : headSentences(first, room);
		return part ? { kind: 'list', text: part } : null;
	}
	if (u.kind !== 'text' || blocksOnly) return null;
	const part = tail ? tailSentences(u.text, room) : headSentences(u.text, room);
	return part ? { kind: 'text', text: part } : null;
}

/** How a trimmed answer says where the rest is. */
function pointer(where: Where, tail: boolean): string {
	const { line, endLine, zh } = where;
	const lines = endLine > line ? `${line}–${endLine}` : `${line}`;
	const en = endLine > line ? `lines ${lines}` : `line ${lines}`;
	if (tail)
		return zh
			? `……（节选，前文见原文第 ${lines} 行）`
			: `… (an excerpt: the passage begins earlier in the article, ${en})`;
	return zh ? `……（下文见原文第 ${lines} 行）` : `… (continues in the article, ${en})`;
}

/** The pointer that stands for a code block too long for a card. */
function codePointer(u: Unit, where: Where): string {
	const n = u.text.split('\n').length - 2;
	return where.zh
		? `（代码 ${n} 行，见原文第 ${where.line} 行）`
		: `(code, ${n} lines — see the article, line ${where.line})`;
}

const LEADS_IN = /[：:]\s*$/;

/**
 * An answer within the budget: big tables summarised, then whole blocks kept
 * while they fit, the block that overflows cut at a sentence or list item
 * (never inside math, code or bold), and a pointer to the passage appended.
 * Text that leads into something ("…as follows:") keeps its end instead of
 * its start. `blocksOnly` (FAQ answers) cuts only between blocks and items.
 */
export function fitAnswer(md: string, where: Where, blocksOnly = false): string {
	const all = units(md);
	let us = all.map((u) =>
		u.kind === 'table' ? { kind: 'text' as const, text: summariseTable(u.text, where) } : u
	);
	const summarised = us.some((u, k) => u.text !== all[k].text);
	const len = (xs: Unit[]) => answerLength(join(xs));
	if (len(us) <= ANSWER_BUDGET) return summarised ? join(us) : md;
	// Code too long for any card stands as a pointer (it is in the article, whole).
	us = us.map((u) =>
		u.kind === 'fence' && u.text.length > ANSWER_LIMIT / 2
			? { kind: 'text', text: codePointer(u, where) }
			: u
	);
	if (len(us) <= ANSWER_BUDGET) return join(us);

	const tail = us.length === 1 && us[0].kind === 'text' && LEADS_IN.test(us[0].text);
	const note = pointer(where, tail);
	const room = ANSWER_BUDGET - note.length - 2;
	const order = tail ? [...us].reverse() : us;
	const kept: Unit[] = [];
	let used = 0;
	for (const u of order) {
		const size = u.kind === 'mermaid' ? 0 : u.text.length + 2;
		if (used + size <= room) {
			kept.push(u);
			used += size;
			continue;
		}
		const part = shrink(u, room - used, tail, blocksOnly);
		if (part) kept.push(part);
		else if (!kept.length) {
			// Nothing smaller reads whole: keep this block if the hard bound allows, else its first sentences.
			const limit = ANSWER_LIMIT - note.length - 2;
			const clause = (t: string) => headClauses(t, limit);
			const whole =
				u.text.length <= limit
					? u
					: (shrink(u, limit, tail, false) ??
						(u.kind === 'text' && clause(u.text) ? { kind: 'text', text: clause(u.text)! } : null));
			if (whole) kept.push(whole);
		}
		break;
	}
	if (!kept.length) return note;
	return join(tail ? kept.reverse() : kept) + '\n\n' + note;
}

// ---------------------------------------------------------------------------
// The post-pass

const SPAN_OPEN = '\uE020';
const SPAN_CLOSE = '\uE021';

/** Cleans a cloze sentence with its hidden span kept in place; null when the span is gone. */
function cleanCloze(
	f: Extract<Facet, { type: 'cloze' }>
): Extract<Facet, { type: 'cloze' }> | null {
	const end = f.at + f.span.length;
	const marked =
		f.sentence.slice(0, f.at) + SPAN_OPEN + f.span + SPAN_CLOSE + f.sentence.slice(end);
	const cleaned = cleanCardText(marked);
	const open = cleaned.indexOf(SPAN_OPEN);
	const close = cleaned.indexOf(SPAN_CLOSE);
	if (open < 0 || close < open) return null;
	const raw = cleaned.slice(open + 1, close);
	const span = raw.trim();
	if (!span) return null;
	const at = open + raw.length - raw.trimStart().length;
	return { ...f, sentence: cleaned.replace(SPAN_OPEN, '').replace(SPAN_CLOSE, ''), span, at };
}

/**
 * A cloze over a whole ASCII parenthesis hides d2l's slide-only mark
 * (`(**we**)`, `(**对向量相加的两种方法**)`: bold for the slides, not a key
 * term; 2 clozes of the tuning corpus), or a gloss beside its own term.
 */
function slideOnlySpan(f: Extract<Facet, { type: 'cloze' }>): boolean {
	return f.sentence[f.at - 1] === '(' && f.sentence[f.at + f.span.length] === ')';
}

/**
 * A cloze's front and back drawn again from its cleaned sentence, when they
 * are in the form `clozeCards` writes (prompt + sentence with the blank;
 * sentence with the span in bold); null when they are not.
 */
function redrawCloze(
	d: CardDraft,
	was: Extract<Facet, { type: 'cloze' }>,
	now: Extract<Facet, { type: 'cloze' }>
): { front: string; back: string } | null {
	const before = was.sentence.slice(0, was.at);
	const after = was.sentence.slice(was.at + was.span.length);
	const hole = d.front.indexOf(before + HOLE + after);
	if (hole < 0 || d.back !== `${before}**${was.span}**${after}`) return null;
	const nb = now.sentence.slice(0, now.at);
	const na = now.sentence.slice(now.at + now.span.length);
	return {
		front: d.front.slice(0, hole) + nb + HOLE + na,
		back: `${nb}**${now.span}**${na}`
	};
}

const clean = (s: string) => cleanCardText(s);

function cleanFacet(f: Facet): Facet | null {
	switch (f.type) {
		case 'definition':
			return {
				...f,
				term: clean(f.term),
				...(f.gloss !== undefined ? { gloss: clean(f.gloss) } : {}),
				definition: clean(f.definition),
				...(f.sentence !== undefined ? { sentence: clean(f.sentence) } : {})
			};
		case 'formula':
			return {
				...f,
				...(f.name !== undefined ? { name: clean(f.name) } : {}),
				...(f.description !== undefined ? { description: clean(f.description) } : {})
			};
		case 'symbol':
			return {
				...f,
				meaning: clean(f.meaning),
				...(f.name !== undefined ? { name: clean(f.name) } : {})
			};
		case 'cloze':
			return cleanCloze(f);
		case 'faq':
			return { ...f, question: clean(f.question) };
		case 'flow':
			return { ...f, step: clean(f.step), neighbours: f.neighbours.map(clean) };
		case 'list':
			return { ...f, topic: clean(f.topic), items: f.items.map(clean).filter(Boolean) };
		default:
			return f;
	}
}

/** Source lines of the article's tables, by their header cells. */
function tableFinder(article: Article): (header: string[]) => number | undefined {
	const tables = allSections(article.outline)
		.flatMap((s) => flattenBlocks(s.blocks))
		.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
	const key = (cs: string[]) => cs.map((c) => stripInline(c).replace(/\s+/g, '')).join('|');
	return (header) => tables.find((t) => key(t.rows[0] ?? []) === key(header))?.lines.start;
}

/**
 * The last step of card making, over every extractor's drafts: fronts,
 * backs and facets cleaned of markup debris (`cleanCardText`); a card left
 * with nothing to ask or nothing to answer (a picture was its answer) goes;
 * big tables are summarised and long answers trimmed with a pointer to the
 * passage (`fitAnswer`). A list card over the budget answers with its items'
 * gists, the items it asks for, before any trimming.
 */
export function fitDrafts(drafts: CardDraft[], article: Article): CardDraft[] {
	const zh = isZh(article.lang);
	const tableLine = tableFinder(article);
	const out: CardDraft[] = [];
	for (const d of drafts) {
		if (d.facet.type === 'cloze' && slideOnlySpan(d.facet)) continue;
		const facet = cleanFacet(d.facet);
		const redrawn =
			facet?.type === 'cloze' && d.facet.type === 'cloze' ? redrawCloze(d, d.facet, facet) : null;
		const front = redrawn?.front ?? clean(d.front);
		let back = redrawn?.back ?? clean(d.back);
		if (!facet || !front || !back) continue;
		const where: Where = { zh, line: d.context.line, endLine: d.context.endLine, tableLine };
		if (answerLength(back) > ANSWER_BUDGET && facet.type === 'list' && d.kind === 'list') {
			const marker = (k: number) => (facet.ordered ? `${k + 1}.` : '-');
			back = facet.items.map((it, k) => `${marker(k)} ${it}`).join('\n');
		}
		back = fitAnswer(back, where, d.kind === 'faq');
		out.push({
			...d,
			front,
			back,
			facet,
			...(d.steps ? { steps: d.steps.map(clean) } : {})
		});
	}
	return out;
}
