/**
 * What a definition's predicate must say: a genus or what the term does, not a
 * judgement ("…的关键", "a key component"), a pointer ("如图", "shown in") or a
 * formula alone. Split from definition.ts, which matches the sentence shapes.
 */
/** A predicate that judges or points instead of defining ("X是…的关键", "X is shown in"). */
const EVALUATIVE_ZH =
	/^(?:非常|很|十分|极其|相当|尤其|更|最|比较|越来越)?(?:重要|关键|必要|必不可少|有效|有用|不同|相同|一样|类似|可行|困难|复杂|简单|容易|常见|昂贵|必需)/u;
/** Nouns that only rank ("…的关键", "…的重要成果之一"). */
const EVALUATIVE_END_ZH =
	/(?:关键|因素|核心|基础|前提|保障|一环|热点|趋势|必然|驱动力|成果|动力|保证|瓶颈|重点|难点|里程碑|标志)(?:之一)?$/u;
/** Nouns that rank only with an evaluative word before them ("重要步骤", "核心问题", not "…的途径"). */
const RANKED_END_ZH =
	/(?:重要|关键|核心|主要|必要|基本|根本|首要|热门)[^，,。]{0,6}(?:组成部分|步骤|方向|手段|领域|场景|问题|环节|挑战|难题|途径|任务|部分|方面|内容|工具|技术|方法)(?:之一)?$/u;
export const GENUS_ZH = /(?:一种|一类|一个|一项|一门|一组|一套|一系列|一款|一位|一家)/u;
/**
 * "是一个关键的组成部分，它能使…": a genus that only ranks, whatever follows (judged wrong:
 * the card never says what T5's pre-training task is).
 */
const RANKED_GENUS_ZH = new RegExp(
	String.raw`^${GENUS_ZH.source}?(?:非常|很|极其|十分|最为?)?(?:关键|重要|核心|基础|主要|必要|基本|不可或缺|必不可少|里程碑式?|划时代|开创性|标志性)的?(?:组成部分|部分|环节|一环|步骤|一步|因素|角色|成果|要素|组件|模块|内容|方面|问题|手段|工具|任务|技术|方法|概念|思想|里程碑|作品|工作|进展)(?:之一)?$`,
	'u'
);
const POINTER_ZH = /^(?:如图|见图|如表|见表|如下|下面|以下|这样|如此|这个|那个|这些)/u;

const EVALUATIVE_EN =
	/^(?:(?:very|quite|so|really|particularly|especially|extremely|rather|more|less|much|often|usually|also|not|no\s+longer)\s+)*(?:important|crucial|critical|essential|key|vital|useful|helpful|necessary|needed|required|possible|impossible|easy|hard|difficult|simple|straightforward|complicated|expensive|cheap|costly|good|bad|better|worse|best|worst|fine|great|nice|clear|obvious|true|false|correct|wrong|similar|different|same|equal|small|large|big|high|low|fast|slow|shown|given|depicted|illustrated|plotted|displayed|listed|described|discussed|defined|computed|calculated|used|needed|available|known|called|based|due|likely|unlikely|able|unable|zero|one|two|positive|negative|\d)/i;
const GENERIC_PREDICATE_EN =
	/^(?:a|an|the)\s+(?:(?:very|really|quite|so)\s+)?(?:good|bad|great|nice|simple|better|key|important|common|useful|popular|major|main|big|crucial|central|critical|natural|reasonable|standard|typical)?\s*(?:idea|choice|thing|way|option|example|point|case|reason|question|problem|issue|result|fact|matter|subject|topic|goal|aim|trick|catch|step|part|one|same|other|following|above|below|case)\b/i;
/** "a key component of …", "an important milestone": a genus that only ranks. */
const RANKED_GENUS_EN =
	/^(?:a|an|the)\s+(?:(?:very|really|most)\s+)?(?:key|important|crucial|critical|essential|vital|central|core|fundamental|major|significant|landmark)\s+(?:component|part|element|ingredient|step|building block|aspect|factor|piece|milestone|achievement|contribution|role)s?\b/i;
const SUPERLATIVE_EN = /^the\s+(?:most|best|worst|main|key|mainstay|cornerstone|backbone|heart)\b/i;
/** "is a lot faster", "is a bit more": degree, not a genus. */
const DEGREE_EN =
	/^(?:a\s+(?:lot|bit|little|few|great deal|good deal|tad)|an?\s+(?:order|factor)\s+of)\b/i;

/**
 * The rest of a "X是…" sentence defines X (a genus, a description), rather
 * than judging it ("…的关键", "…之一") or pointing at a figure or a formula.
 */
export function definesZh(predicate: string): boolean {
	const p = predicate.trim();
	if (p.replace(/\$[^$]*\$/g, '').replace(/[\s\p{P}]/gu, '').length < 4) return false;
	if (EVALUATIVE_ZH.test(p) || POINTER_ZH.test(p)) return false;
	// "是一个很简单的优化问题": a genus with a degree adverb judges.
	if (new RegExp(`^${GENUS_ZH.source}?(?:很|非常|十分|相当|比较|极其|更|最|特别)`, 'u').test(p))
		return false;
	if (/^[\d.\s%$]/.test(p)) return false;
	const first = p.split(/[，,。；;]/)[0].replace(/[。.]$/, '');
	if (RANKED_GENUS_ZH.test(first.trim())) return false;
	if (!GENUS_ZH.test(first) && (EVALUATIVE_END_ZH.test(first) || RANKED_END_ZH.test(first)))
		return false;
	// "是大模型的另一个重要应用领域。": a genus that only ranks X, with nothing after it.
	const only = p.replace(/[。.]\s*$/, '') === first;
	if ((EVALUATIVE_END_ZH.test(first) || RANKED_END_ZH.test(first)) && only) return false;
	if (/^(?:另一|另外)/u.test(first)) return false;
	if (/^.{0,12}(?:重要|关键|核心|主要|必不可少).{0,12}之一$/u.test(first)) return false;
	return true;
}

/**
 * "T5 模型的预训练任务是一个关键的组成部分，…", "Attention is a key component of …": the
 * sentence's first "是/is" only ranks its subject, so it is neither a definition nor a point.
 */
export function ranksOnly(sentence: string, zh: boolean): boolean {
	if (zh) {
		const m = sentence.match(/^[^，,。；;]{1,30}?(?:是|为)(?!否)([^，,。；;]+)/u);
		return Boolean(m && RANKED_GENUS_ZH.test(m[1].trim()));
	}
	const m = sentence.match(/^[^,.;]{1,60}?\b(?:is|are|was|were)\s+([^,.;]+)/i);
	return Boolean(m && RANKED_GENUS_EN.test(m[1].trim()));
}

/** Like `definesZh`, for the part after "is/are" in English. */
export function definesEn(predicate: string): boolean {
	const p = predicate.trim();
	if (p.split(/\s+/).length < 3) return false;
	if (
		EVALUATIVE_EN.test(p) ||
		GENERIC_PREDICATE_EN.test(p) ||
		SUPERLATIVE_EN.test(p) ||
		RANKED_GENUS_EN.test(p) ||
		DEGREE_EN.test(p)
	)
		return false;
	if (/^(?:a|an|the)\s+(?:function|matrix|vector|number|scalar|value)\s+of\b/i.test(p)) return true;
	if (/^\$/.test(p) || /^(?:as follows|given by|shown|in (?:figure|fig|table|eq))/i.test(p))
		return false;
	return true;
}
