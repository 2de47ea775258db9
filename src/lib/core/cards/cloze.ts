import { stripInline } from '../content/headings';
import type { Block, Section } from '../content/types';
import { keyTerms, termKey, termRarity, type KeyTerm } from '../text/keyterms';
import { normalise } from '../text/normalise';
import { overlaps, plainSentence, type PlainSentence, type Range } from '../text/plain';
import { sentences, snapToWords, words, type Word } from '../text/segment';
import { isStopword, wordClass, zipf } from '../text/frequency';
import { ANAPHOR_EN, ANAPHOR_ZH } from '../text/anaphor';
import { dangles } from '../text/dangling';
import {
	abbreviatesHeading,
	compound,
	enumerated,
	generic,
	givenAway,
	promises
} from './cloze-guards';
import type { Extraction } from './extract';
import { clozeFaults } from './quality';
import { isBackMatter } from './scope';
import { contextOf, inFaq, sentenceKey } from './text';
import type { Card, CardDraft, Facet } from './types';

/**
 * The blank as stored in a cloze front (for Anki export, search, backups).
 * On screen the card face draws it from the facet (see `clozeFace`).
 */
export const HOLE = '[…]';
/** How cards stored before facets wrote the blank. */
export const OLD_HOLE = '**[…]**';

/** Sections that list sources: their lines are titles, not facts. */
const REFERENCES = /^(?:参考文献|参考资料|参考|引用|References|Bibliography|Further Reading)$/i;

/** Limits of a sentence worth a cloze: long enough to carry a fact, short enough to read at once. */
const MAX_LEN = 220;
const MIN_LEN = { zh: 10, en: 40 };
/** Share of a sentence that may be math before it is a formula, not prose. */
const MAX_MATH = 0.35;
/** The lowest score a span needs (see `score`): a rare word met once, unmarked, does not make it. */
const MIN_SCORE = 4;
/** Clozes per key term and article: the third sentence about 梯度下降 teaches little new. */
const PER_TERM = 2;

/** Words that say the sentence names or defines the term next to them. */
const CUE_BEFORE =
	/(?:称为|称作|叫做|叫作|名为|简称|又称|也称|即|\b(?:called|known as|termed|refer to as|referred to as|dubbed|named))\s*$/iu;
const CUE_AFTER =
	/^\s*(?:是指|指的是|是一种|是一个|是一类|是|指|表示|定义为|被定义为)|^\s+(?:(?:is|are)\s+(?:a|an|the|one|called|defined|known)|refers? to|denotes?|means)\b/iu;

/** A gloss right after a term: "（Large-scale Model）", " (SGD)", " (or target)". */
const GLOSS = /^\s?[（(]([^（）()]{1,60})[）)]/u;

/**
 * A sentence fit for a cloze: whole (ends in a full stop, not a lead-in ":"
 * or a question), self-contained (no anaphor at its start), of a readable
 * length, and prose rather than math.
 */
export function clozeWorthy(s: PlainSentence, zh: boolean): boolean {
	const t = s.text;
	const math = s.locked.reduce((a, r) => a + (t[r.start] === '$' ? r.end - r.start : 0), 0);
	if (t.length > MAX_LEN || t.length - math < MIN_LEN[zh ? 'zh' : 'en']) return false;
	if (math / t.length > MAX_MATH) return false;
	// A sentence cut at "；" is half a thought (the defining half may follow).
	if (!/[。！.!][”"’)）]*$/u.test(t)) return false;
	if (!/^[\p{L}\p{N}“"$]/u.test(t) || (!zh && /^[a-z]/.test(t))) return false;
	// In a Chinese article, an English line (a reference, a title) is not its prose.
	if (zh && (t.match(/\p{Script=Han}/gu)?.length ?? 0) < 8) return false;
	if ((zh ? ANAPHOR_ZH : ANAPHOR_EN).test(t)) return false;
	if ((zh ? NARRATIVE_ZH : NARRATIVE_EN).test(t)) return false;
	// "…但也面临着一些挑战。": the challenges are in the next sentence, not in this one.
	if (promises(t, zh)) return false;
	// The shared test looks for demonstratives in the first clause only; a cloze shows one
	// sentence and nothing else, so a pointer anywhere in it dangles ("考虑由两个…表示的样本，这两个…").
	return !dangles(t, zh) && !dangling(t, zh);
}

/** Sentences about the book's own flow ("in the following experiments", "本书将…"): no fact. */
const NARRATIVE_ZH =
	/本书|本章|本节|本文|前面|前文|后文|下文|上文|上一[节章]|下一[节章]|接下来|稍后|后续章节|如前所述|我们将|我们会|我们来|我们先|让我们/u;
const NARRATIVE_EN =
	/\b(?:this (?:book|chapter|section)|(?:the|this) (?:next|previous|preceding|following|coming) (?:sections?|chapters?|experiments?|examples?)|later (?:on|in)|(?:we will|we'll|we shall) (?:now |next |later |first |then |soon )?(?:see|discuss|introduce|show|cover|describe|implement|return|learn|look|explore|revisit|study)|let us|let's|(?:introduced|discussed|described|mentioned|seen|shown|defined|presented) (?:above|earlier|before|previously|so far)|below)\b/i;

/**
 * A word that points at something the card does not show: a deictic (这, 此, 该,
 * this, these), the equation or figure "above" or "below", "the resulting …".
 * Cut off from its paragraph the sentence cannot be read.
 */
const DANGLING_ZH =
	/这|(?<![因彼从如由特])此(?![外])|(?<![应])该(?![死])|上式|下式|(?<![\p{Script=Han}])公式(?![\p{Script=Han}])|上面|下面|如下|如图|上述|(?<![\d十百千万亿])以[上下]|前者|后者|图\s*\d/u;
const DANGLING_EN =
	/\b(?:this|these|those|such|above|below|following|former|latter|resulting|aforementioned|both (?:problems|cases|methods|approaches|issues)|the (?:equation|figure|formula|previous|same|two|latter|former))\b/i;

/** The sentence leans on a referent outside it (see `DANGLING_ZH`). */
function dangling(text: string, zh: boolean): boolean {
	// Math is no pointer: "$\mathbf{X}$" holds no deictic word.
	const prose = text.replace(/\$[^$]*\$/g, ' ');
	return (zh ? DANGLING_ZH : DANGLING_EN).test(prose);
}

interface Candidate {
	term: string;
	start: number;
	end: number;
	score: number;
}

/** Words that name the term after them: "称为训练数据集", "名为梯度下降", "is called a label". */
const NAMING_ZH = /(?:称为|称作|叫做|叫作|名为|简称|又称|也称|即|为|是)\s*$/u;

/**
 * The term before a gloss "X（Latin…）": the longest run of words right
 * before it that is a term, or the run right after a naming word (称为, 名为).
 */
function glossedTerm(text: string, at: number, lang: string, gloss: string): Range | null {
	const ws = words(text.slice(0, at), lang);
	// How many words the term likely has: the gloss's words, or an abbreviation's letters.
	const latin = gloss.match(/[A-Za-z][\w-]*/g) ?? [];
	const want = latin.length === 1 && /^[A-Z]{2,6}$/.test(latin[0]) ? latin[0].length : latin.length;
	let best: Range | null = null;
	let bestWords = 0;
	for (let i = ws.length - 1, n = 0; i >= 0 && n < 6; i--, n++) {
		const w = ws[i];
		// Latin words inside a Chinese term are joined by spaces ("Masked Language Model").
		if (!w.isWord && !(w.text === ' ' && /[A-Za-z]$/.test(ws[i - 1]?.text ?? ''))) break;
		const start = w.index;
		if (at - start > 12 && /\p{Script=Han}/u.test(text.slice(start, at))) break;
		// 包括|梯度下降: a common verb or function word before a term as long as its gloss opens
		// no term (计算|机|视觉 goes on: 机 is a piece of a word; one-character 自, 均 are prefixes).
		if (best && bestWords >= want && /\p{Script=Han}/u.test(w.text) && w.text.length > 1) {
			const first = text.slice(best.start, best.end);
			const head = words(first, lang)[0]?.text ?? '';
			const piece = head.length === 1 && !['function', 'modifier'].includes(wordClass(head) ?? '');
			const cls = wordClass(w.text);
			const opener =
				(cls === 'verb' && zipf(w.text) >= 4.5) ||
				((cls === 'function' || cls === 'modifier') && zipf(w.text) >= 5);
			if (opener && !piece) break;
		}
		if (termRarity(text.slice(start, at), lang, true) !== null) {
			best = { start, end: at };
			bestWords = words(text.slice(start, at), lang).filter((x) => x.isWord).length;
		}
		if (best && NAMING_ZH.test(text.slice(0, start))) break;
	}
	return best;
}

/**
 * A parenthesis that glosses the term before it: a translation or an
 * abbreviation (no Chinese in it: "（Large-scale Model）", "(SGD)") or an
 * alias ("（或称为特征维度，…）", "(or target)", "(also called …)"). An example
 * list "（如GPT、BERT等）" is no gloss.
 */
const isGloss = (inner: string) =>
	(!/\p{Script=Han}/u.test(inner) && !/^(?:e\.g\.|i\.e\.|see|cf\.)/i.test(inner)) ||
	/^(?:或|即|也称|又称|简称|or\s|also\s|a\.k\.a)/u.test(inner);

/** Terms a gloss follows in this sentence (Chinese "X（English）", English "X (ABBR)"). */
function glossedTerms(s: PlainSentence, lang: string): Range[] {
	const out: Range[] = [];
	for (const m of s.text.matchAll(/[（(]([^（）()]{1,60})[）)]/gu)) {
		const gloss = m[1];
		const at = m.index! - (s.text[m.index! - 1] === ' ' ? 1 : 0);
		if (lang === 'zh' ? !/[A-Za-z]/.test(gloss) || !isGloss(gloss) : !/^[A-Z]{2,8}s?$/.test(gloss))
			continue;
		const r =
			lang === 'zh'
				? glossedTerm(s.text, at, lang, gloss)
				: initialsBefore(s.text, at, gloss.replace(/s$/, ''));
		if (r && !s.locked.some((l) => overlaps(l, r))) out.push(r);
	}
	return out;
}

/** "stochastic gradient descent (SGD)": the words before whose initials spell the abbreviation. */
function initialsBefore(text: string, at: number, abbr: string): Range | null {
	const ws = [...text.slice(0, at).matchAll(/[A-Za-z][\w-]*/g)];
	for (let n = abbr.length; n >= Math.max(1, abbr.length - 2); n--) {
		const run = ws.slice(-n);
		if (run.length < n) continue;
		const initials = run.map((w) => w[0][0]).join('');
		if (initials.toUpperCase() === abbr.toUpperCase()) return { start: run[0].index!, end: at };
	}
	return null;
}

/**
 * The span touches a content word it belongs with: in Chinese a noun or an
 * unknown word right before or after it (模型|构建, 计算|机|视觉); in English a
 * word that is not a function word, separated by one space (Loss functions).
 */
function glued(text: string, start: number, end: number, lang: string): boolean {
	const ws = words(text, lang).filter((w) => w.isWord);
	const before = ws.findLast((w) => w.index + w.text.length <= start);
	const after = ws.find((w) => w.index >= end);
	const han = (c: string) => /\p{Script=Han}/u.test(c);
	const content = (w: Word) =>
		han(w.text)
			? wordClass(w.text) === 'content' || (!wordClass(w.text) && !isStopword(w.text))
			: !isStopword(w.text) && !/^\d/.test(w.text);
	// "are called generalization", "denoted": a participle before the term names it, not a compound.
	if (CUE_BEFORE.test(text.slice(0, start))) return false;
	// Chinese words touch; English ones stand one space apart. A Latin word beside Chinese is apart.
	const joins = (gap: string, a: string, b: string) =>
		han(a) && han(b) ? gap === '' : !han(a) && !han(b) && gap === ' ';
	if (
		before &&
		joins(text.slice(before.index + before.text.length, start), before.text.at(-1)!, text[start])
	)
		if (content(before)) return true;
	if (after && joins(text.slice(end, after.index), text[end - 1], after.text[0]))
		if (content(after)) return true;
	return false;
}

/** The text ends inside an open parenthesis: "（…，下简称 ", "(also called the ". */
function insideParens(before: string): boolean {
	let depth = 0;
	for (const c of before) depth += c === '（' || c === '(' ? 1 : c === '）' || c === ')' ? -1 : 0;
	return depth > 0;
}

/** Every place `term` stands in `text` on whole-word boundaries. */
function placesOf(text: string, term: string, lang: string): Range[] {
	const hay = termKey(text);
	const key = termKey(term);
	const out: Range[] = [];
	for (let i = hay.indexOf(key); i >= 0; i = hay.indexOf(key, i + 1)) {
		const [s, e] = snapToWords(text, i, i + key.length, lang);
		if (s === i && e === i + key.length) out.push({ start: s, end: e });
	}
	return out;
}

/** Concepts already asked: term (and gloss) → the sentences and definitions that answer them. */
function conceptsOf(earlier: Extraction['earlier']) {
	const asked = new Map<string, string[]>();
	for (const d of earlier) {
		if (d.facet.type !== 'definition') continue;
		const said = [d.facet.sentence, d.facet.definition].filter((x): x is string => !!x);
		for (const t of [d.facet.term, d.facet.gloss]) {
			if (!t) continue;
			const k = termKey(t);
			asked.set(k, [...(asked.get(k) ?? []), ...said.map((x) => normalise(stripInline(x)))]);
		}
	}
	return asked;
}

/**
 * How well `term` at [start, end) makes this sentence's blank: its rarity in
 * general text (0–2), what the sentence does with it (sets it apart +3,
 * glosses it +3, names or defines it +2) and its weight in the article
 * (defined +1, named in a heading +1, set apart elsewhere +0.5, repeated
 * +0.5 per doubling, at most 1.5).
 */
function score(t: KeyTerm, here: { marked: boolean; glossed: boolean; cue: boolean }): number {
	return (
		t.rarity +
		(here.marked ? 3 : t.marked ? 0.5 : 0) +
		(here.glossed ? 3 : 0) +
		(here.cue ? 2 : 0) +
		(t.defined ? 1 : 0) +
		(t.heading ? 1 : 0) +
		Math.min(1.5, Math.log2(Math.max(1, t.count)) / 2)
	);
}

interface Unit {
	section: Section;
	lines: { start: number; end: number };
	raw: string;
	plain: PlainSentence;
}

/**
 * Cloze cards that hide a key term of the article (rare in general text,
 * central in the article: see `keyTerms`), at most one per sentence. Never a
 * span inside math or code, never a term with its gloss left beside the blank
 * (the gloss is hidden with it), never the term a concept card already asks
 * about in the same sentence; sentences that lean on context, lead-ins and
 * mostly-math sentences make none.
 */
export function clozeCards({ article, sections, zh, earlier }: Extraction): CardDraft[] {
	const lang = article.lang;
	const units: Unit[] = [];
	for (const section of sections) {
		if (inFaq(section) || REFERENCES.test(section.title) || isBackMatter(section)) continue;
		for (const block of proseBlocks(section.blocks)) {
			for (const raw of sentences(block.text)) {
				const plain = plainSentence(raw);
				if (plain) units.push({ section, lines: block.lines, raw, plain });
			}
		}
	}
	const asked = conceptsOf(earlier);
	const terms = keyTerms(
		units.map((u) => u.plain),
		{
			lang,
			headings: sections.map((s) => stripInline(s.title)).filter(Boolean),
			defined: [
				...[...earlier].flatMap((d) => (d.facet.type === 'definition' ? [d.facet.term] : [])),
				...units.flatMap((u) =>
					glossedTerms(u.plain, lang).map((r) => u.plain.text.slice(r.start, r.end))
				)
			]
		}
	);
	// One card per sentence: a sentence a concept card already answers with
	// makes no cloze (the two would share one answer).
	const flat = (md: string) => normalise(plainSentence(md)?.text ?? stripInline(md));
	const answered = [...earlier].flatMap((d) =>
		d.facet.type === 'definition' ? [flat(d.facet.sentence ?? ''), flat(d.facet.definition)] : []
	);
	const taken = new Set(earlier.map((d) => d.sibling).filter(Boolean));
	const unanswered = (u: Unit) => {
		const key = normalise(u.plain.text);
		return (
			!taken.has(sentenceKey(stripInline(u.raw))) &&
			!answered.some((a) => a.includes(key) || key.includes(a))
		);
	};
	const picks: { unit: Unit; c: Candidate }[] = [];
	const prose = termKey(units.map((u) => u.plain.text).join('\n'));
	for (const unit of units.filter(unanswered)) {
		const headings = [article.title, ...unit.section.path];
		const shown = termKey(headings.join('\n'));
		const c = bestSpan(unit, terms, asked, lang, { shown, prose, headings });
		if (c && clozeWorthy(unit.plain, zh)) picks.push({ unit, c });
	}
	// At most PER_TERM clozes a term, its best-scored sentences, in document order.
	const kept = new Set<(typeof picks)[number]>();
	const byTerm = new Map<string, typeof picks>();
	for (const p of picks) {
		const k = termKey(p.c.term);
		byTerm.set(k, [...(byTerm.get(k) ?? []), p]);
	}
	for (const group of byTerm.values())
		for (const p of [...group].sort((a, b) => b.c.score - a.c.score).slice(0, PER_TERM))
			kept.add(p);
	const prompt = zh ? '填空：' : 'Fill in the blank: ';
	return picks
		.filter((p) => kept.has(p))
		.map(({ unit, c }): CardDraft => {
			const t = unit.plain.text;
			const span = t.slice(c.start, c.end);
			const facet: Facet = { type: 'cloze', sentence: t, span, at: c.start };
			return {
				kind: 'cloze',
				front: prompt + t.slice(0, c.start) + HOLE + t.slice(c.end),
				back: t.slice(0, c.start) + `**${span}**` + t.slice(c.end),
				facet,
				// The concept card of this sentence keys on its Markdown-stripped source.
				sibling: sentenceKey(stripInline(unit.raw)),
				context: contextOf(unit.section, unit.lines.start, unit.lines.end)
			};
		})
		.filter((d) => clozeFaults(asCard(d), article.source).length === 0);
}

/**
 * The paragraphs of a section outside lists: a list item read alone has lost
 * its frame (the lead-in that says what the items are), so it makes no cloze.
 */
function proseBlocks(blocks: Block[]): Extract<Block, { kind: 'paragraph' }>[] {
	return blocks.flatMap((b) =>
		b.kind === 'paragraph' ? [b] : b.kind === 'quote' ? proseBlocks(b.blocks) : []
	);
}

/** The blank as a stored card, for the quality checks every cloze must pass. */
const asCard = (d: CardDraft) => ({ ...d, id: '', articleId: '', tags: [] }) as Card;

/** The best blank of one sentence, or null when no key term there scores enough. */
function bestSpan(
	unit: Unit,
	terms: Map<string, KeyTerm>,
	asked: Map<string, string[]>,
	lang: string,
	seen: { shown: string; prose: string; headings: string[] }
): Candidate | null {
	const { text, marked, locked } = unit.plain;
	const glossed = glossedTerms(unit.plain, lang);
	const plainKey = normalise(stripInline(unit.raw));
	let best: Candidate | null = null;
	for (const [key, t] of terms) {
		const places = placesOf(text, t.text, lang);
		// Said twice, the second mention gives the first away.
		if (places.length !== 1) continue;
		const start = places[0].start;
		let end = places[0].end;
		// A concept card asks this term with this sentence as its answer: a near-duplicate.
		if (asked.get(key)?.some((said) => said.includes(plainKey) || plainKey.includes(said)))
			continue;
		if (locked.some((r) => overlaps(r, { start, end }))) continue;
		// Inside someone's parentheses it is the gloss, and the term beside it gives it away.
		if (insideParens(text.slice(0, start))) continue;
		// Set apart means the author marked this very term, not a clause around it.
		const isMarked = marked.some((r) => r.start === start && r.end === end);
		const isGlossed = glossed.some((r) => r.start === start && r.end === end);
		// A piece of a glossed term (误差 of 均方误差（MSE）) is not the term.
		if (
			glossed.some((r) => r.start < end && start < r.end && !(r.start === start && r.end === end))
		)
			continue;
		// A piece of a longer compound (构建 of 模型构建, functions of "Loss functions").
		if (glued(text, start, end, lang)) continue;
		// Words before a "label：" that opens the sentence name the point, they are not in it.
		const label = text.match(/^[^，。；：:,;]{1,16}[：:]/u);
		if (label && start < label[0].length) continue;
		const gloss = text.slice(end).match(GLOSS);
		if (gloss && isGloss(gloss[1])) {
			// Hide the term with its gloss, or the gloss would stand beside the blank.
			if (locked.some((r) => overlaps(r, { start: end, end: end + gloss[0].length }))) continue;
			end += gloss[0].length;
			if (end - start > 60) continue;
		}
		// A cloze that leaves almost nothing to read is no question.
		if (text.length - (end - start) < 8) continue;
		const cue = CUE_BEFORE.test(text.slice(0, start)) || CUE_AFTER.test(text.slice(end));
		// The blank must be a term the author set apart here, glossed, or defined (a concept card
		// or a gloss elsewhere) in a sentence that names it; a repeated phrase alone is no term.
		if (!isMarked && !isGlossed && !(cue && (t.defined || t.marked) && t.rarity >= 0.5)) continue;
		if (generic(t.text, lang, isMarked, isGlossed)) continue;
		if (compound(text, start, places[0].end, end, seen.prose)) continue;
		if (givenAway(text, start, places[0].end, end, lang, seen.shown)) continue;
		if (abbreviatesHeading(text.slice(start, end), seen.headings)) continue;
		// One item of an enumeration ("常见的有[…]、WordPiece、…"): any of its peers would fit.
		// Names listed after 称为 / "called" are aliases of one thing, not peers: "$b$称为[…]、偏移量或截距".
		if (enumerated(text, start, end) && !CUE_BEFORE.test(text.slice(0, start))) continue;
		const s = score(t, { marked: isMarked, glossed: isGlossed, cue });
		if (
			s >= MIN_SCORE &&
			(!best || s > best.score || (s === best.score && end - start > best.end - best.start))
		)
			best = { term: t.text, start, end, score: s };
	}
	return best;
}
