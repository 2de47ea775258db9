/**
 * Dangling references: text that points at something a card does not show
 * ("the equation", "上式", "these values", "如图所示", "in the next section")
 * or that opens with a connective ("Thus", "因此") and so leans on a sentence
 * the card leaves out. Round 2's judge found these the most common defect of
 * every card kind, so all extractors share this one test.
 */
import { ANAPHOR_EN, ANAPHOR_ZH } from './anaphor';

/** Openers that say the sentence puts things plainly; what it leans on is in the rest. */
const PLAINLY =
	/^(?:简单来说|简单地说|简而言之|简言之|通俗地说|通俗来说|说白了|In short|Simply put|Put simply|In a nutshell|Roughly speaking)[，,：:\s]*/iu;

/** Options for `dangles`: what the card itself shows, so a pointer at it is resolved. */
export interface DangleOptions {
	/** The card shows the formula ("this formula", "上式" are then fine). */
	formula?: boolean;
	/** The card shows the figure or diagram. */
	figure?: boolean;
}

/** Openers that lean on what came before, beyond the anaphors of `anaphor.ts`. */
const OPENER_ZH =
	/^(?:从这|从此|由此|基于此|基于这|据此|鉴于此|在此|在这|此时|这时|那时|对此|为此|进而|从而|因而|故而|故|所以|因为这|正因|可是|但是|然而|而且|并且|况且|再者|再次|又|也就是|换言之|总而言之|综上所述|也即|亦即|更进一步|进一步|另一方面|一方面|反之|相应地|类似地|同理|如前所述|如上所述|前面|前文|上文|回顾|结合|刚刚|刚才|一般来说|通常来说|总体来说|简而言之|为了说明|为了演示|为了展示|为了理解|考虑|让我们|我们来看|来看)/u;
const OPENER_EN =
	/^(?:Therefore|Thus|Hence|So|Then|Consequently|Accordingly|But|And|Or|Yet|Still|Nonetheless|Nevertheless|Meanwhile|Indeed|In fact|After all|Putting|Combining|Plugging|Substituting|Rearranging|Together|Taken together|With (?:this|that|these|those)|Given (?:this|that|these|those)|From (?:this|that|these|those|here)|Based on (?:this|that|these)|Building on|Returning to|Going back|Recall(?:ing)?|Remember|Once again|To summarize|In summary|In sum|In short|Put differently|Said differently|Namely|Specifically|Equivalently|Alternatively|Analogously|Second(?:ly)?|Third(?:ly)?|Lastly|Later|Earlier|Previously|Above|Below|Correspondingly|Another|Other|Let's|Let us|Since (?:it|this|that|these|they)|Because (?:it|this|that|these|they)|One way|The other|To (?:illustrate|see|demonstrate|understand|get|make)|Consider|Fortunately|Unfortunately|Luckily|Interestingly|Clearly|Obviously|Surprisingly|Notably|Importantly|Naturally)\b/;

/** A bare connective with its comma ("因此，", "Thus, "): dropping it loses no content. */
const CONNECTIVE =
	/^(?:因此|所以|于是|然而|但是|不过|此外|另外|同时|那么|而且|并且|事实上|实际上|Thus|Therefore|Hence|So|However|Moreover|Furthermore|Then|Indeed|In fact|In practice|In addition|In particular|In general|Consequently|Overall|Finally|Lastly)\s*[，,]\s*/u;

/**
 * `text` without a leading connective ("因此，我们…" → "我们…", "Thus, the…" → "The…"),
 * for a card whose sentence is whole apart from the word that tied it to the one before.
 */
export function dropConnective(text: string): string {
	const t = text.trim();
	const m = t.match(CONNECTIVE);
	if (!m) return t;
	const rest = t.slice(m[0].length);
	return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** References to equations, figures, tables, sections or passages the card does not show. */
const POINTER_ZH =
	/上式|下式|该式|此式|本式|前式|后式|原式|如下式|上述公式|以上公式|下面的公式|上面的公式|这个公式|该公式|此公式|(?:根据|由|按照|按|从|用|如|见|代入|通过|利用|对|将|把)\s*公式(?![\p{Script=Han}A-Za-z(（$]{0,1}[：:]?\s*\$)|公式\s*[(（]?\s*\d|公式(?:中|里|可知|表明|所示|给出|说明)|式\s*[(（]\s*\d|[(（]\s*\d+(?:\.\d+)*\s*[)）]\s*式|如图|见图|上图|下图|图中|图\s*\d|如表(?![现示达明])|见表|(?:上|下)表(?![现示达明])|(?<![代发列图外])表\s*\d|上述|如上|(?<![比例])如下(?![游降雨午])|(?<![\d个项倍种位级万亿千百十%])以上|(?<![\d个项倍种位级万亿千百十%])以下(?!几|的几)|下列|上面(?!的?(?:一?层|神经元))|下面(?!的?(?:一?层|神经元))|前面|后面(?:会|将|的章节|的内容)|前文|上文|(?<!上)下文|后文|前述|上一节|下一节|上节|下节|本节|本章|本文|上一章|下一章|前一节|前几节|后续章节|接下来(?:我们|将|会)|后面我们|前面我们|我们(?:已经|之前|前面|刚才|上面)|刚才|此处/u;
/**
 * A demonstrative that needs an antecedent, when it sits in the card's first clause. Not
 * 其/它 there: mid-sentence they mostly refer to the sentence's own subject ("对其进行编码").
 */
const DEMONSTRATIVE_ZH = /这|那(?![么些])|(?<![彼因如])此|(?<!应)该|上述/u;

const POINTER_EN = new RegExp(
	[
		// "the equation", "the formula above"; "the equation $y=wx$" shows what it names.
		String.raw`\bthe\s+(?:equations?|formulas?|formulae|expressions?|figures?|fig\.|plots?|diagrams?|tables?|sections?|subsections?|chapters?|listings?|code(?:\s+(?:snippet|block|cell))?|snippets?|derivation|exercises?)\b(?!\s*\$)`,
		String.raw`\b(?:this|that|these|those|above|following|previous|preceding|last|next|earlier|prior)\s+(?:equations?|formulas?|formulae|expressions?|figures?|fig\.|plots?|diagrams?|illustrations?|images?|tables?|sections?|subsections?|chapters?|listings?|code(?:\s+(?:snippet|block|cell))?|snippets?|examples?|experiments?|exercises?|discussion|derivation|paragraph|passage|notebook|cell)\b(?!\s*\$)`,
		String.raw`\b(?:equation|eq\.|eqn\.?|figure|fig\.|table|section|chapter|listing|algorithm)\s*\(?\d`,
		String.raw`\b(?:the|as)\s+(?:above|below|following|former|latter)\b`,
		String.raw`\b(?:shown|given|defined|described|introduced|discussed|mentioned|derived|presented|listed|seen|computed|obtained|illustrated|depicted|noted|stated|explained|outlined|covered|used)\s+(?:above|below|earlier|previously|before|later)\b`,
		String.raw`\b(?:as follows|see (?:above|below)|from above|in the (?:next|following|previous|preceding|last|coming|upcoming)\b|later (?:in|on)\b|we (?:have|'ve) (?:seen|shown|discussed|introduced|defined|derived|covered|learned)\b|as we (?:saw|have seen|discussed|mentioned|showed)\b|recall that\b)`,
		String.raw`\b(?:these|those)\s+(?:two|three|four|several|pieces|values|quantities|terms|components|parts|steps|ideas|things|results|numbers|variables|models|methods|cases|properties|assumptions|conditions|definitions|ingredients)\b`
	].join('|'),
	'i'
);
/** A demonstrative determiner ("this model", "these values"), in the card's first clause. */
const DEMONSTRATIVE_EN =
	/\b(?:this|these|those(?!\s+(?:that|which|who|whose|with)\b)|such(?!\s+as\b))\b/i;

/** The first clause: up to the first comma, semicolon or sentence end. */
function firstClause(text: string, zh: boolean): string {
	const stop = zh ? /[，,；;。！？!?]/u : /[,;:]\s|[.!?](?:\s|$)/;
	const cut = text.search(stop);
	if (cut < 0) return text;
	// "事实上，这…", "In practice, this…": a short opener is not yet the clause.
	const head = text.slice(0, cut);
	// "在机器学习的术语中，该数据集…", "In this setting, it…": a frame is not yet the clause either.
	const frame = zh
		? /^(?:在|对于|关于|当|如果|随着|根据|按照)/u.test(head)
		: /^(?:In|For|On|At|When|If|As|Given|Under|With|From|By)\b/.test(head);
	const short =
		frame || (zh ? head.replace(/\s/g, '').length <= 4 : head.trim().split(/\s+/).length <= 2);
	if (!short) return head;
	const rest = text.slice(cut + 1);
	const next = rest.search(stop);
	return head + ' ' + (next < 0 ? rest : rest.slice(0, next));
}

/** Pointers at the formula or figure the card shows are resolved by the card itself. */
function resolved(text: string, zh: boolean, opts: DangleOptions): string {
	// "其中，$x$是输入…", "where $x$ is…": a legend of the formula the card shows.
	let t = opts.formula
		? text.replace(/^(?:其中|式中|这里|此处|where|here)\s*[，,:：]?\s*/iu, 'Ф ')
		: text;
	if (opts.formula)
		t = zh
			? t.replace(
					/上式|下式|该式|此式|本式|这个公式|该公式|此公式|上述公式|上面的公式|下面的公式/gu,
					'Ф'
				)
			: t.replace(
					/\b(?:the|this|that|above|following)\s+(?:equation|formula|expression)s?\b/gi,
					'Ф'
				);
	if (opts.figure)
		t = zh
			? t.replace(/如图|见图|上图|下图|图中/gu, 'Ф')
			: t.replace(/\b(?:the|this|above|following)\s+(?:figure|diagram|plot|image)s?\b/gi, 'Ф');
	return t;
}

/**
 * Whether `text` (a card's answer or cloze sentence, as plain text) dangles:
 * it opens with an anaphor or connective ("This…", "Thus…", "因此…",
 * "从这个意义上讲…"), points at an unshown equation, figure, table, section or
 * passage ("the equation", "上式", "如图", "in the next section", "前面介绍的"),
 * or uses a demonstrative ("these values", "该模型") in its first clause, before
 * anything it could refer to. `opts` says what the card shows itself: a formula
 * card may say "this formula".
 */
export function dangles(text: string, zh: boolean, opts: DangleOptions = {}): boolean {
	const t = text
		.trim()
		.replace(/^[\s*_`“"「(（]+/u, '')
		.trim()
		// "简单来说，X 是…", "In short, X is …": the opener only says how plainly the rest speaks.
		.replace(PLAINLY, '');
	if (!t) return false;
	const shown = resolved(t, zh, opts);
	// "Ф" stands for what the card shows, so "This formula is…" on a formula card opens with it.
	const open = shown.trim();
	if (zh) {
		// "注意力机制" opens with the word "注意" (note) of ANAPHOR_ZH but is a term.
		const lean = ANAPHOR_ZH.test(open) && !/^(?:注意力|其他|其它|即时|同样本)/u.test(open);
		if (lean || OPENER_ZH.test(open)) return true;
		if (POINTER_ZH.test(shown)) return true;
		return DEMONSTRATIVE_ZH.test(firstClause(shown, true));
	}
	if (ANAPHOR_EN.test(open) || OPENER_EN.test(open)) return true;
	if (POINTER_EN.test(shown)) return true;
	return DEMONSTRATIVE_EN.test(firstClause(shown, false));
}
