import { stripInline } from '../content/headings';
import type { Block, Section } from '../content/types';
import { dangles } from '../text/dangling';
import { normalise } from '../text/normalise';
import { sentences } from '../text/segment';
import { headingTerm } from './concept';
import { plainText } from './definition';
import type { Extraction } from './extract';
import { contextOf, inFaq, isFaqSection, SourceLines } from './text';
import type { CardDraft } from './types';

export { isFaqSection } from './text';

/** "问题1：如何…？" → "如何…？"; "Q: Why…" → "Why…". */
function question(text: string): string {
	return stripInline(text)
		.replace(/^(?:问题\s*\d*|Q\d*|问)\s*[：:.]\s*/i, '')
		.trim();
}

/** Drops a leading "**回答**：" / "A:" / "答：" from an answer. */
function answer(text: string): string {
	return text
		.replace(/^\s*(?:\*\*)?(?:回答|答案|答|A|Answer)(?:\*\*)?\s*[：:](?:\*\*)?\s*/i, '')
		.trim();
}

/** A bold or "Q:" line that asks something inside an FAQ section. */
const QUESTION_LINE = /^(?:\*\*)?(?:Q\d*|问题\s*\d*|问)\s*[：:.]|^\*\*[^*]+[？?]\*\*\s*$/i;

/**
 * FAQ cards: inside a section titled 常见问题 / FAQ …, each sub-heading or
 * bold question line is a question; its answer is everything up to the next
 * question, lists and formulas included, quoted as written.
 */
export function faqCards(x: Extraction): CardDraft[] {
	const { sections, src } = x;
	const out: CardDraft[] = [];
	for (const faq of sections.filter(isFaqSection)) {
		for (const q of faq.children) {
			const back = answer(src.slice(q.lines.start + 1, q.endLine));
			if (!back) continue;
			const front = question(q.title);
			out.push({
				kind: 'faq',
				front,
				back,
				facet: { type: 'faq', question: front },
				context: contextOf(q, q.lines.start, q.endLine)
			});
		}
		out.push(...questionLines(faq, faq.blocks, src));
	}
	return [...out, ...questionsElsewhere(x, out)];
}

function questionLines(section: Section, blocks: Block[], src: SourceLines): CardDraft[] {
	const out: CardDraft[] = [];
	const starts = blocks
		.map((b, k) => (b.kind === 'paragraph' && QUESTION_LINE.test(b.text) ? k : -1))
		.filter((k) => k >= 0);
	starts.forEach((k, n) => {
		const q = blocks[k] as Extract<Block, { kind: 'paragraph' }>;
		const [first, ...rest] = q.text.split('\n');
		const lastBlock = blocks[(starts[n + 1] ?? blocks.length) - 1];
		const end = Math.max(lastBlock.lines.end, q.lines.end);
		const inPara = rest.join('\n');
		const after = end > q.lines.end ? src.slice(q.lines.end + 1, end) : '';
		const back = answer([inPara, after].filter(Boolean).join('\n\n'));
		if (!back) return;
		const front = question(first);
		out.push({
			kind: 'faq',
			front,
			back,
			facet: { type: 'faq', question: front },
			context: contextOf(section, q.lines.start, end)
		});
	});
	return out;
}

/** Headings that ask: "…？", "为什么…", "如何…", "什么是…", "What is …", "Why …?", "How …?". */
const QUESTION_ZH =
	/[？?]$|^(?:什么是|何为|何谓|为什么|为何|如何|怎样|怎么|是否|哪些|哪种|有哪些)|(?:是什么|有哪些|为什么|怎么办|怎么样|吗)$/u;
const QUESTION_EN = /\?$|^(?:what\s+(?:is|are)|why)\b/i;

/** Exercises ask too, but their answers are the learner's to find. */
const EXERCISES = /^(?:练习|习题|思考题|作业|exercises?|problems|questions for review)$/i;

/** An answer a learner reads in a few seconds; the issue's rubric calls longer ones weak. */
const MAX_ANSWER = 600;

/** "那么，究竟什么是注意力机制？" → "什么是注意力机制？"; "为什么预处理有效呢？" → "为什么预处理有效？". */
export function cleanQuestion(text: string, zh: boolean): string {
	let q = plainText(text)
		.replace(/^(?:那么|所以|因此|但是|然而|于是|那|so|then|but|now)\s*[，,]?\s*/iu, '')
		.replace(/^(?:究竟|到底)\s*/u, '')
		.replace(/(?:呢|啊|呀)([？?])$/u, '$1')
		.trim();
	if (!/[？?]$/.test(q)) q += zh ? '？' : '?';
	return q;
}

const isQuestionHeading = (title: string) => {
	const t = stripInline(title).trim();
	return QUESTION_ZH.test(t) || QUESTION_EN.test(t);
};

/**
 * Questions outside FAQ sections: a question heading ("什么是注意力机制",
 * "Why …?") is answered by its section's own text; a question standing as
 * its own sentence at the start of a paragraph ("为什么预处理有效呢？") by
 * the prose right after it. Answers are quoted as written and trimmed to
 * whole blocks or sentences under ~600 characters; a question whose answer
 * runs into a formula or a code listing, or needs the text before it
 * ("这个算法…如何呢？"), makes no card.
 */
function questionsElsewhere(
	{ article, sections, src, zh, earlier }: Extraction,
	faq: CardDraft[]
): CardDraft[] {
	const out: CardDraft[] = [];
	const asked = new Set(faq.map((c) => key(c.front)));
	const defined = new Set(
		earlier.flatMap((d) => (d.facet.type === 'definition' ? [key(d.facet.term)] : []))
	);
	const add = (front: string, back: string, section: Section, start: number, end: number) => {
		if (!back || asked.has(key(front))) return;
		asked.add(key(front));
		out.push({
			kind: 'faq',
			front,
			back,
			facet: { type: 'faq', question: front },
			context: contextOf(section, start, end)
		});
	};
	for (const section of sections) {
		if (
			inFaq(section) ||
			EXERCISES.test(section.title) ||
			section.path.some((p) => EXERCISES.test(p))
		)
			continue;
		if (section.level > 0 && isQuestionHeading(section.title)) {
			const front = cleanQuestion(section.title, /\p{Script=Han}/u.test(section.title));
			// "什么是 NLP" when a concept card already defines NLP: that card is the answer.
			const term = headingTerm(section.title);
			if (!(term !== section.title && defined.has(key(term)))) {
				const answer = headingAnswer(section, src, front, term, zh);
				if (answer) add(front, answer.back, section, answer.start, answer.end);
			}
		}
		inlineQuestions(section, src, zh, article.lang).forEach((q) =>
			add(q.front, q.back, section, q.start, q.end)
		);
	}
	return out;
}

const key = (s: string) => normalise(plainText(s)).replace(/[？?。.！!\s]/g, '');

type Answer = { back: string; start: number; end: number };

/** Blocks that can stand in an answer (figures' HTML and code listings cannot). */
const ANSWER_KINDS = new Set<Block['kind']>(['paragraph', 'list', 'math', 'quote', 'table']);

function headingAnswer(
	section: Section,
	src: SourceLines,
	question: string,
	term: string,
	zh: boolean
): Answer | null {
	const blocks = section.blocks.filter((b) => ANSWER_KINDS.has(b.kind));
	if (!blocks.length) return null;
	// The text may ask the heading's question again ("那么，究竟什么是注意力机制？"): the answer follows it.
	let from = blocks.findIndex(
		(b) =>
			b.kind === 'paragraph' &&
			/[？?]\s*$/.test(b.text) &&
			key(cleanQuestion(b.text, zh)) === key(question)
	);
	if (from >= 0) from += 1;
	else if (term && term !== question) {
		// "什么是X": start where the text starts talking about X.
		const t = normalise(term);
		from = blocks.findIndex(
			(b) => b.kind === 'paragraph' && normalise(plainText(b.text)).startsWith(t)
		);
	}
	// Round 2: a heading question answered by its section's intro (a recap, a roadmap, a
	// rhetorical question, a figure reference) is not answered. Skip such paragraphs; an
	// answer that starts at a list or a formula instead would lack its lead-in, so none.
	// Where the text starts talking about X may lean on a figure ("如图7.7所示"): then the
	// section's own opening ("简单来说，大模型Agent是…的系统") is the answer.
	for (const start of new Set([from, 0].filter((i) => i >= 0))) {
		let at = start;
		while (at < blocks.length && isIntro(blocks[at], zh)) at++;
		if (at < blocks.length && blocks[at].kind === 'paragraph')
			return trimAnswer(blocks.slice(at), src, zh);
	}
	return null;
}

/** "In this section we…", "本节介绍…", "接下来我们…": text about the text, not an answer. */
const ROADMAP =
	/^(?:in this (?:section|chapter)|this (?:section|chapter)|we (?:will|now|first|begin|start)\b|let us|let's|本节|本章|本文|下面我们|接下来|我们(?:将|先|首先|来|现在))/iu;

function isIntro(block: Block, zh: boolean): boolean {
	if (block.kind !== 'paragraph') return false;
	const first = sentences(plainText(block.text))[0] ?? '';
	return !first || /[？?]$/.test(first) || ROADMAP.test(first) || dangles(first, zh);
}

/** Whole blocks while they fit; a first paragraph too long is cut at a sentence. */
function trimAnswer(blocks: Block[], src: SourceLines, zh: boolean): Answer | null {
	const parts: string[] = [];
	let start = 0;
	let end = 0;
	let size = 0;
	for (const b of blocks) {
		const text = src.slice(b.lines.start, b.lines.end);
		if (size + text.length > MAX_ANSWER) {
			if (parts.length || b.kind !== 'paragraph') break;
			const cut = leadingSentences(b.text, MAX_ANSWER, zh);
			if (!cut) return null;
			parts.push(cut);
			start = b.lines.start;
			end = b.lines.end;
			break;
		}
		parts.push(text);
		if (!start) start = b.lines.start;
		end = b.lines.end;
		size += text.length;
		// A full paragraph that ends its point is one fact; what follows is the next one.
		if (b.kind === 'paragraph' && /[。.!！]$/.test(text) && text.length >= (zh ? 120 : 300)) break;
	}
	// Never end on a lead-in ("…如下：") whose list or formula did not fit.
	while (parts.length && /[：:]\s*$/.test(parts[parts.length - 1])) parts.pop();
	if (!parts.length) return null;
	return { back: parts.join('\n\n'), start, end };
}

function leadingSentences(text: string, max: number, zh: boolean): string | null {
	let out = '';
	for (const s of sentences(text)) {
		const next = out ? out + (zh ? '' : ' ') + s : s;
		if (next.length > max) break;
		out = next;
	}
	out = out.replace(/\n/g, zh ? '' : ' ');
	return out && !/[：:]\s*$/.test(out) ? out : null;
}

/** 《…》, （…）, “…” all closed: a question cut out of a title is not one. */
const balanced = (t: string) =>
	[
		['《', '》'],
		['（', '）'],
		['“', '”'],
		['(', ')']
	].every(([a, b]) => t.split(a).length === t.split(b).length);

/** A question that needs the text before it ("这个算法…", "我们怎样…", "What happens if this …"). */
const NEEDS_CONTEXT_ZH =
	/这|那|它|其|此|该|上述|他们|我们|你|如果|假设|假如|会怎么样|怎么样了|^(?:还有|另外|此外|除此之外|除了)/u;
const NEEDS_CONTEXT_EN =
	/\b(?:this|that|these|those|it|its|they|them|we|our|you|if|suppose|above|here|else|besides|other)\b/i;

/**
 * "为什么预处理有效呢？ 假设…。幸运的是，…": a paragraph that opens with a
 * question of its own and answers it in prose (no formula, no lead-in).
 */
function inlineQuestions(section: Section, src: SourceLines, zh: boolean, lang: string) {
	const out: { front: string; back: string; start: number; end: number }[] = [];
	if (section.level === 0) return out;
	section.blocks.forEach((b, k) => {
		if (b.kind !== 'paragraph') return;
		const said = sentences(b.text);
		const at = said.findIndex((t) => /[？?]$/.test(t));
		if (at < 0) return;
		const [first, ...rest] = said.slice(at);
		if (first.length > 80 || !balanced(first)) return;
		const front = cleanQuestion(first, zh);
		const bare = front.replace(/[？?]$/, '');
		if ((zh ? NEEDS_CONTEXT_ZH : NEEDS_CONTEXT_EN).test(bare) || /[$：:]/.test(bare)) return;
		if (
			bare.length < (zh ? 5 : 12) ||
			!(zh ? QUESTION_ZH : /^(?:why|how|what)\b/i).test(zh ? bare + '？' : bare)
		)
			return;
		const next = section.blocks[k + 1];
		let back: string;
		let end = b.lines.end;
		if (rest.length) {
			back = rest.join(lang === 'zh' ? '' : ' ').replace(/\s*\n\s*/g, zh ? '' : ' ');
			// The answer must end here: not run into a formula or a listing.
			if (next && (next.kind === 'math' || next.kind === 'code')) return;
		} else {
			if (next?.kind !== 'paragraph') return;
			const after = section.blocks[k + 2];
			if (after && (after.kind === 'math' || after.kind === 'code')) return;
			back = src.slice(next.lines.start, next.lines.end);
			end = next.lines.end;
		}
		if (
			back.length > 400 ||
			back.length < (zh ? 15 : 40) ||
			/[：:]\s*$/.test(back) ||
			/[？?]/.test(back) ||
			/^[\p{P}]/u.test(back)
		)
			return;
		out.push({ front, back, start: b.lines.start, end });
	});
	return out;
}
