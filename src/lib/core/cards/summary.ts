import { stripInline } from '../content/headings';
import type { Block, Section } from '../content/types';
import { dangles, dropConnective } from '../text/dangling';
import { normalise } from '../text/normalise';
import { sentences, snapToWords, words } from '../text/segment';
import { HOLE } from './cloze';
import {
	abbreviatesHeading,
	compound,
	generic,
	GENERIC_HEAD,
	promises,
	rebuilt
} from './cloze-guards';
import { isStopword } from '../text/frequency';
import { headingTerm, whatIs } from './concept';
import { isTerm, matchDefinition, plainText } from './definition';
import type { Extraction } from './extract';
import { contextOf, inFaq, sentenceKey } from './text';
import type { CardDraft } from './types';

/** "小结", "本章总结", "研究成果总结", "Summary", "Conclusions", "Key takeaways". */
export const SUMMARY_TITLE =
	/^(?:本章|本节|本文|全文)?(?:小结|总结|回顾|要点|要点回顾|结论|结语)$|(?:小结|总结)$|^(?:summary|conclusions?|key\s+takeaways|takeaways|recap|wrap[-\s]?up|in\s+summary)$/i;

/** Items that only say what the text did ("本节介绍了…", "In this section we …"). */
const ABOUT_TEXT =
	/我们(?:介绍|讨论|看到|学习|了解|将|展示|回顾)|\bwe\s+(?:\w+\s+)?(?:introduced|showed|discussed|saw|covered|will|have|motivated|described|reviewed|presented|learned)\b|^(?:本章|本节|本文|本书|这一节|这一章|在本节|在本章|我们|下一节|接下来|in this (?:section|chapter)|this (?:section|chapter)|we\b|next\b|later\b|finally\b|below\b)/iu;

/** Spans that would make a trivial blank ("模型", "method"). */
const WEAK_SPAN_ZH =
	/^(?:模型|方法|数据|问题|结果|过程|函数|参数|算法|技术|任务|领域|应用|系统|网络|计算|训练|学习|时候|情况|能力|性能|效果|目标|作用|方面|特点|部分|内容|形式|方式|程度|速度|大小|时间|空间|更多|一些|所有|不同|相同|简单|复杂|重要|主要|可以|能够|需要|进行|使用|通过)$/u;
const STOP_EN =
	/^(?:the|a|an|of|to|in|on|for|with|and|or|but|is|are|be|can|may|will|we|you|it|this|that|these|those|when|if|too|very|much|more|less|not|no|do|does|get|make|use|used|using|large|small|high|low|good|bad|lot|also|only|once|any|all|some|such|as|at|by|from|than|then|there|their|our|its|into|via|which|what|while|into|about|matter|matters|help|helps|without|models?|methods?|data|functions?|problems?|results?|values?|parameters?|examples?|way|ways|case|cases|thing|things|number|numbers|step|steps|point|points|part|parts|order|sequences?|layers?|inputs?|outputs?)$/i;

/**
 * Summary cards: each bullet of a 小结 / Summary section (or each sentence
 * of a summary paragraph) that states one fact. An item that defines a
 * term is a concept card; otherwise the item becomes a cloze that hides its
 * key term (a term the article defines, emphasises or titles a section
 * with, or a phrase it keeps using), preferring a term other than the
 * article's own topic, whose blank would be guessed from the title. Items
 * with no such term, that repeat it, or that only describe the text
 * ("In this section we …"), make no card.
 */
export function summaryCards({ article, sections, zh, earlier }: Extraction): CardDraft[] {
	const out: CardDraft[] = [];
	const summaries = sections.filter((s) => s.level > 0 && !inFaq(s) && SUMMARY_TITLE.test(s.title));
	if (!summaries.length) return out;
	const lang = article.lang;
	const defined = new Set(
		earlier.flatMap((d) => (d.facet.type === 'definition' ? [normalise(d.facet.term)] : []))
	);
	const keys = keyTerms(sections, earlier, zh);
	const prose = articleProse(sections);
	const title = normalise(article.title);
	for (const section of summaries) {
		for (const { text, block } of items(section)) {
			// "In particular, the […] is…" keeps its fact without the connective; an item that
			// still points elsewhere ("For instance…", "these values", "上式") is no card (round 2).
			const item = dropConnective(plainText(text));
			if (dangles(item, zh)) continue;
			if (item.length < 8 || item.length > 220 || ABOUT_TEXT.test(item) || /[？?]$/.test(item))
				continue;
			if (/^(?:它|它们|这|这些|其|they|it|these|this)\b/iu.test(item)) continue;
			const context = contextOf(section, block.lines.start, block.lines.end);
			const def = matchDefinition(item, lang, { copula: true });
			if (def && !defined.has(normalise(def.term)) && isTerm(def.term, zh)) {
				defined.add(normalise(def.term));
				out.push({
					kind: 'concept',
					front: whatIs(def.full, zh),
					back: def.sentence,
					facet: {
						type: 'definition',
						term: def.term,
						...(def.gloss ? { gloss: def.gloss } : {}),
						definition: def.sentence,
						sentence: def.sentence
					},
					sibling: sentenceKey(def.sentence),
					context
				});
				continue;
			}
			const span = pickSpan(item, keys, prose, title, lang);
			if (!span) continue;
			const { at, text: hidden } = span;
			// Given away or a guess among peers (judged on unseen articles): a span the headings
			// shown with the card name, or one item of an enumeration ("A、[…]等").
			const headings = [article.title, ...section.path];
			const shown = normalise(headings.join(' '));
			const end = at + hidden.length;
			const touching = item.slice(Math.max(0, at - 1), at) + item.slice(end, end + 1);
			if (shown.includes(normalise(hidden)) || /[、,，和与及或]/u.test(touching)) continue;
			// "[RNN]" under "Recurrent Neural Networks"; "位置编码来注入绝对或相对的[位置信息]" next to
			// 顺序信息: the headings or the item's own words give the blank away (fresh set 2, 6 and 13).
			if (abbreviatesHeading(hidden, headings)) continue;
			if (rebuilt(item, at, end, lang)) continue;
			if (promises(item, zh)) continue;
			out.push({
				kind: 'cloze',
				front:
					(zh ? '填空：' : 'Fill in the blank: ') +
					item.slice(0, at) +
					HOLE +
					item.slice(at + hidden.length),
				back: item.slice(0, at) + `**${hidden}**` + item.slice(at + hidden.length),
				facet: { type: 'cloze', sentence: item, span: hidden, at },
				sibling: sentenceKey(item),
				context
			});
		}
	}
	return out;
}

/** The summary's facts: its list items, or the sentences of its paragraphs when it has no list. */
function items(section: Section): { text: string; block: Block }[] {
	const lists = section.blocks.filter((b) => b.kind === 'list');
	if (lists.length)
		return lists.flatMap((l) =>
			l.kind === 'list'
				? l.items.flatMap((it) => {
						const head = it.blocks[0];
						return head?.kind === 'paragraph' ? [{ text: head.text, block: head }] : [];
					})
				: []
		);
	return section.blocks.flatMap((b) =>
		b.kind === 'paragraph' ? sentences(b.text).map((text) => ({ text, block: b })) : []
	);
}

/** Terms the article itself marks: defined terms, emphasised words, section titles and their parts. */
function keyTerms(sections: Section[], earlier: readonly CardDraft[], zh: boolean): Set<string> {
	const out = new Set<string>();
	const add = (t: string | undefined) => {
		const s = t?.trim();
		if (s && s.length >= 2 && s.length <= 40 && isTerm(s, zh, true)) out.add(s);
	};
	for (const d of earlier)
		if (d.facet.type === 'definition') {
			add(d.facet.term);
			add(d.facet.gloss);
		}
	for (const s of sections) {
		if (s.level === 0 || SUMMARY_TITLE.test(s.title)) continue;
		const t = headingTerm(stripInline(s.title));
		add(t);
		for (const part of t.split(
			/\s*(?:与|和|及|以及|、|，|,|:|：|\band\b|\bwith\b|\bfor\b|\bof\b|\bvs\.?)\s*/iu
		))
			add(part);
		for (const b of s.blocks)
			if (b.kind === 'paragraph')
				for (const m of b.text.matchAll(/(?<![*\w])\*{1,2}([^*\n$`]{2,30}?)\*{1,2}(?![*\w])/g))
					add(m[1]);
	}
	return out;
}

function articleProse(sections: Section[]): string {
	return normalise(
		sections
			.flatMap((s) => s.blocks)
			.flatMap((b) => (b.kind === 'paragraph' ? [plainText(b.text)] : []))
			.join('\n')
	);
}

const count = (hay: string, needle: string) => (needle ? hay.split(needle).length - 1 : 0);

/**
 * The span to hide: a key term of the article (else a word-aligned phrase
 * it uses three times or more) that occurs once in the item, is not the
 * whole item, and is not the article's topic when another term is there.
 */
function pickSpan(item: string, keys: Set<string>, prose: string, title: string, lang: string) {
	const zh = lang === 'zh';
	const low = normalise(item);
	type C = { at: number; text: string; tier: number };
	const found: C[] = [];
	const consider = (text: string, tier: number) => {
		const n = normalise(text);
		if (!n || count(low, n) !== 1) return;
		const at = low.indexOf(n);
		// normalise keeps lengths for this text (case and NFKC of CJK/ASCII), so offsets carry over.
		const exact = item.slice(at, at + text.length);
		if (normalise(exact) !== n) return;
		if (item.length - text.length < 8) return;
		// Never inside math or code (a blank in "$\mathbf{v}$" breaks the formula), never half
		// of a compound ("stochastic […]" for SGD), never a common word ("past data").
		if (inMathOrCode(item, at, at + text.length)) return;
		if (halfCompound(item, at, at + text.length, lang, prose)) return;
		if (generic(exact, lang, tier === 0, false)) return;
		// A phrase the article only repeats, or one word, before a category noun ("the […]
		// process"), is that noun's modifier: the blank asks to finish a collocation.
		const oneWord = !/\s/.test(exact.trim());
		if ((tier > 0 || oneWord) && modifiesHead(item.slice(at + text.length), lang)) return;
		const topic = title.includes(n) || n.includes(title);
		found.push({ at, text: exact, tier: topic ? tier + 2 : tier });
	};
	for (const k of keys) {
		consider(k, 0);
		// "learning rates" for the heading "Learning Rate".
		if (!zh) consider(k + 's', 0);
	}
	for (const phrase of phrases(item, lang))
		if (count(prose, normalise(phrase)) >= 3) consider(phrase, 1);
	const ok = found.filter((c) => !(zh ? WEAK_SPAN_ZH : STOP_EN).test(c.text));
	// Of overlapping candidates the longest is the term ("极大似然估计", not its "似然").
	const whole = ok.filter(
		(c) =>
			!ok.some(
				(d) =>
					d !== c &&
					d.text.length > c.text.length &&
					d.at <= c.at &&
					d.at + d.text.length >= c.at + c.text.length
			)
	);
	whole.sort((a, b) => a.tier - b.tier || b.text.length - a.text.length || a.at - b.at);
	const best = whole[0];
	// Hiding the article's own topic asks what the title already says.
	if (!best || best.tier >= 2) return null;
	// Widen to whole words so the blank never cuts a word in two ("加性注意力" in "可加性注意力"),
	// but by a character or two only: more would hide a phrase the article never named.
	const [at, end] = snapToWords(item, best.at, best.at + best.text.length, lang);
	if (best.at - at + (end - best.at - best.text.length) > (zh ? 2 : 0)) return null;
	if (item.length - (end - at) < 8) return null;
	return { at, text: item.slice(at, end), tier: best.tier };
}

/**
 * The span is the tail of a longer term: in Chinese the word touching it makes
 * a word or a repeated phrase with it (全局|最小值); in English the word before
 * makes with it a phrase the article says elsewhere ("stochastic | gradient
 * descent"). A verb before ("using […]") or a head noun after ("[…] scoring
 * function") leaves the span a term of its own.
 */
function halfCompound(item: string, start: number, end: number, lang: string, prose: string) {
	if (lang === 'zh') return compound(item, start, end, end, prose);
	const before = item.slice(0, start).match(/([A-Za-z][\w-]*)\s$/);
	if (!before || isStopword(before[1].toLowerCase())) return false;
	// The summary's items are list items, outside `prose`: once there is a phrase of the article.
	return prose.includes(normalise(`${before[1]} ${item.slice(start, end)}`));
}

/** The text after a span starts with a category noun ("process", "方法"), which the span modifies. */
function modifiesHead(after: string, lang: string): boolean {
	if (lang === 'zh') {
		const next = after.match(/^\p{Script=Han}{2}/u)?.[0];
		return !!next && GENERIC_HEAD.test(next);
	}
	const next = after.match(/^\s+([A-Za-z]+)/)?.[1] ?? '';
	// "processes", "methods": the singular is the category.
	return [next, next.replace(/es$/, ''), next.replace(/s$/, '')].some(
		(w) => w && GENERIC_HEAD.test(w)
	);
}

/** Whether [start, end) touches inline math (`$…$`) or code (`` `…` ``) in the item. */
function inMathOrCode(item: string, start: number, end: number): boolean {
	for (const m of item.matchAll(/\$\$[^$]+\$\$|\$[^$\n]+\$|`[^`]+`/g))
		if (m.index! < end && start < m.index! + m[0].length) return true;
	return false;
}

/** Word-aligned runs of 1–4 words with no function word at either end. */
function phrases(item: string, lang: string): string[] {
	const zh = lang === 'zh';
	const ws = words(item, lang).filter((w) => w.isWord);
	const out: string[] = [];
	for (let i = 0; i < ws.length; i++)
		for (let j = i; j < Math.min(ws.length, i + 4); j++) {
			const a = ws[i];
			const b = ws[j];
			const text = item.slice(a.index, b.index + b.text.length);
			if (/[，,。；;：:、\s]{2,}|[，,。；;：:、]/.test(text)) break;
			if (zh) {
				const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
				if (han < 3 || /[的了是在和与会使就也都而不]/u.test(text)) continue;
			} else if (STOP_EN.test(a.text) || STOP_EN.test(b.text) || text.length < 6) continue;
			out.push(text);
		}
	return out;
}
