import { flattenBlocks } from '../content/parse';
import { stripInline } from '../content/headings';
import type { Block, Section } from '../content/types';
import { formulaName, nameAfter } from './formula-name';
import {
	isContentful,
	isOpen,
	isProseOnly,
	leadAsAnswer,
	leadWeight,
	ownText,
	proseSentences,
	unwrapLines,
	type Owned
} from './formula-text';
import { parseLegend, type LegendEntry } from './legend';
import type { Extraction } from './extract';
import { contextOf } from './text';
import type { CardDraft } from './types';

export { formulaName } from './formula-name';

type MathBlock = Extract<Block, { kind: 'math' }>;

/** One display formula with the text that belongs to it. */
interface Found {
	block: MathBlock;
	section: Section;
	own: Owned;
	/** The paragraph before and after it, when the formula uses them (for the card's lines). */
	prev?: Block;
	next?: Block;
	/** The formula right before it in a display run (no text between them). */
	runHead?: MathBlock;
	/** The formula before it in the section. */
	previous?: MathBlock;
}

const isFormula = (b: Block | undefined): b is MathBlock =>
	b?.kind === 'math' && !isProseOnly(b.tex);
const para = (b: Block | undefined) => (b?.kind === 'paragraph' ? b : undefined);

/** Every display formula of a section with its lead-in, after-text and legend. */
function findFormulas(section: Section): Found[] {
	const blocks = flattenBlocks(section.blocks);
	const out: Found[] = [];
	const explains = (tex: string) => (s: string) => parseLegend(s, tex).length > 0;
	blocks.forEach((block, k) => {
		if (!isFormula(block)) return;
		const prev = para(blocks[k - 1]);
		const next = para(blocks[k + 1]);
		const before = prev ? proseSentences(prev.text) : [];
		const after = next ? proseSentences(next.text) : [];
		const tex = block.tex.trim();
		const leadLast = before[before.length - 1] ?? '';
		// The sentence goes on after the formula: "…can be written as $$…,$$ which holds…",
		// "This means that, if we use $$…$$ to iterate $x$".
		const midSentence = !!leadLast && isOpen(leadLast) && !/[：:]\s*$/.test(leadLast);
		const closed = /\.\s*$/.test(tex) || (!/,\s*$/.test(tex) && !midSentence);
		const before2 = blocks[k - 2];
		const own = ownText({
			before,
			after,
			closed,
			beforeFollowsFormula: !!prev && isFormula(before2),
			afterLeadsFormula: !!next && isFormula(blocks[k + 2]),
			explainsThis: explains(tex),
			...(isFormula(before2) ? { explainsPrevious: explains(before2.tex) } : {})
		});
		// In a run of formulas with no text between them the lead-in introduces the first;
		// the others would only repeat its description (and get asked for the step before).
		const last = out[out.length - 1];
		const inRun = isFormula(blocks[k - 1]) && last?.block === blocks[k - 1];
		if (inRun) {
			out.push({
				block,
				section,
				own: { ...own, lead: [] },
				...(next ? { next } : {}),
				runHead: last.block,
				previous: last.block
			});
			return;
		}
		out.push({
			block,
			section,
			own,
			...(prev ? { prev } : {}),
			...(next ? { next } : {}),
			...(last ? { previous: last.block } : {})
		});
	});
	return out;
}

/** The name a formula's text gives it, and the sentences that describe it. */
function describe(
	f: Found,
	zh: boolean,
	loose: string[]
): { name: string | null; description: string } {
	const { lead, carriesOn, afterFirst } = f.own;
	const leadSentence = lead[lead.length - 1] ?? '';
	const afterName = afterFirst ? nameAfter(afterFirst) : null;
	const name = (leadSentence ? formulaName(leadSentence) : null) ?? afterName;
	// What a sentence says beyond the name ("**均方误差（MSE）**：" says nothing more).
	const beyond = (s: string) => (name ? stripInline(s).replace(name, '') : s);
	let leadParts = leadSentence ? [leadSentence] : [];
	// A lead-in that says little ("即：", "Hence we arrive at") takes the sentences before it,
	// up to two, until there are some 15 characters of content (unless it names the formula).
	if (!name) {
		let k = lead.length - 1;
		while (
			k > 0 &&
			leadParts.length < 3 &&
			(!isContentful(leadParts.join(' ')) ||
				leadWeight(leadParts.join(' ')) < 15 ||
				// "It is a vector of $d$ partial derivatives": say what "it" is.
				/^(?:(?:it|this|that)\b|它|这|其)/iu.test(leadParts[0]))
		)
			leadParts.unshift(lead[--k]);
	}
	// "因此，" / "如下式：" add nothing once the sentence before is there.
	const tail =
		leadParts.length > 1 && zh && !isContentful(leadSentence) && leadWeight(leadSentence) <= 6;
	if (tail) leadParts = leadParts.slice(0, -1);
	// The sentence the formula stands in goes on after it: "…can be written as $$…,$$ which holds …".
	const first = afterFirst ?? '';
	const rest = carriesOn && (f.own.after[0] === first || loose[0] === first) ? first : '';
	const after = [...f.own.after, ...loose].filter((s) => s !== rest);
	const parts: string[] = [];
	if (leadParts.length && (rest || isContentful(beyond(leadParts.join(' '))))) {
		const last = leadParts[leadParts.length - 1];
		parts.push(...leadParts.slice(0, -1), tail ? last : leadAsAnswer(last, zh, rest));
	}
	parts.push(...after);
	if (afterName && afterFirst && !parts.includes(afterFirst) && !f.own.after.includes(afterFirst))
		parts.push(afterFirst);
	const description = parts.join(zh ? '' : ' ').trim();
	return { name, description: isContentful(beyond(description)) ? description : '' };
}

/**
 * Legend entries (the legend sentences, then explicit "denote by / 用…表示"
 * in the lead-in) and the legend sentences that explain no symbol after all
 * ("where broadcasting is applied…"), which describe the formula instead.
 */
function legendOf(f: Found): { entries: LegendEntry[]; used: string[]; loose: string[] } {
	const tex = f.block.tex;
	const entries: LegendEntry[] = [];
	const seen = new Set<string>();
	const used: string[] = [];
	const loose: string[] = [];
	const take = (found: LegendEntry[]) => {
		let n = 0;
		for (const e of found) {
			const key = e.symbol.replace(/\s+/g, '');
			if (seen.has(key)) continue;
			seen.add(key);
			entries.push(e);
			n++;
		}
		return n;
	};
	for (const s of f.own.legend) {
		if (take(parseLegend(s, tex))) used.push(s);
		else loose.push(s);
	}
	take(parseLegend(f.own.lead.join(' '), tex, 'lead'));
	return { entries, used, loose };
}

/** Symbols that share one meaning ask once: "$W_q$, $W_k$ and $w_v$" → the learnable parameters. */
function groupByMeaning(entries: LegendEntry[]): { symbols: string[]; meaning: string }[] {
	const groups: { symbols: string[]; meaning: string }[] = [];
	for (const e of entries) {
		const g = groups.find((x) => x.meaning === e.meaning);
		if (g) g.symbols.push(e.symbol);
		else groups.push({ symbols: [e.symbol], meaning: e.meaning });
	}
	return groups;
}

/**
 * A worked example ("MSE = \\frac{1}{2}(1 - 0)^2 = \\frac{1}{2}", "value = 0.6 * 10 + … = 8"):
 * it ends in a number, which it returns (and the TeX before it). Asking for
 * "the formula for MSE" with it as the answer would mislead, and asking
 * what it computes is trivial (the name stands in it), so it asks for the result.
 */
export function workedExample(tex: string): { steps: string; result: string } | null {
	const parts = tex.split(/=(?![^{]*\})/);
	if (parts.length < 2) return null;
	const last = parts[parts.length - 1].replace(/[\s.,]+$/, '').trim();
	if (!/^[-+]?\s*(?:\d+(?:\.\d+)?|\\frac\{\d+\}\{\d+\}|\\infty)$/.test(last)) return null;
	return { steps: parts.slice(0, -1).join('='), result: last };
}

export const isWorkedExample = (tex: string) => workedExample(tex) !== null;

const endsWithFormulaWord = (name: string) =>
	/(?:公式|方程|等式|formula|equation|rule)$/iu.test(name);

function nameQuestion(name: string, zh: boolean): string {
	if (zh) return endsWithFormulaWord(name) ? `**${name}** 是什么？` : `**${name}** 的公式是什么？`;
	return endsWithFormulaWord(name)
		? `What is the **${name}**?`
		: `What is the formula for **${name}**?`;
}

function symbolQuestion(symbols: string[], name: string | null, zh: boolean): string {
	const many = symbols.length > 1;
	const list = symbols.map((s) => `$${s}$`).join(zh ? '、' : ', ');
	if (zh) {
		const where = name
			? endsWithFormulaWord(name)
				? `在 **${name}** 中`
				: `在 **${name}** 的公式中`
			: '在这个公式中';
		return `${where}，${list} ${many ? '都' : ''}表示什么？`;
	}
	const where = name
		? endsWithFormulaWord(name)
			? `In the **${name}**`
			: `In the formula for **${name}**`
		: 'In this formula';
	return `${where}, what ${many ? 'do' : 'does'} ${list} stand for?`;
}

/**
 * Formula cards for every display formula: name ↔ TeX when the text names
 * it, "what does it express" when the text describes it, one card per
 * meaning its legend gives. A formula the text neither names, describes nor
 * explains still gets one card (what comes before it in the derivation, or
 * the sentence it stands in), so every formula stays reviewable.
 */
export function formulaCards({ sections, zh }: Extraction): CardDraft[] {
	const out: CardDraft[] = [];
	// "$\alpha$ 为学习率" under gradient descent and again under SGD: asked once per article.
	const asked = new Set<string>();
	for (const section of sections) {
		for (const f of findFormulas(section)) out.push(...cardsOf(f, zh, asked));
	}
	return out;
}

function cardsOf(f: Found, zh: boolean, asked: Set<string>): CardDraft[] {
	const { block, section } = f;
	const tex = block.tex;
	const display = `$$\n${tex}\n$$`;
	const { entries: legend, used, loose } = legendOf(f);
	const { name, description } = describe(f, zh, loose);
	const legendText = unwrapLines(used.join(zh ? '' : ' '));
	const usesLead = !!f.prev && (!!name || !!description) && f.own.lead.length > 0;
	const usesNext =
		!!f.next &&
		(f.own.after.length > 0 ||
			f.own.legend.length > 0 ||
			(!!f.own.afterFirst && description.includes(f.own.afterFirst)));
	const start = usesLead ? f.prev!.lines.start : block.lines.start;
	const end = usesNext ? Math.max(f.next!.lines.end, block.lines.end) : block.lines.end;
	const base = {
		kind: 'formula' as const,
		context: contextOf(section, start, end),
		tex,
		// A formula's name, reverse and symbol cards answer each other: siblings.
		sibling: `formula:${block.lines.start}`
	};
	const join = (...parts: string[]) => parts.filter(Boolean).join('\n\n');
	const cards: CardDraft[] = [];

	const example = workedExample(tex);
	if (example) {
		cards.push({
			...base,
			front: `$$\n${example.steps.trim()} = \\;?\n$$\n\n${zh ? '算出结果。' : 'Work out the result.'}`,
			back: join(display, description),
			facet: {
				type: 'formula',
				tex,
				ask: 'result',
				result: example.result,
				...(name ? { name } : {})
			}
		});
	} else if (name) {
		cards.push({
			...base,
			front: nameQuestion(name, zh),
			back: join(display, legendText),
			facet: { type: 'formula', tex, ask: 'tex', name, ...(description ? { description } : {}) }
		});
	}
	if (name && !example) {
		cards.push({
			...base,
			front: `${display}\n\n${zh ? '这个公式是什么？' : 'What is this formula?'}`,
			back: join(`**${name}**`, description, legendText),
			facet: { type: 'formula', tex, ask: 'name', name, ...(description ? { description } : {}) }
		});
	} else if (description && !example) {
		cards.push({
			...base,
			front: `${display}\n\n${zh ? '这个公式表示什么？' : 'What does this formula express?'}`,
			back: join(description, legendText),
			facet: { type: 'formula', tex, ask: 'meaning', description }
		});
	}
	for (const { symbols, meaning } of groupByMeaning(legend)) {
		const key = `${symbols.join(',').replace(/\s+/g, '')}\u0000${meaning}`;
		if (asked.has(key)) continue;
		asked.add(key);
		cards.push({
			...base,
			front: `${symbolQuestion(symbols, name, zh)}\n\n${display}`,
			back: meaning,
			facet: { type: 'symbol', symbol: symbols.join(', '), meaning, tex, ...(name ? { name } : {}) }
		});
	}
	if (!cards.length) {
		const fallback = unexplained(f, zh);
		if (fallback) cards.push({ ...base, ...fallback });
	}
	return cards;
}

/**
 * A formula the text neither names, describes nor explains (say a step of a
 * derivation whose paragraph the step before claims). It still gets one
 * card, so no formula is lost: which formula comes right before it. The
 * first formula of a section with nothing said about it gets none.
 */
function unexplained(f: Found, zh: boolean): Pick<CardDraft, 'front' | 'back' | 'facet'> | null {
	const before = f.runHead ?? f.previous;
	if (!before) return null;
	const display = `$$\n${f.block.tex}\n$$`;
	const inline = before.tex.replace(/\s*\n\s*/g, ' ');
	const description = zh ? `紧接在 $${inline}$ 之后。` : `It comes right after $${inline}$.`;
	return {
		front: `${display}\n\n${zh ? '文中这个公式的前一个公式是什么？' : 'Which formula comes right before this one in the text?'}`,
		back: `$$\n${before.tex}\n$$`,
		facet: { type: 'formula', tex: f.block.tex, ask: 'meaning', description }
	};
}
