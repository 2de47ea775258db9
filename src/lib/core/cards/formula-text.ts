/**
 * The prose around a display formula, cut into sentences and shared out:
 * the paragraph between formula A and formula B opens with what continues A
 * ("where …", "which holds …", "其中…", "这就是…") and closes with B's lead-in
 * ("… is given by:", "…如下："), so the two never share one paragraph.
 */

const MATH = /\$\$[^$]+\$\$|\$[^$]+\$|\\\([\s\S]+?\\\)/g;
const MASK = /\uE000(\d+)\uE000/g;

/** Soft line breaks of wrapped Markdown → spaces (none between two CJK characters). */
export function unwrapLines(text: string): string {
	return text
		.replace(/[\u200B-\u200D\uFEFF]/g, '')
		.replace(
			/([\p{Script=Han}，。：；、！？（）“”])\s*\n\s*(?=[\p{Script=Han}，。：；、！？（）“”])/gu,
			'$1'
		)
		.replace(/\s*\n\s*/g, ' ')
		.replace(/[ \t]{2,}/g, ' ')
		.trim();
}

/**
 * Sentences of a paragraph, math kept whole. Unlike `text/segment`, "；"
 * does not end a sentence here: a formula's description often runs over
 * several semicolon clauses (happy-llm's multi-head attention).
 */
export function proseSentences(text: string): string[] {
	const maths: string[] = [];
	const masked = unwrapLines(text).replace(MATH, (m) => `\uE000${maths.push(m) - 1}\uE000`);
	return masked
		.split(/(?<=[。！？!?])\s*|(?<=[.])\s+(?=\S)/u)
		.map((s) => s.trim())
		.filter(Boolean)
		.map((s) => s.replace(MASK, (_, n) => maths[Number(n)]));
}

/** A sentence that has not ended: a lead-in ("…is given by:", "…我们可以得到", "…express $y$ as"). */
export const isOpen = (sentence: string) => !/[.。！？!?]["”’）)]*\s*$/u.test(sentence.trim());

/**
 * Words that open a sentence carrying on from the formula before it:
 * its legend, a gloss ("That is, …", "即…"), a remark on it ("This term …",
 * "这样，…", "上式中…") or the rest of the sentence the formula stood in.
 */
const CONTINUES =
	/^(?:where|which|with|here|in which|that is|i\.e\.|in other words|this|these|the above|thus|such|hence this|这|此式|此处|此时|其中|式中|上式|该式|即|也就是|也即|换句话说|来)/iu;

/**
 * A sentence that names the formula just shown: "The important fact in this expression is
 * that gradient descent does not mix…", "该式表明…". It goes on about it wherever it opens.
 */
const POINTS_BACK =
	/\b(?:this|the above|the last) (?:expression|equation|formula|identity|recursion|update)\b|上式|该式|此式|这个公式|这一公式|该公式|这个式子/iu;

/** A lower-case start ("to iterate $x$, …") goes on with the sentence the formula stood in. */
const LOWER_START = /^[a-z]/;
/**
 * A Chinese sentence that goes on with the one the formula stood in: "来迭代$x$，…",
 * "时成立", "才唯一". Chinese has no capital letter to mark a new sentence, so any other
 * opening starts one: on set2, "乍一看，这种三角函数设计看起来很奇怪。" and "通过多头注意力，
 * 以下代码片段计算了…" were spliced onto their lead-ins ("…列上的元素为上式乍一看…").
 */
const ZH_GOES_ON = /^(?:来|时[，,]|时$|才|便|成立|只有|只在|当且仅当|[，,；;])/u;
/**
 * A sentence about code, a figure or what comes next ("以下代码片段…", "…的导数图像如下所示。",
 * "The code below…"): it never describes the formula before it.
 */
export const POINTS_AWAY =
	/代码|如下所示|如下图|下图|图像|以下|下面|接下来|\b(?:code|snippet|implement(?:s|ed|ation)?|below|following|figure|plot)\b/iu;
/** A capitalised English word (not an acronym or symbol) opens a new sentence. */
const NEW_SENTENCE = /^[A-Z][a-z]+\b/;

export interface Neighbours {
	/** Sentences of the paragraph right before the formula. */
	before: string[];
	/** Sentences of the paragraph right after it. */
	after: string[];
	/** The formula ends a sentence (its TeX does not end with ","). */
	closed: boolean;
	/** The paragraph before it was a formula's own after-text too (formula–text–formula). */
	beforeFollowsFormula: boolean;
	/** The paragraph after it leads into another formula. */
	afterLeadsFormula: boolean;
	/** Whether a sentence explains symbols of this formula / of the formula before the paragraph before. */
	explainsThis?: (sentence: string) => boolean;
	explainsPrevious?: (sentence: string) => boolean;
}

/** What of the text around a formula belongs to it. */
export interface Owned {
	/** Sentences of the paragraph before that no earlier formula claims, in order; the last introduces it. */
	lead: string[];
	/** Sentences after it that go on about it (not its legend). */
	after: string[];
	/** Legend sentences ("where $x$ is …", "其中…", "$\eta$表示学习率。"). */
	legend: string[];
	/** The first sentence after it goes on with the sentence the formula stands in ("to iterate $x$, …"). */
	carriesOn: boolean;
	/** The first sentence after it, when no later formula claims it (it may name this one). */
	afterFirst?: string;
}

export const LEGEND_OPENING =
	/^\s*(?:其中|式中|上式中|公式中|这里|此处|在这里|where\b|here\b|in which\b)[，,：:\s]*/i;

/** A sentence that starts with a symbol: "$\eta$表示学习率。", "$b$ is the bias." */
const SYMBOL_FIRST = /^(?:\$[^$]+\$|\\\(.+?\\\))/;

const isQuestion = (s: string) => /[？?]["”’）)]*\s*$/u.test(s);

/**
 * How many leading sentences of the paragraph after formula A go on about A
 * (all but the last when that one leads into the next formula).
 */
function continuing(
	sentences: string[],
	closed: boolean,
	leadsNext: boolean,
	explains?: (s: string) => boolean
): number {
	const limit = leadsNext ? sentences.length - 1 : sentences.length;
	let n = 0;
	while (n < limit) {
		const s = sentences[n];
		// After a formula with no closing period, "To understand …, consider …" still starts a
		// sentence of its own (d2l-en softmax: "…we obtain this formula To understand…").
		const han = /\p{Script=Han}/u.test(s.replace(MATH, ''));
		const first =
			n === 0 &&
			(LOWER_START.test(s) || (!closed && (han ? ZH_GOES_ON.test(s) : !NEW_SENTENCE.test(s)))) &&
			!POINTS_AWAY.test(s);
		const goesOn =
			(CONTINUES.test(s) ||
				SYMBOL_FIRST.test(s) ||
				LEGEND_OPENING.test(s) ||
				POINTS_BACK.test(s)) &&
			!(POINTS_AWAY.test(s) && !explains?.(s));
		if (!first && !goesOn && !explains?.(s)) break;
		n++;
	}
	return n;
}

/** Whether the sentence after a formula finishes the sentence the formula stood in. */
function carriesOn(s: string, closed: boolean): boolean {
	if (POINTS_AWAY.test(s)) return false;
	if (LOWER_START.test(s)) return true;
	if (closed) return false;
	const han = /\p{Script=Han}/u.test(s.replace(MATH, ''));
	return han ? ZH_GOES_ON.test(s) || CONTINUES.test(s) : !NEW_SENTENCE.test(s);
}

/** Splits the text around one formula into its lead, after-text and legend. */
export function ownText(x: Neighbours): Owned {
	const { before, after, closed } = x;
	// The paragraph before: its opening sentences belong to the formula before it.
	const taken = x.beforeFollowsFormula ? continuing(before, true, true, x.explainsPrevious) : 0;
	const lead = before.slice(taken);
	const n = continuing(after, closed, x.afterLeadsFormula, x.explainsThis);
	const mine = after.slice(0, n).filter((s) => !isQuestion(s));
	const legend = mine.filter(
		(s) => LEGEND_OPENING.test(s) || SYMBOL_FIRST.test(s) || !!x.explainsThis?.(s)
	);
	const rest = mine.filter((s) => !legend.includes(s));
	const first = after[0];
	const free = first && !(x.afterLeadsFormula && after.length === 1);
	return {
		lead,
		after: rest,
		legend,
		carriesOn: !!first && n > 0 && carriesOn(first, closed),
		...(free ? { afterFirst: first } : {})
	};
}

const ROLE = /:(?:eqref|numref|cite|label|eqlabel|ref|citet|citep):`[^`]*`/g;

/** Words that say nothing about a formula by themselves ("We can express the update as follows:"). */
const EN_FILLER = new Set(
	(
		'we can could may thus then hence so therefore now in fact particular the a an this that it its is are be ' +
		'as follows following given by write written express expressed obtain get have has arrive at yields yield ' +
		'form of equation formula update result simply also which using use do let us one more finally first next ' +
		'above below here there for to with and or'
	).split(' ')
);
const ZH_FILLER =
	/我们|可以|就|便|得到|如下|下面|以下|公式|式子|表示|为|是|则|即|因此|所以|于是|有|写成|写作|形式|的|了|这|那么|具体来说|可得|由此|数学|用|来|可|也|最终|最后|然后|接着|再|通过|如|下|式|得|此|即可|所示/gu;

/**
 * Whether a sentence says something of its own about a formula: two
 * content words (English) or four Han characters once filler is dropped.
 * "We can express the update as follows:" (1 word) and "具体来说，" say
 * nothing; "Using a Taylor expansion we obtain" and "通过积化和差：" do.
 */
export function isContentful(sentence: string): boolean {
	const bare = sentence.replace(ROLE, '').replace(MATH, ' ');
	if (/\p{Script=Han}/u.test(bare)) {
		const han = bare.replace(ZH_FILLER, '').match(/\p{Script=Han}/gu) ?? [];
		return han.length >= 4;
	}
	const words = bare.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
	return words.filter((w) => !EN_FILLER.has(w)).length >= 2;
}

/**
 * A lead-in as an answer: its trailing ":" dropped and, when it breaks off
 * ("…is given by", "…我们可以得到"), "this formula" / "上式" put where the
 * formula stood, so the answer is a whole sentence. `rest` is the sentence's
 * end after the formula ("to iterate $x$, …", "which holds for …").
 */
export function leadAsAnswer(sentence: string, zh: boolean, rest = ''): string {
	// "其数学模型如下：", "…is given as follows:": "如下 / as follows" is the formula the card shows.
	const s = sentence
		.trim()
		.replace(/\s*[：:]\s*$/, '')
		// "写成如下形式" → "写成上式"; "…的加权和，如下面的式子" → "如上式".
		.replace(
			/(写成|写作|表示为|表示成|化为|化简为|变为|改写为|改写成)(?:如下|以下|下面)的?(?:形式|公式|式子)?$/u,
			'$1上式'
		)
		.replace(/如(?:下面|下)的?(?:式子|公式)$/u, '如上式')
		.replace(
			/(用|由|通过)(?:以下|如下|下面)的?(?:数学)?(?:公式|式子)来?(表示|表达|描述|计算|定义)$/u,
			'$1上式$2'
		)
		.replace(/为?(?:如下(?:所示|式)?|以下(?:公式|形式)?)$/u, '为上式')
		.replace(/(得到|可得|写成|表示为)(?:如下|以下)?公式$/u, '$1')
		// "得到如下的更新公式" / "yields the following update equations": the formula shows them.
		.replace(
			/(?:如下面|如下|以下|下面)的?(\p{Script=Han}{0,6}(?:公式|方程组?|等式|式子|表达式|形式|规则|关系))$/u,
			'上式所示的$1'
		)
		.replace(/\bthe following\s+((?:[\w-]+\s+){0,3}[\w-]+)$/i, 'the $1 in this formula')
		.replace(/\bas follows$/i, 'as this formula');
	if (!isOpen(s)) return rest ? `${s} ${rest}` : s;
	if (zh) {
		// "因此，" / "具体来说，": the formula is what follows.
		if (/[，,]$/u.test(s)) return `${s.slice(0, -1)}，有上式。${rest}`;
		if (/则$/u.test(s)) return `${s}有上式。${rest}`;
		// "…输出一个序列 $y_1, …, y_n$，其中" + formula: the formula is what holds there.
		if (/(?:其中|式中)$/u.test(s)) return `${s}满足上式。${rest}`;
		const verb = /(?:为|是|得到|得|成|有|写作|使得|使用|用)$/u.test(s);
		// "…使用上式来迭代$x$" goes straight on; "…写成上式，这对…成立" is a clause of its own.
		const comma = /^(?:这|其中|即|也就是|式中|此)/u.test(rest) ? '，' : '';
		// "注意这个解" + formula + "只有在…时才唯一": the noun phrase already is the formula.
		if (rest && /(?:这个|这一|该|此)\p{Script=Han}{1,6}$/u.test(s)) return `${s}${rest}`;
		if (rest) return `${s}${verb ? '上式' : '（上式）'}${comma}${rest}`;
		return `${s}${verb ? '上式' : ''}。`;
	}
	if (/,$/.test(s)) return `${s} this formula holds.${rest ? ' ' + rest : ''}`;
	if (/\b(?:that|where|such that)$/i.test(s))
		return `${s} this formula holds${rest ? ', ' + rest : '.'}`;
	// "Expressed in terms of $z$ gradient descent becomes": the formula is its object.
	const verb =
		/\b(?:by|via|yields?|obtain|get|have|has|is|are|be|becomes?|reads|write|at|gives?|computes?|of the form|reduces to|simplifies to|turns into|use|using|with)$/i.test(
			s
		) ||
		(/\bas$/i.test(s) && !/\bas follows$/i.test(s));
	// "Note that this solution" + formula + "will only be unique when …": the noun
	// phrase already is the formula, a placeholder would say it twice.
	if (
		rest &&
		!verb &&
		/\b(?:this|these|that|the|our|such an?)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?$/i.test(s)
	)
		return `${s}${/^(?:which|where)\b/i.test(rest) ? ',' : ''} ${rest}`;
	if (rest)
		return `${s} ${verb ? 'this formula' : '(this formula)'}${/^(?:which|where)\b/i.test(rest) ? ',' : ''} ${rest}`;
	return verb ? `${s} this formula.` : `${s}.`;
}

/** How much a lead-in says: Han characters or words, math left out. */
export function leadWeight(sentence: string): number {
	const bare = sentence.replace(MATH, ' ');
	const han = bare.match(/\p{Script=Han}/gu)?.length ?? 0;
	return han ? han : (bare.match(/[A-Za-z][\w'-]*/g)?.length ?? 0) * 2.5;
}

/** TeX text groups: `\text{…}`, `\textrm{…}`, `\mbox{…}` and the like. */
const TEXT_GROUP = /\\(?:text|textrm|textbf|textit|textsf|texttt|mbox)\s*\{[^{}]*\}/g;

/**
 * A display "formula" that is only prose in `\text{…}` (a sentence set as
 * math): no symbol, operator or number outside the text groups.
 */
export function isProseOnly(tex: string): boolean {
	const groups = tex.match(TEXT_GROUP) ?? [];
	if (!groups.length) return false;
	const words = groups.join(' ').match(/[\p{L}]{2,}/gu) ?? [];
	const rest = tex
		.replace(TEXT_GROUP, '')
		.replace(/\\(?:quad|qquad|,|;|!|\s)|\\\\|~|[\s.,;:!?()（），。、：；！？-]/g, '');
	return rest === '' && words.length >= 2;
}

/**
 * Connectives that only tie a sentence to the one before ("Thus, ", "So ",
 * "因此，", "最后，", "例如，"): dropped from the start of a formula's
 * description, since the card does not show that sentence (round 2's judge
 * counted "Thus…/因此…" answers as dangling). What follows still reads whole.
 */
const CONNECTIVE_EN = new RegExp(
	String.raw`^(?:(?:(?:thus|hence|so|then|therefore|consequently|finally|now|next|moreover|furthermore|this means that),?|(?:accordingly|specifically|more specifically|concretely|formally|more formally|also|in addition|similarly|again|indeed|in fact|of course|in other words|that is|i\.e\.|to begin|first|second|lastly|as a result|in particular|for example|for instance),)\s+)+(?:(?:we\s+)?recall\s+that\s+)?|^recall\s+that\s+`,
	'i'
);
// Single-character and "final" connectives must not eat a word: "即使", "再次", "最后的结果".
const CONNECTIVE_ZH =
	/^(?:(?:因此|所以|于是|那么|然后|接着|接下来|最后|最终|此外|另外|同时|事实上|其实|实际上|总之|可见|显然|很明显|很显然|例如|比如|换句话说|也就是说|换言之|首先|其次|再者|相应地|类似地|同样地|另一方面|这意味着|这表明|这说明|由此可见|综上所述|从这个意义上讲|从这个意义上说|即(?![使便可将时])|再(?![次者]))(?![的地得])[，,、]?\s*)+/u;

/** A description sentence without the connective it opens with (capitalised again in English). */
export function stripConnective(sentence: string, zh: boolean): string {
	const s = sentence.trim();
	const out = s.replace(zh ? CONNECTIVE_ZH : CONNECTIVE_EN, '');
	// "即" / "再" as a verb prefix ("再假设…") stay stripped; an empty remainder keeps the sentence.
	if (!out || out === s) return s;
	return zh ? out : out.charAt(0).toUpperCase() + out.slice(1);
}

/**
 * An opener that points at an earlier result the card does not show: "Given the above
 * result", "Based on this analysis", "根据上述结论，". set1's momentum card 12 opened so.
 */
const BACK_REFERENCE_EN =
	/^(?:given|using|with|from|based on|building on|following|in light of|armed with)\s+(?:the|this|these|that|those|our)\s+(?:(?:above|previous|preceding|earlier|last|same)\s+)?(?:results?|analysis|discussion|observations?|insights?|derivation|findings?|reasoning|intuition|facts?)\b\s*,?\s*/i;
const BACK_REFERENCE_ZH =
	/^(?:根据|基于|由|利用|结合|有了|借助|鉴于)(?:上述|上面|前面|以上|这一?|这些|此)的?(?:结果|结论|分析|讨论|推导|观察|事实|性质)[，,]\s*/u;

/**
 * A description without the back reference it opens with; "let's see what happens when
 * we minimize $f$. For gradient descent we have this formula." becomes "When we minimize
 * $f$, for gradient descent we have this formula." Sentences are given in order.
 */
export function dropBackReference(sentences: string[], zh: boolean): string[] {
	if (!sentences.length) return sentences;
	const out = [...sentences];
	const first = out[0].trim();
	const cut = first.replace(zh ? BACK_REFERENCE_ZH : BACK_REFERENCE_EN, '');
	if (cut !== first && cut) out[0] = zh ? cut : cut.charAt(0).toUpperCase() + cut.slice(1);
	if (zh) return out;
	const frame = out[0].match(
		/^(?:let(?:'s| us)\s+(?:now\s+)?(?:see|look at|examine|check)\s+what happens\s+)(when|if)\s+(.+?)[.]$/i
	);
	if (frame && out.length > 1) {
		const next = out[1].trim();
		const lower = /^(?:For|We|The|In|With|It|This|Then|Here|Our|A|An)\b/.test(next)
			? next.charAt(0).toLowerCase() + next.slice(1)
			: next;
		const conj = frame[1].charAt(0).toUpperCase() + frame[1].slice(1).toLowerCase();
		out.splice(0, 2, `${conj} ${frame[2]}, ${lower}`);
	}
	return out;
}

/**
 * A sentence that is only a frame around the formula: "We can express the
 * update as follows.", "我们用公式可以表示为上式。", "由此得到公式。" — once
 * the words that point at the formula are gone, nothing of its own is left.
 */
export function isFrameOnly(sentence: string): boolean {
	const bare = sentence
		.replace(/\bthis formula\b|\bas follows\b|\bthe following\b/gi, ' ')
		.replace(/上式|下式|该式|此式|公式|如下式|如下所示/gu, '');
	return !isContentful(bare);
}

const EQREF = String.raw`:(?:eqref|eq):\x60([^\x60]+)\x60`;
/** A labelled formula short enough to read inline in a sentence. */
const inlineable = (tex: string) =>
	tex.length <= 80 && !/\n|\\begin|\\\\/.test(tex) && !/\$/.test(tex);

/**
 * A formula description with its d2l equation references read for this card. Cleaned,
 * `:eqref:` becomes a bare "公式" / "the equation" that seems to point at the card's own
 * formula (set2's self-attention card: "根据公式中注意力池化 $f$ 的定义" meant another one).
 * A reference to the card's own formula reads "上式" / "this formula"; one to another
 * formula of the article reads as its TeX when that is short (80 characters, one line),
 * and is dropped with its locative ("在…中，", "…中的", "in …") otherwise. Other references are left to the cleaner.
 */
export function resolveEqrefs(
	text: string,
	zh: boolean,
	own: string | undefined,
	labels: ReadonlyMap<string, string>
): string {
	if (!/:eqref:|:eq:/.test(text)) return text;
	const name = zh
		? String.raw`(?:公式|等式|方程)?\s*`
		: String.raw`(?:(?:the\s+)?(?:equation|eq\.)\s*)?`;
	let out = text.replace(new RegExp(name + EQREF, 'giu'), (all, label: string) => {
		if (label === own) return zh ? '上式' : 'this formula';
		const tex = labels
			.get(label)
			?.trim()
			.replace(/[.,]\s*$/, '');
		if (tex && inlineable(tex)) return zh ? ` $${tex}$ ` : `$${tex}$`;
		return all;
	});
	if (!new RegExp(EQREF).test(out)) return tidy(out, zh);
	const ref = name + EQREF;
	out = zh
		? out
				// "在 :eqref:`x`中，" / "如 :eqref:`x`所示，": the whole locative goes.
				.replace(new RegExp(String.raw`(?:在|如)\s*${ref}\s*(?:中|里|所示)[，,]?\s*`, 'gu'), '')
				// "根据 :eqref:`x` 中注意力池化的定义", ":eqref:`x` 中的任何一对": the reference goes.
				.replace(new RegExp(String.raw`\s*${ref}\s*(?:中的?|里的?)\s*`, 'gu'), '')
		: out
				.replace(
					new RegExp(String.raw`(^|[.!?]\s+)(?:in|from)\s+${ref}\s*,\s*([a-z])`, 'gi'),
					(_, pre, c: string) => pre + c.toUpperCase()
				)
				.replace(new RegExp(String.raw`\s+in\s+${ref}(?=[\s,.;:)]|$)`, 'gi'), '');
	return tidy(out, zh);
}

const tidy = (s: string, zh: boolean) =>
	(zh ? s.replace(/\s+(?=[，。；：、）])|(?<=[，。；：、（])\s+/gu, '') : s)
		.replace(/ {2,}/g, ' ')
		.trim();
