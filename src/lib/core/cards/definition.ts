/**
 * Definitions in running text: which sentence defines which term. Pure
 * string rules, shared by the concept and summary extractors.
 */
import { stripInline } from '../content/headings';
import { wordClass } from '../text/frequency';
import { balanced, inside, protectedSpans, words } from '../text/segment';
import { definesEn, definesZh, GENUS_ZH } from './definiens';

export type DefinitionHow =
	/** "X是指…", "X refers to …", "X is defined as …". */
	| 'strong'
	/** "…称为X", "我们把…叫做X", "… is called X", "known as X". */
	| 'called'
	/** "X，即…", "所谓X，就是…", "X（即…）", "X, a Y that …". */
	| 'appositive'
	/** "X是一种…", "X is a …": only where the context says a term is being introduced. */
	| 'copula';

export interface Definition {
	term: string;
	gloss?: string;
	/** The term with its gloss, "GPT（Generative Pre-trained Transformer）". */
	full: string;
	/** The defining sentence as plain text (inline TeX kept). */
	sentence: string;
	how: DefinitionHow;
}

/** How much a rule is trusted when two sentences define one term. */
export const STRENGTH: Record<DefinitionHow, number> = {
	strong: 3,
	called: 2,
	appositive: 2,
	copula: 1
};

const D2L_ROLE = /:(?:numref|eqref|cite|label|ref|eqlabel|width|citet|citep):`[^`]*`/g;

/**
 * A sentence as a learner should read it on a card: emphasis, code marks,
 * d2l roles, links, HTML tags and zero-width spaces removed; soft line breaks
 * joined (without a space between two CJK characters).
 */
export function plainText(text: string): string {
	const zh = /\p{Script=Han}/u.test(text);
	// A pointer stays readable ("图中的输出层", "the equation"); a citation goes.
	const roles = text
		.replace(/:numref:`[^`]*`/g, zh ? '图' : 'the figure')
		.replace(/:eqref:`[^`]*`/g, zh ? '上式' : 'the equation')
		.replace(D2L_ROLE, '');
	return (
		stripInline(roles)
			.replace(/(?<![*\w\\])\*(?!\s)([^*\n]+?)\*(?![*\w])/g, '$1')
			// A picture's alt text is a caption, not a definition ("![softmax回归是一种单层神经网络](…)").
			.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/<\/?[a-z][^>]*>/gi, '')
			.replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
			.replace(
				/(\p{Script=Han}|[，。；：、（）“”])\s*\n\s*(?=\p{Script=Han}|[，。；：、（）“”])/gu,
				'$1'
			)
			.replace(/\s*\n\s*/g, ' ')
			.replace(/[ \t]{2,}/g, ' ')
			.trim()
	);
}

const PRONOUN_ZH =
	/^(?:尽管|不过|然而|只是|正是|只有|除了|随着|根据|通过|作为|为了|关于|不仅|甚至|无论|不论|即使|哪怕|于是|曾经|已经|第[一二三四五六七八九十\d]|这|那|它|其|此|该|上述|以上|下面|下述|我们|你|他|她|本|每|各|某|一些|有些|很多|许多|所有|任何|另一|另外|同时|然后|因此|所以|但|而且|并且|如果|假设|当|在|对于|由于|虽然|例如|比如|即|也|就|则|只|还|又|都)/u;
const PRONOUN_EN =
	/^(?:this|that|these|those|it|its|they|their|them|we|our|you|your|he|she|one|such|there|here|each|every|some|any|all|both|another|other|which|what|who|if|when|while|since|because|thus|hence|so|then|now|however|also|for|in|on|at|by|with|from|to|as|of|but|and|or|not|no)\b/i;

/** Words too general to be a term ("方法" alone, "the result"). */
const GENERIC_ZH =
	/^(?:方法|方式|结果|问题|目的|目标|原因|关键|答案|区别|原理|思路|思想|想法|过程|步骤|作用|核心|特点|优势|优点|缺点|好处|意义|本质|难点|重点|基础|前提|条件|情况|部分|内容|主要|其中|一种|一个|第一|第二|最后|首先|其次|总之|实际上|事实上|具体而言|具体来说|简单来说|也就是说|换句话说|一般来说|通常|例子|示例|公式|定义|概念|含义|任务|模型|技术|数据|函数|参数|算法)$/u;
const GENERIC_EN =
	/^(?:the\s+|a\s+|an\s+|our\s+)?(?:result|results|answer|goal|idea|key|point|problem|reason|difference|way|option|approach|method|solution|question|issue|thing|case|fact|first|second|last|main idea|trick|catch|upshot|answer|output|input|model|function|data|example|formula|equation|figure|table|algorithm|value|number|one way|another way|the other)$/i;

/** "分类问题的目标", "Embedding 内部": a generic or positional head noun, not a term. */
const GENERIC_HEAD_ZH =
	/(?:的(?:核心|主要|关键|基本)[^的]{0,4}$|的[^的]{0,4}?(?:目标|目的|核心思想|思想|关键|本质|特点|优点|缺点|作用|意义|原因|方法|过程|结果|问题|输出|输入|区别|好处|核心|基础|方式|部分|大小|值|形式|用法|做法|办法|要点)|内部|之间|之中|里面|中|里|上|下)$/u;
/** "线性回归刚好是…", "X也是…": a remark about X, not its definition. */
const REMARK_TAIL_ZH =
	/(?:刚好|恰好|正好|也|都|往往|仍然|依然|便|才|只|总|还|又|则|就|即|同样|其实也)$/u;

/**
 * Words that make a candidate a clause rather than a term. A linking verb too: "few-shot
 * 也被称为上下文学习" spans a naming clause (judged wrong on unseen articles).
 */
const CLAUSE_ZH =
	/[了着过吗呢吧啊是]|称为|称作|称之为|叫做|叫作|被称|也称|又称|亦称|简称|即(?!时)|曾经|已经|类似于|作为|可以|需要|我们|如果|因为|所以|但是|虽然|通过|进行|使得|能够|不是|没有|就是|还是|应该|必须|一定|得到|看到|发现|认为|知道|表示|说明|利用|使用|用于|来说|而言|之后|之前|时候|的时候/u;
const CLAUSE_EN =
	/\b(?:called|termed|dubbed|known as|also known|aka|referred to|is|are|was|were|be|been|being|can|could|will|would|shall|should|may|might|must|we|you|has|have|had|do|does|did|if|when|because|not|that|which|this|these|there)\b/i;

/**
 * "尽管softmax", "多语言、跨语言模型曾经": a clause cut at a conjunction or an adverb, per
 * jieba's word classes. Only words of two or more characters at either edge count: the
 * segmenter splits terms into single characters whose class is noise ("层" is tagged an
 * adverb, "自" a preposition), and interior adverbs belong to terms ("小批量随机梯度下降").
 */
function clauseEdge(term: string): boolean {
	const ws = words(term, 'zh').filter((w) => w.isWord);
	const edge = (w: { text: string } | undefined) => {
		if (!w || w.text.length < 2 || !/^\p{Script=Han}+$/u.test(w.text)) return false;
		const cls = wordClass(w.text);
		return cls === 'function' || cls === 'modifier';
	};
	// "自然语言推理": jieba tags "自然" an adverb, but before a noun it modifies the noun.
	const lead =
		edge(ws[0]) &&
		!(wordClass(ws[0].text) === 'modifier' && ws[1] && wordClass(ws[1].text) === 'content');
	return lead || (ws.length > 1 && edge(ws.at(-1)));
}

/**
 * A candidate term is a short noun phrase: not a pronoun, a clause, a
 * number, a formula or a generic word.
 */
export function isTerm(term: string, zh: boolean, named = false): boolean {
	const t = term.trim();
	// "收集、清洗和标注数据": an enumeration, not a term.
	if (!t || /[，,。.；;：:！!？?$\\=<>{}[\]|“”"、]/.test(t.replace(/\.(?=\w)/g, ''))) return false;
	if (/^[\d\s.%+\-×*/^()（）]+$/.test(t)) return false;
	if (!/[\p{L}]/u.test(t)) return false;
	if (zh) {
		const han = t.match(/\p{Script=Han}/gu)?.length ?? 0;
		const latin = t.match(/[A-Za-z][A-Za-z0-9+#.-]*/g) ?? [];
		if (han === 0 && latin.length === 0) return false;
		if (han > 16 || (han === 0 && latin.length > 5)) return false;
		if (han === 1 && latin.length === 0) return false;
		if (PRONOUN_ZH.test(t) || CLAUSE_ZH.test(t)) return false;
		if (!named && (GENERIC_ZH.test(t) || GENERIC_HEAD_ZH.test(t))) return false;
		if ((t.match(/的/g) ?? []).length > 1 || REMARK_TAIL_ZH.test(t)) return false;
		// "生成的 Mask 矩阵会": a modal verb ends a clause (but "摘要", "性能", "机会" are words).
		if (/(?:[\sA-Za-z0-9]|的.*)(?:会|能|要|将|可|应|需)$/u.test(t)) return false;
		return !clauseEdge(t);
	}
	const words = t.split(/\s+/);
	if (words.length > 6 || t.length > 60) return false;
	if (PRONOUN_EN.test(t) || CLAUSE_EN.test(t) || (!named && GENERIC_EN.test(t))) return false;
	// "Figure 3", "Eq. 2", section numbers.
	if (/^(?:fig(?:ure)?|eq(?:uation)?|table|section|chapter|step)\b/i.test(t)) return false;
	return true;
}

/** A clause that only leads into what follows ("如下面的式子", "定义为", "as follows", "is given by"). */
const LEAD_IN_CLAUSE =
	/(?:如下|以下|下式|下面|公式|式子|表达式|形式|定义为|表示为|写成|写作|记为|记作|计算|为|是|有|得到|如|即|等于|given by|as follows|defined as|written as|becomes|is|are|we have|yields?|gives?|reads?|below|following)\s*$/iu;

/**
 * "…，如下面的式子：" → "…。": a definition that runs into a lead-in keeps only its
 * definition. The lead-in is the last clause outside brackets and TeX (a comma in
 * "区间(0, 1)" is not a clause boundary: cutting there left "…压缩到区间(0。", judged wrong);
 * a last clause after a colon that says something whole ("…称为挤压函数：它将…压缩到区间(0, 1)
 * 中的某个值：") explains the term, so it stays, ended by "。".
 */
export function dropLeadIn(sentence: string, zh: boolean): string | null {
	if (!/[：:]\s*$/.test(sentence)) return sentence;
	const cut = sentence.replace(/[：:]\s*$/, '');
	const spans = protectedSpans(cut);
	let at = -1;
	for (let i = cut.length - 1; i >= 0 && at < 0; i--)
		if (/[，,：:]/.test(cut[i]) && !inside(spans, i)) at = i;
	const end = zh ? '。' : '.';
	// After a colon the clause explains the term; after a comma it is the lead-in ("如图2.1所示").
	const last = at < 0 ? '' : cut.slice(at + 1).trim();
	if (/[：:]/.test(cut[at] ?? '') && last.length >= 6 && !LEAD_IN_CLAUSE.test(last))
		return cut.trimEnd() + end;
	if (at < 0) return null;
	return cut.slice(0, at).trimEnd() + end;
}

const GLOSS = String.raw`\s*(?:（([^（）]{1,80})）|\(([^()]{1,80})\))`;
const TERM_ZH = String.raw`([^，,。；;：:！？\s（(][^，,。；;：:！？（(]{0,29}?)`;

/** "X（gloss）…是指", "X，即 gloss，是…", "所谓X，就是…" */
const STRONG_ZH = new RegExp(
	String.raw`^(?:而|那么|所谓的?|其中，?)?${TERM_ZH}(?:${GLOSS})?\s*(?:[，,]\s*(?:即|也就是|也即|亦即|也称为?|又称为?|简称|或称为?|全名为|全称为|全称是|全称|英文全称为|英文全称是)\s*([^，,。；]{1,60}?)\s*)?[，,]?\s*(?:通常|一般|主要|也|就)?(?:是指|指的是|就是指|被定义为|定义为|指(?![出导令向标数明引南挥定针]))\s*(.+)$`,
	'u'
);
const COPULA_ZH = new RegExp(
	String.raw`^(?:而|那么|所谓的?)?${TERM_ZH}(?:${GLOSS})?\s*(?:[，,]\s*(?:即|也就是|也即|亦即|也称为?|又称为?|简称|或称为?|全名为|全称为|全称是|全称|英文全称为|英文全称是)\s*([^，,。；]{1,60}?)\s*)?[，,]?\s*(?:通常|一般|主要|其实|实际上)?(?:是(?!否|不是|由于|因为|在|从|对|把|将|如何|怎样)|为(?!了|何|什么|此|止))\s*(.+)$`,
	'u'
);
/** "残差连接，即下一层的输入…", "所谓自注意力，即是计算…", "所谓编码，就是将…". */
const SO_CALLED_ZH = new RegExp(
	String.raw`^(?:所谓的?)${TERM_ZH}\s*[，,]\s*(?:即是|即|就是|也就是|指的是|是指|是)\s*(.+)$`,
	'u'
);
const APPOSITIVE_ZH = new RegExp(
	String.raw`^${TERM_ZH}(?:${GLOSS})?\s*[，,]\s*(?:即|也就是|也即|亦即)(?:是)?\s*(.+)$`,
	'u'
);
/** "few-shot 也被称为上下文学习（In-context Learning），即让模型…": B is named and defined. */
const ALIAS_IS_ZH = new RegExp(
	String.raw`^${TERM_ZH}\s*(?:也|又|亦|通常|一般)?(?:被)?(?:称为|称作|叫做|叫作)\s*([^，,。；;：:（(]{1,30}?)(?:${GLOSS})?\s*[，,]\s*(?:即|也就是|也即|亦即|是指|指的是)(?:是)?\s*(.+)$`,
	'u'
);
/** "X（即 …）": the parenthesis defines. */
const PAREN_IS_ZH = /^([^，,。；：（(]{2,20}?)\s*[（(]\s*即\s*([^）)]{4,80})[）)]/u;
/** "…称为X（gloss）". The subject is everything before. */
const CALLED_ZH =
	/^(.*?)(?<![（(或])(?:也|通常|一般|常|可以|可|就)?(?:被)?(?:称为|称作|称之为|叫做|叫作|被称作|被叫做|命名为)\s*(?:“([^”]{1,30})”|「([^」]{1,30})」|([^，,。；;：:、（(或和]{1,30}))\s*(?:（([^（）]{1,80})）|\(([^()]{1,80})\))?/u;

const EN_TERM = String.raw`((?:[A-Z][\w'-]*|[a-z][\w'-]*)(?:\s+[\w'-]+){0,5}?)`;
const STRONG_EN = new RegExp(
	String.raw`^(?:an?\s+|the\s+)?${EN_TERM}\s*(?:\(([^)]{1,60})\))?\s*,?\s+(?:refers to|is defined as|are defined as|is the name for|stands for|means|denotes)\s+(.+)$`,
	'i'
);
const COPULA_EN = new RegExp(
	String.raw`^(?:an?\s+|the\s+)?${EN_TERM}\s*(?:\(([^)]{1,60})\))?\s*,?\s+(?:is|are)\s+((?:a|an|the)\s+.+)$`,
	'i'
);
/** "X, a Y that …, is …" / "X, an algorithm for …". */
const APPOSITIVE_EN = new RegExp(
	String.raw`^${EN_TERM}\s*(?:\(([^)]{1,60})\))?,\s+((?:a|an)\s+[\w\s-]{2,60}?\s+(?:that|which|who|used|for|of|to|in|where)\b[^,]{4,}),`,
	'i'
);
const CALLED_EN =
	/^(.*?)\b(?:is|are)\s+(?:also\s+|often\s+|commonly\s+|usually\s+|sometimes\s+|typically\s+)?(?:called|termed|dubbed|named|known as|referred to as)\s+(?:an?\s+|the\s+)?(?:\*([^*]{1,50})\*|([A-Za-z][\w'-]*(?:\s+[\w'-]+){0,4}?))(?=\s*(?:\(|,|\.|;|:|$|\s+or\b|\s+and\b|\s+because\b|\s+since\b|\s+as\b))\s*(?:\(([^)]{1,60})\))?/;
const WE_CALL_EN =
	/^(.*?)\bwe\s+(?:call|term|name|refer to)\s+(.{2,80}?)\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:\*([^*]{1,50})\*|([A-Za-z][\w'-]*(?:\s+[\w'-]+){0,3}))\s*(?:\(([^)]{1,60})\))?\s*[.,;]/i;

const tidyZh = (t: string) =>
	t
		.replace(/^(?:而|那么|所谓的|所谓|其中)/u, '')
		.replace(/(?:主要|通常|一般|其实|实际上)$/u, '')
		.replace(/^[“「]|[”」]$/g, '')
		.trim();
const tidyEn = (t: string) =>
	t
		.replace(/^(?:an?|the)\s+/i, '')
		.replace(/\s+(?:also|often|usually|commonly|typically|sometimes)$/i, '')
		.trim();

function make(
	term: string,
	gloss: string | undefined,
	sentence: string,
	how: DefinitionHow,
	zh: boolean
): Definition {
	const g = gloss?.trim();
	// A gloss that only repeats the term, or is a whole sentence, is not one.
	const keep = g && g !== term && g.length <= 80 && !/[。；]/.test(g) ? g : undefined;
	const full = keep ? (zh ? `${term}（${keep}）` : `${term} (${keep})`) : term;
	return { term, ...(keep ? { gloss: keep } : {}), full, sentence, how };
}

/** Options for `matchDefinition`. */
export interface MatchOptions {
	/** Allow plain "X是…" / "X is a …" (a term is being introduced here: under "What it is", a heading naming X, a summary). */
	copula?: boolean;
	/** The sentence before, for "This algorithm is called X" / "这一挑战被称为X". */
	previous?: string;
}

/** Subjects that point back ("This algorithm", "这种变体", "Such parameters"). */
const ANAPHOR_ZH = /^(?:这|那|此|该|上述|以上|这种|这类|这一|这个|这些|这样的)/u;
const ANAPHOR_EN = /^(?:this|that|these|those|such|it|they)\b/i;

/** A subject worth a card: words, not only a symbol or a formula. */
function hasWords(subject: string, zh: boolean): boolean {
	const bare = subject
		.replace(/\$[^$]*\$/g, ' ')
		.replace(/[（(][^）)]*[）)]/g, ' ')
		.replace(
			zh
				? /(?:其中的?|和|与|以及|、|我们|把|将|通常|一般|也|就|可以)/gu
				: /\b(?:here|and|or|the|a|an|where|now|then)\b/gi,
			' '
		)
		.replace(/[\s\p{P}]/gu, '');
	return zh
		? (bare.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2 || /[A-Za-z]{3}/.test(bare)
		: /[A-Za-z]{3}/.test(bare);
}

const SECOND_CALLED_EN =
	/,\s+(?:and|while|whereas)\s+(?=[^,]*\b(?:called|termed|known as|referred to as)\b)/i;

/**
 * Every term a sentence defines: English sentences that name two things
 * ("the dataset is called a training set, and each row is called an
 * example") give one definition per clause.
 */
export function matchDefinitions(
	sentence: string,
	lang: string,
	opts: MatchOptions = {}
): Definition[] {
	const raw = withoutContrast(sentence, lang);
	const units = gluedDefinitions(raw, lang);
	if (units.length > 1)
		return units.flatMap((u, i) =>
			matchDefinitions(u, lang, i === 0 ? opts : { copula: opts.copula })
		);
	const first = matchDefinition(raw, lang, opts);
	if (lang === 'zh' || !first || first.how !== 'called') return first ? [first] : [];
	const parts = raw.split(SECOND_CALLED_EN);
	if (parts.length < 2) return [first];
	// Each clause is its own answer: atomic, and readable without the other.
	const head = matchDefinition(parts[0].replace(/[,;]?\s*$/, '.'), lang, opts);
	const out = head && head.term === first.term ? [head] : [first];
	for (const part of parts.slice(1)) {
		const clause = part.charAt(0).toUpperCase() + part.slice(1);
		const d = matchDefinition(clause, lang, {});
		if (d && d.how === 'called' && d.term !== first.term) out.push(d);
	}
	return out;
}

/**
 * The sentence up to a contrast it adds after "；" ("Post Norm 是指…；而类似于 GPT 等模型都使用了
 * Pre Norm…"): the contrast is a second fact, about another thing, and the
 * definition reads whole without it.
 */
function withoutContrast(sentence: string, lang: string): string {
	const spans = protectedSpans(sentence);
	for (const m of sentence.matchAll(/[；;]/g)) {
		if (inside(spans, m.index)) continue;
		const next = sentence.slice(m.index + 1);
		if (
			/^\s*(?:而|但|但是|然而|相比之下|相反|与之相对|whereas\b|while\b|but\b|by contrast\b|in contrast\b)/iu.test(
				next
			)
		)
			return sentence.slice(0, m.index).trim() + (lang === 'zh' ? '。' : '.');
	}
	return sentence;
}

/** The clause starts a definition of its own ("自然语言推理是指…", "Recall is the fraction …"). */
function startsDefinition(clause: string, zh: boolean): boolean {
	const c = clause.trim();
	if (zh) {
		const strong = c.match(STRONG_ZH);
		const m = strong ?? c.match(COPULA_ZH);
		if (!m || !isTerm(tidyZh(m[1]), true)) return false;
		return Boolean(strong) || GENUS_ZH.test(m[5].split(/[，,。]/)[0]);
	}
	const m = c.match(STRONG_EN) ?? c.match(COPULA_EN);
	return Boolean(m && isTerm(tidyEn(m[1]), false) && definesEn(m[3]));
}

/**
 * "问答匹配是指…；自然语言推理是指…": two definitions glued at "；" (judged not atomic) are
 * two sentences; a "；" before anything else ("…；而类似于 GPT…") stays inside its sentence.
 */
export function gluedDefinitions(sentence: string, lang: string): string[] {
	const zh = lang === 'zh';
	const spans = protectedSpans(sentence);
	const cuts = [...sentence.matchAll(/[；;]/g)]
		.map((m) => m.index)
		.filter((at) => !inside(spans, at) && startsDefinition(sentence.slice(at + 1), zh));
	if (!cuts.length) return [sentence];
	const end = zh ? '。' : '.';
	const out: string[] = [];
	let from = 0;
	for (const at of cuts) {
		out.push(sentence.slice(from, at).trim() + end);
		from = at + 1;
	}
	out.push(sentence.slice(from).trim());
	return out.map((u) => (zh ? u : u.charAt(0).toUpperCase() + u.slice(1)));
}

/** "预训练任务: T5模型的预训练任务是…": a list label before the sentence, not part of it. */
const LABEL = /^(?:[^，,。；;：:\s$]{1,12}|[A-Za-z][\w -]{0,23})\s*[：:]\s*(?=\S)/u;

/**
 * The term a plain-text sentence defines, or null. `sentence` should come
 * from `plainText`. Anaphoric namings ("This algorithm is called gradient
 * descent.") borrow `previous` and return both sentences as the definition.
 */
export function matchDefinition(
	raw: string,
	lang: string,
	opts: MatchOptions = {}
): Definition | null {
	const zh = lang === 'zh';
	const bare = raw.trim().replace(LABEL, '');
	const labelled = bare !== raw.trim() && bare.length >= 6;
	const sentence = dropLeadIn(labelled ? bare : raw.trim(), zh);
	// A labelled item ("数据准备：收集、清洗…") describes its label, not its own subject.
	if (labelled) opts = { ...opts, copula: false };
	if (!sentence || sentence.length < 6) return null;
	// A question or an instruction defines nothing; an answer whose brackets do not close is cut.
	if (/[？?]$/.test(sentence) || !balanced(sentence)) return null;
	const found = zh ? matchZh(sentence, opts) : matchEn(sentence, opts);
	return found && !circular(found, zh) && !brokenTerm(found.term, sentence) ? found : null;
}

/**
 * A term cut where no word ends: a Latin word the sentence goes on with ("Reinforcement Learning
 * with Ve" of "…Verifiable Rewards", a length cap), or a Chinese term that ends on an adverb or a
 * negation the copula split off ("配套实现不" of "配套实现不是…").
 */
function brokenTerm(term: string, sentence: string): boolean {
	// "阴影部分" (the shaded part) is a region of a figure the card does not show.
	if (
		/阴影|图中|上图|下图|^(?:the )?(?:shaded|highlighted|colou?red) (?:part|area|region)/iu.test(
			term
		)
	)
		return true;
	if (/(?:不|没|并|只|也|都|就|才|还|而|又|已|将|会)$/u.test(term)) return true;
	if (!/[A-Za-z]$/.test(term)) return false;
	const at = sentence.indexOf(term);
	return at >= 0 && /^[A-Za-z]/.test(sentence.slice(at + term.length));
}

/**
 * The sentence says nothing about the term but its own words: "A network that uses
 * recurrent computation is called a recurrent neural network" (judged weak on an unseen
 * article): at most two content words not in the term or its gloss.
 */
function circular(d: Definition, zh: boolean): boolean {
	// Chinese compounds share characters with their definitions by nature ("掩码自注意力…是指使用注意力
	// 掩码的自注意力机制"): characters cannot tell a circle from a definition there.
	if (zh) return false;
	const named = `${d.term} ${d.gloss ?? ''}`.toLowerCase();
	const rest = d.sentence.toLowerCase().split(d.term.toLowerCase()).join(' ');
	const stem = (w: string) => w.replace(/(?:ies|es|s|ing|ed|al|ly)$/, '');
	const own = new Set((named.match(/[a-z]+/g) ?? []).map(stem));
	const other = (rest.match(/[a-z]+/g) ?? []).filter(
		(w) => w.length > 2 && !CIRCULAR_EN.test(w) && !own.has(stem(w))
	);
	return other.length <= 2;
}

/** The words of "X is called Y" themselves, and function words, which say nothing. */
const CIRCULAR_EN =
	/^(?:the|and|that|which|this|these|those|with|for|from|are|was|were|been|being|called|termed|known|referred|also|such|its|their|uses?|using|used|one|any|our|call|calls|name|named|has|have|can|may|will|into|onto|than|then|thus|hence|simply|often|usually|sometimes|typically|commonly|here|there|what|who|whom)$/;

function matchZh(s: string, opts: MatchOptions): Definition | null {
	let m = s.match(PAREN_IS_ZH);
	if (m) {
		const term = tidyZh(m[1]);
		if (isTerm(term, true) && definesZh(m[2])) return make(term, undefined, s, 'appositive', true);
	}
	m = s.match(STRONG_ZH);
	if (m) {
		const term = tidyZh(m[1]);
		if (isTerm(term, true) && definesZh(m[5]))
			return make(term, m[2] ?? m[3] ?? shortGloss(m[4]), s, 'strong', true);
	}
	m = s.match(SO_CALLED_ZH);
	if (m) {
		const term = tidyZh(m[1]);
		if (isTerm(term, true) && definesZh(m[2])) return make(term, undefined, s, 'appositive', true);
	}
	m = s.match(ALIAS_IS_ZH);
	if (m) {
		const term = tidyZh(m[2]);
		if (isTerm(term, true) && isTerm(tidyZh(m[1]), true, true) && definesZh(m[5]))
			return make(term, m[3] ?? m[4], s, 'appositive', true);
	}
	m = s.match(APPOSITIVE_ZH);
	if (m && !/^(?:是|为)/.test(m[4])) {
		const term = tidyZh(m[1]);
		// "Seq2Seq，即序列到序列，是一种…": a short 即-part is a gloss, the 是 after it defines.
		if (isTerm(term, true) && definesZh(m[4]) && !/^.{1,20}[，,]\s*(?:是|为)/u.test(m[4]))
			return make(term, m[2] ?? m[3], s, 'appositive', true);
	}
	const called = calledZh(s, opts);
	if (called) return called;
	m = s.match(COPULA_ZH);
	if (m) {
		const term = tidyZh(m[1]);
		const glossed = Boolean(m[2] ?? m[3] ?? m[4]);
		const genus = GENUS_ZH.test(m[5].split(/[，,。]/)[0]);
		// Anywhere, a glossed term or a genus ("是一种…") introduces a term; elsewhere only where the context does.
		if ((opts.copula || glossed || genus) && isTerm(term, true) && definesZh(m[5]))
			return make(term, m[2] ?? m[3] ?? shortGloss(m[4]), s, 'copula', true);
	}
	return null;
}

/** A 即/也就是 part short enough to be another name ("即 Mask Self-Attention"). */
function shortGloss(part: string | undefined): string | undefined {
	if (!part) return undefined;
	const p = part.trim();
	// A Latin full name runs longer ("Bidirectional Encoder Representations from Transformers").
	const max = /^[A-Za-z][A-Za-z0-9\s'-]+$/.test(p) ? 60 : 40;
	return p.length <= max && !CLAUSE_ZH.test(p) ? p : undefined;
}

function calledZh(s: string, opts: MatchOptions): Definition | null {
	// "（在这里也可以称为梯度）": a naming inside parentheses is an aside.
	const m = s
		.replace(/[（(][^（）()]*(?:称为|称作|叫做|叫作)[^（）()]*[）)]/gu, '')
		.match(CALLED_ZH);
	if (!m) return null;
	const term = tidyZh(m[2] ?? m[3] ?? m[4]);
	if (!isTerm(term, true, true)) return null;
	// "正态分布（normal distribution），也称为高斯分布": another name, not a definition.
	const named = m[1].replace(/[（(][^）)]*[）)]/gu, '').replace(/[，,]\s*(?:也|又|或|亦)?$/u, '');
	// "T5模型的预训练任务是 MLM，也称为BERT-style目标": the other name is MLM's.
	const object = named.split(/是|为/u).at(-1) ?? named;
	const alias = /(?:也|又|或|亦)(?:被)?(?:称为|称作|叫做|叫作)/u.test(m[0]);
	if (alias && (isTerm(tidyZh(named), true) || isTerm(tidyZh(object), true))) return null;
	let subject = m[1].replace(/^(?:我们|人们|通常|一般)?(?:把|将)?/u, '');
	if (/^(?:例如|比如|譬如)?[，,]?\s*(?:当|如果|若|假设|假如)/u.test(subject)) return null;
	// "这一挑战被称为泛化": the challenge is described in the sentence before.
	let sentence = s;
	if (ANAPHOR_ZH.test(subject) || /称之为/.test(m[0]) || !subject.trim()) {
		if (!opts.previous || opts.previous.length > 300 || /[：:]$/.test(opts.previous)) return null;
		sentence = `${opts.previous}${s}`;
		subject = opts.previous;
	}
	// "当N=2时，称为bigram": a condition, not a description.
	if (/^(?:当|如果|若|在).{0,30}时/u.test(subject)) return null;
	if (!hasWords(subject, true)) return null;
	return make(term, m[5] ?? m[6], sentence, 'called', true);
}

function matchEn(s: string, opts: MatchOptions): Definition | null {
	let m = s.match(STRONG_EN);
	if (m && !/^\$/.test(s)) {
		const term = tidyEn(m[1]);
		if (isTerm(term, false) && definesEn(m[3])) return make(term, m[2], s, 'strong', false);
	}
	const called = calledEn(s, opts);
	if (called) return called;
	m = s.match(APPOSITIVE_EN);
	if (m) {
		const term = tidyEn(m[1]);
		if (isTerm(term, false) && definesEn(m[3])) return make(term, m[2], s, 'appositive', false);
	}
	if (opts.copula) {
		m = s.match(COPULA_EN);
		if (m) {
			const term = tidyEn(m[1]);
			if (isTerm(term, false) && definesEn(m[3])) return make(term, m[2], s, 'copula', false);
		}
	}
	return null;
}

function calledEn(s: string, opts: MatchOptions): Definition | null {
	const m = s.match(CALLED_EN);
	const w = m ? null : s.match(WE_CALL_EN);
	if (!m && !w) return null;
	const term = tidyEn(m ? (m[2] ?? m[3]) : (w![3] ?? w![4]));
	const gloss = m ? m[4] : w![5];
	if (!isTerm(term, false, true)) return null;
	let subject = (m ? m[1] : w![2]).replace(
		/^(?:in the terminology of [\w\s]+,|in general,|formally,)\s*/i,
		''
	);
	let sentence = s;
	if (ANAPHOR_EN.test(subject.trim()) || !subject.trim()) {
		if (!opts.previous || opts.previous.length > 400 || /[：:]$/.test(opts.previous)) return null;
		sentence = `${opts.previous} ${s}`;
		subject = opts.previous;
	}
	if (!hasWords(subject, false)) return null;
	return make(term, gloss, sentence, 'called', false);
}
