import { flattenBlocks } from '../content/parse';
import { stripInline } from '../content/headings';
import type { Section } from '../content/types';
import { normalise } from '../text/normalise';
import { sentences } from '../text/segment';
import type { Extraction } from './extract';
import { contextOf, inFaq, sentenceKey, SourceLines } from './text';
import type { CardDraft } from './types';

/** "大模型（Large-scale Model），是指…" → term 大模型, alias Large-scale Model. */
const DEF_ZH =
	/^(.{1,30}?)\s*(?:（([^）]{1,80})）|\(([^)]{1,80})\))?\s*[，,]?\s*(?:通常|一般)?(?:是指|指的是|是一种|是一个|是一类|是由|被定义为|定义为|是)/u;
const DEF_EN =
	/^(?:an?\s+|the\s+)?([A-Za-z][\w\s-]{0,50}?)\s*(?:\(([^)]{1,60})\))?\s+(?:is|are|refers to|means|denotes|is defined as)\s+/;
/** Patterns strong enough to make a concept from any sentence. */
const STRONG = /是指|指的是|被定义为|refers to|is defined as/;

const CONCEPT_HEADING = /(?:的)?(?:概念|定义|含义|是什么)$|^(?:what is|definition of)\s/i;

export interface Definition {
	term: string;
	gloss?: string;
	/** The term with its gloss, "GPT（Generative Pre-trained Transformer）". */
	full: string;
	sentence: string;
}

export function matchDefinition(sentence: string, lang: string): Definition | null {
	const plain = stripInline(sentence);
	const m = plain.match(lang === 'zh' ? DEF_ZH : DEF_EN);
	if (!m) return null;
	const term = m[1]
		.replace(/^(?:而|那么|所谓的|所谓)/u, '')
		.replace(/(?:主要|通常|一般|也|都|就|则|即|其实)$/u, '')
		.trim();
	if (!term || /[，,。$\\[\]]/.test(term) || /^(?:这|它|其|this|it|they)/i.test(term)) return null;
	const gloss = m[2] ?? m[3];
	const full = gloss ? (lang === 'zh' ? `${term}（${gloss}）` : `${term} (${gloss})`) : term;
	return { term, ...(gloss ? { gloss } : {}), full, sentence: plain };
}

/** The heading names the defined term ("GPT系列模型" ⊃ "GPT"; "大模型的概念" ⊃ "大模型"). */
function namesTerm(title: string, term: string): boolean {
	const t = normalise(title);
	const d = normalise(term);
	return (
		d.length > 0 && (t.includes(d) || d.includes(t.replace(/(?:的)?(?:概念|定义|含义)$/u, '')))
	);
}

/**
 * Concept cards: (1) a heading whose first paragraph defines it, (2) a bold
 * lead-in list item "**SaaS服务**：…", (3) any sentence with a strong
 * definition pattern ("X是指…", "X refers to …").
 */
export function conceptCards({ article, sections, src, zh }: Extraction): CardDraft[] {
	const cards: CardDraft[] = [];
	const facet = (def: Definition, definition: string) => ({
		type: 'definition' as const,
		term: def.term,
		...(def.gloss ? { gloss: def.gloss } : {}),
		definition,
		sentence: def.sentence
	});
	for (const section of sections) {
		if (inFaq(section)) continue;
		const first = section.blocks[0];
		let used: unknown;
		if (section.level > 0 && first?.kind === 'paragraph') {
			const def = matchDefinition(sentences(first.text)[0] ?? '', article.lang);
			if (def && namesTerm(section.title, def.term)) {
				used = first;
				const front = CONCEPT_HEADING.test(section.title)
					? section.title
					: zh
						? `什么是 **${def.full}**？`
						: `What is **${def.full}**?`;
				const back = src.slice(first.lines.start, first.lines.end);
				cards.push({
					kind: 'concept',
					front,
					back,
					facet: facet(def, stripInline(back)),
					sibling: sentenceKey(def.sentence),
					context: contextOf(section, first.lines.start, first.lines.end)
				});
			}
		}
		for (const block of flattenBlocks(section.blocks)) {
			if (block === used || block.kind !== 'paragraph') continue;
			for (const s of sentences(block.text)) {
				if (!STRONG.test(s)) continue;
				const def = matchDefinition(s, article.lang);
				if (!def) continue;
				cards.push({
					kind: 'concept',
					front: zh ? `什么是 **${def.full}**？` : `What is **${def.full}**?`,
					back: def.sentence,
					facet: facet(def, def.sentence),
					sibling: sentenceKey(def.sentence),
					context: contextOf(section, block.lines.start, block.lines.end)
				});
			}
		}
		cards.push(...leadIns(section, src, zh));
	}
	return cards;
}

const LEAD_IN = /^\*\*([^*]{1,40}?)[：:]?\*\*\s*[：:]\s*(\S[\s\S]*)$/u;

function leadIns(section: Section, src: SourceLines, zh: boolean): CardDraft[] {
	const out: CardDraft[] = [];
	for (const block of section.blocks) {
		if (block.kind !== 'list') continue;
		for (const item of block.items) {
			const head = item.blocks[0];
			if (head?.kind !== 'paragraph') continue;
			const m = head.text.match(LEAD_IN);
			if (!m || /[[\]()]/.test(m[1])) continue;
			const rest =
				item.blocks.length > 1
					? '\n\n' + src.slice(item.blocks[1].lines.start, item.lines.end)
					: '';
			const where = section.title;
			const back = (m[2].trim() + rest).trim();
			out.push({
				kind: 'concept',
				front: where ? (zh ? `${where}：**${m[1]}**` : `${where}: **${m[1]}**`) : `**${m[1]}**`,
				back,
				facet: { type: 'definition', term: m[1].trim(), definition: stripInline(back) },
				context: contextOf(section, item.lines.start, item.lines.end)
			});
		}
	}
	return out;
}
