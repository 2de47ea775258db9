/**
 * A formula's name, from the running text that names it, never from its
 * section heading: "the *squared error* is given by:" → squared error;
 * "平方误差可以定义为以下公式：" → 平方误差; after it, "call this *linear*
 * convergence", "这也就是注意力机制的核心计算公式了。".
 */
import { stripInline } from '../content/headings';

const ROLE = /\s*:(?:eqref|numref|cite|label|eqlabel|ref|citet|citep):`[^`]*`/g;
const MATH = /\$\$[^$]+\$\$|\$[^$]+\$|\\\([\s\S]+?\\\)/g;

/** Plain words of a lead-in: no emphasis, roles or soft breaks (math kept). */
function plainWords(text: string): string {
	return stripInline(text.replace(ROLE, ''))
		.replace(/(?<![\w*])\*([^*\n]+)\*(?![\w*])/g, '$1')
		.replace(/(?<!\w)_([^_\n]+)_(?!\w)/g, '$1')
		.replace(/\s*\n\s*/g, ' ')
		.trim();
}

/** Words that name no formula in particular ("the result", "如下形式"). */
const EN_GENERIC =
	/^(?:result|results|value|values|output|outputs|prediction|predictions|update|updates|expression|equation|formula|term|terms|quantity|following|solution|objective|condition|function|model|form|same|derivative|gradient|product|sum)$/i;
const ZH_GENERIC =
	/^(?:公式|数学公式|式子|形式|如下形式|结果|表达式|方程|模型|数学模型|下式|上式|值|如下|以下|下面|算法|过程|计算|函数|解)$/u;

/**
 * A name made only of a generic head ("方式", "表达式", "update equations") and the
 * modifiers that grade or place it ("much simplified", "简化后的", "following"): it says
 * how the text introduces the formula, not what it is. On the unseen set1 articles all
 * three names of this kind ("方式", "much simplified expression", "update equations")
 * were judged wrong or vague, with their reverse cards. "GELU 的计算方式" keeps its subject.
 */
const ZH_GENERIC_PART =
	/(?:计算|数学|具体|最终|最后|简化后|简化|简单|简洁|一般|通用|完整|基本|新|如下|以下|下面|下列|这样|这种|对应|相应|更新|迭代|改写后|变换后|展开后|等价|类似)的?|(?:方式|形式|公式|表达式|式子|方程组|方程|等式|结果|过程|方法|表示|定义|规则|步骤|关系|写法|版本|形态)/gu;
const EN_GENERIC_WORD =
	/^(?:much|very|more|most|far|rather|quite|even|simplified|simpler|simple|compact|concise|neat|nice|general|generic|final|new|resulting|following|above|explicit|equivalent|alternative|same|corresponding|overall|full|complete|familiar|usual|basic|modified|revised|analogous|similar|actual|desired|first|next|last|two|three|several|set|system|pair|of|expressions?|equations?|updates?|forms?|results?|rules?|formulas?|formulae|identity|identities|relations?|relationships?|versions?|steps?|definitions?|representations?|formulations?|recursions?|recurrences?|quantity|quantities)$/i;

/** Modifiers that grade a formula, not name it: "much simplified", "更简洁的". */
const EVALUATIVE_EN =
	/^(?:(?:much|very|far|rather|quite|even|a\s+lot)\s+)?(?:simplified|simpler|more\s+compact|compact|concise|neater|nicer|more\s+elegant|elegant|convenient|resulting)\s+/i;
const EVALUATIVE_ZH =
	/^(?:简化后的?|简化的|更简洁的|简洁的|更简单的|更为简洁的|最终的|优雅的|等价的)/u;

/** Whether a name is only a generic head with modifiers ("方式", "much simplified expression"). */
export function isGenericName(name: string): boolean {
	const n = name.trim();
	if (/\p{Script=Han}/u.test(n)) return n.replace(ZH_GENERIC_PART, '').replace(/\s+/g, '') === '';
	return n.split(/\s+/).every((w) => EN_GENERIC_WORD.test(w));
}

/** Pronouns and demonstratives: "这一更新过程" refers back, it names nothing. */
const ZH_NOT_A_NAME =
	/^(?:我们|我|你|它|他|她|这|那|此|该|上述|如下|以下|下面|其中|由此|可以|就|也|本章|本节|本文|这里|此处|同一|同样|\d+\s*个)/u;
const EN_NOT_A_NAME = /^(?:this|that|these|those|it|its|our|we|following|above|such|same)\b/i;

function tidyZh(raw: string): string | null {
	if (ZH_NOT_A_NAME.test(raw.trim())) return null;
	let n = raw
		.replace(/[\u200B-\u200D\uFEFF“”「」『』"']/g, '')
		.replace(/^的/u, '')
		.replace(/^(?:则|即|而|并|再|就|也|首先|然后|最后)/u, '')
		.replace(/\s*\$[^$]*\$\s*$/, '')
		.replace(/(?:就|也|则|便|是|为|如下)$/u, '')
		// "输出形状将为", "4 个 advantage 分别为": the adverb before 为 is no part of the name.
		.replace(/(?:将|会|分别|都|均|也|就|则|要|应)$/u, '')
		.trim();
	// "查询$Q$、键$K$和值$V$的缩放点积注意力" → 缩放点积注意力.
	if (n.includes('$')) n = n.replace(/^.*\$[^$]*\$\s*的?/u, '');
	// "其编码方式" (its encoding) is an aspect of something named earlier; "其正态分布概率密度函数" names it.
	if (/^其/u.test(n)) {
		n = n.slice(1);
		if ([...n].length < 6) return null;
	}
	n = n
		.replace(/^(?:计算|求出|求)/u, '')
		.replace(/^(?:典型|标准|常见|基本)的/u, '')
		.replace(EVALUATIVE_ZH, '');
	if ([...n].length < 2 || [...n].length > 40) return null;
	if (/[$\\]|\d{3,}/.test(n) || ZH_NOT_A_NAME.test(n) || ZH_GENERIC.test(n)) return null;
	// "这是一个一般的二次函数" classifies the formula ("一个…"), it does not name it.
	if (/可以|得到|我们/u.test(n) || /^(?:一个|一种|一类|一些)/u.test(n) || isGenericName(n))
		return null;
	const open = (n.match(/[（(]/g) ?? []).length;
	if (open !== (n.match(/[）)]/g) ?? []).length) return null;
	return n;
}

function tidyEn(raw: string): string | null {
	const n = raw
		.replace(/^(?:the|a|an)\s+/i, '')
		.replace(/^(?:following|prototypical|so-called|standard)\s+/i, '')
		// "a much simpler softmax expression": the grading is no part of the name.
		.replace(EVALUATIVE_EN, '')
		.trim();
	if (!n || n.split(/\s+/).length > 6 || /[$\\]/.test(n)) return null;
	if (EN_NOT_A_NAME.test(n) || EN_GENERIC.test(n) || isGenericName(n)) return null;
	return n;
}

/** An English noun phrase from its determiner on, cut before its modifiers. */
const EN_NP = String.raw`\b(?:the|a|an)\s+((?:[A-Za-z][\w'-]*\s+){0,5}?[A-Za-z][\w'-]*)`;
const EN_CUT = String.raw`(?=\s*(?:$|[,(:;]|\$|\s(?:with|of|for|over|in|on|at|thus|then|that|which|is|are|can|may|between|from|given)\b))`;

/**
 * The name in a formula's lead-in (the sentence right before it), or null.
 * "- **均方误差（MSE）**：" → 均方误差（MSE）; "以下是神经网络的基本公式：" →
 * 神经网络的基本公式; "the *additive attention* scoring function is given by" →
 * additive attention scoring function.
 */
export function formulaName(lead: string): string | null {
	const bold = lead.match(/\*\*([^*]+?)\*\*\s*[：:]?\s*$/);
	if (bold) return tidyZh(bold[1].replace(/[：:]\s*$/, '').trim()) ?? bold[1].trim();
	const text = plainWords(lead).replace(/\s*[：:]\s*$/, '');
	return /\p{Script=Han}/u.test(text) ? zhLeadName(text) : enLeadName(text);
}

function zhLeadName(text: string): string | null {
	const clause = text
		.split(/[，,；;。]/)
		.pop()!
		.trim();
	const patterns = [
		/^(.{2,40}?)(?:\s*\$[^$]*\$\s*)?(?:就|也|则)?(?:可以|可|能够|能)?(?:被)?(?:定义|表示|写|记|表达)(?:为|成)/u,
		// "RMSNorm函数可以用以下数学公式表示：" names its subject.
		/^(.{2,40}?)(?:就|也|则)?(?:可以|可|能够|能)?(?:用|由|通过|以)(?:以下|如下|下面|下列)?的?(?:数学)?(?:公式|式子|方程|表达式)(?:来)?(?:表示|表达|描述|计算|定义|给出)$/u,
		/(?:以下是|下面是|如下是|这是|就是)(.{2,30})$/u,
		// "OPD 可以选择不同的分布散度。本章使用 reverse KL：" names the one it uses.
		/^(?:本章|本节|本文|这里|此处|我们)(?:将|会)?(?:使用|采用|选用|选择)(?:的是)?(.{2,30})$/u,
		// "GELU 的计算方式为" is a noun phrase ("计算方式"), not the verb "计算": left to the next pattern.
		/^.*?(?<![具拥含所没的]\s*)(?:得到|给出|计算|生成|求得|有)(?:一个|一种|了|出)?(.{2,40})$/u,
		// "sigmoid函数的导数为下面的公式：" names its subject (set1's MLP made no name of it).
		/^(.{2,40}?)(?:可以)?(?:写|表示|定义)?(?:为|是|如)(?:下面|以下|如下|下列)的?(?:数学)?(?:公式|式子|形式|表达式)(?:所示)?$/u,
		// "梯度下降变为" / "可以视为" end on a verb with 为: no name before them.
		/^(.{2,120}?)(?:如下式|如下所示|如下|(?<![变成作视化写记称认])为|是)$/u
	];
	for (const re of patterns) {
		const m = clause.match(re);
		if (m) return tidyZh(m[1]);
	}
	return null;
}

function enLeadName(text: string): string | null {
	const sentence = text
		.replace(MATH, (m) => ` ${m} `)
		.replace(/\s+/g, ' ')
		.trim();
	// "… the X, which we can express as follows", "…, i.e., the X"
	const which = sentence.match(
		new RegExp(
			EN_NP +
				String.raw`\s*,\s*which\s+(?:we\s+can\s+|can\s+be\s+|is\s+)?(?:express|expressed|write|written|given|defined)\b`,
			'i'
		)
	);
	if (which) return tidyEn(which[1]);
	const verb = sentence.match(
		/^(.*?)\s+(?:(?:thus|then|therefore)\s+)?(?:is|are|can\s+(?:thus\s+)?be|may\s+be)\s+(?:(?:thus|then)\s+)?(?:given|defined|written|computed|expressed|calculated)\s+(?:by|as)(?:\s+follows)?$/i
	);
	if (verb) {
		// The subject of the last clause: "Given a query q and a key k, the X is given by".
		const clauses = verb[1].split(/,\s+(?=(?:the|a|an|we)\b)|\bthat\s+|;\s*/i);
		const subject = clauses[clauses.length - 1];
		const m = subject.match(new RegExp('^\\s*' + EN_NP + EN_CUT, 'i'));
		if (m) return tidyEn(m[1]);
		return null;
	}
	const yields = sentence.match(
		/\b(?:yields?|gives?(?:\s+us)?|obtain|get|arrive\s+at|leads?\s+to|results?\s+in|we\s+have)\s+((?:the|a|an)\s+(?:[A-Za-z][\w'-]*\s+){0,5}[A-Za-z][\w'-]*)$/i
	);
	if (yields) return tidyEn(yields[1]);
	return null;
}

/**
 * The name the first sentence after a formula gives it, or null:
 * "This is known as the softmax.", "optimization researchers call this
 * *linear* convergence", "这也就是注意力机制的核心计算公式了。", "称之为“线性”收敛".
 */
export function nameAfter(sentence: string): string | null {
	const text = plainWords(sentence);
	if (/\p{Script=Han}/u.test(text)) {
		const patterns = [
			/^(?:这|此|上式|该式|这个公式|这一公式)(?:也)?(?:就)?(?:是|即|称为|被称为|叫做|叫作)(?:我们(?:所说|常说)?的|所谓的)?([^，。；,;：:]{2,30}?)了?[。，,]?$/u,
			/^(?:这|此|上式|该式)(?:也)?(?:就)?(?:是|即|称为|被称为|叫做|叫作)(?:我们(?:所说|常说)?的|所谓的)?([^，。；,;：:]{2,30}?)了?[。，,]/u,
			/称之为([^，。；,;：:]{2,30}?)(?:[，。；,;]|$)/u,
			/(?:将|把)(?:其|它|这个公式|上式|该式)称为([^，。；,;：:]{2,30}?)(?:[，。；,;]|$)/u,
			/也就是(?!说)(?:我们的|我们所说的|所谓的)?([^，。；,;：:]{2,30}?)了[。]?$/u
		];
		for (const re of patterns) {
			const m = text.match(re);
			if (m) return tidyZh(m[1]);
		}
		return null;
	}
	const patterns = [
		/\b(?:this|which|it|that)\s+is\s+(?:also\s+)?(?:called|known\s+as|referred\s+to\s+as|termed)\s+((?:the\s+|a\s+|an\s+)?(?:[A-Za-z][\w'-]*\s+){0,4}[A-Za-z][\w'-]*)/i,
		/\bcall(?:s|ed)?\s+(?:this|it)\s+((?:the\s+|a\s+|an\s+)?(?:[A-Za-z][\w'-]*\s+){0,4}[A-Za-z][\w'-]*)/i,
		/^i\.e\.,?\s+((?:the\s+|a\s+|an\s+)(?:[A-Za-z][\w'-]*\s+){0,4}[A-Za-z][\w'-]*)/i
	];
	for (const re of patterns) {
		const m = text.match(re);
		if (m) {
			const np = m[1].split(
				/\s+(?:whereas|which|that|and|of|for|with|since|because|but)\b|[,;.]/i
			)[0];
			return tidyEn(np);
		}
	}
	return null;
}
