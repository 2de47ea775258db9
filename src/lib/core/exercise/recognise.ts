import { msg } from '../say';
import type { TemplateId } from './types';

export interface Recognised {
	template: TemplateId;
	/**
	 * Set when the article writes the formula in a form that is wrong; the
	 * exercise uses the correct form and shows this next to the article's.
	 */
	articleNote?: string;
}

/**
 * The TeX flattened for matching: no spaces or sizing commands, text and
 * bold wrappers dropped (\text{softmax} → softmax, \mathbf{w} → w).
 */
export function flatten(tex: string): string {
	let s = tex;
	for (let i = 0; i < 3; i++)
		s = s.replace(
			/\\(?:text|textrm|mathrm|operatorname|mathbf|boldsymbol|bm|mathit|textbf)\s*\{([^{}]*)\}/g,
			'$1'
		);
	s = s.replace(/\\(?:mathbf|boldsymbol|bm|mathrm)\s+([A-Za-z])/g, '$1');
	return s
		.replace(/\\(?:begin|end)\{[a-z]+\*?\}|&/g, '')
		.replace(/\\(?:left|right|big|Big|bigg|Bigg)(?![a-zA-Z])/g, '')
		.replace(/\\[,;:!]|\\quad|\\qquad|~/g, '')
		.replace(/\\(?:cdot|times)(?![a-zA-Z])/g, '*')
		.replace(/\s+/g, '');
}

const HAT_Y = /\\hat\{?y|\\widehat\{?y|\\hat\{?p|\bp_|\\hat\{\\mathbf\{y/;
const LOG = /\\log|\\ln/;
const LR = /\\alpha|\\eta|\\gamma|\\lambda|\blr\b|\\epsilon/;
const GRAD = /\\nabla|\\partial|\\frac\{d|grad|\bg_/;
const SAMPLE = /;x|x_t,y_t|x_i,y_i|x\^\{\(i\)\}|\(x_t|\(x_i|\\mathcal\{B\}|\|B\|/;

/**
 * The exercise templates a formula supports, from its TeX structure and the
 * name the article gives it ("均方误差（MSE）", "the softmax function").
 * A formula may support several (a gradient-descent rule gives the scalar
 * and the vector step).
 */
export function recognise(texSource: string, name = ''): Recognised[] {
	const t = flatten(texSource);
	const n = name.toLowerCase();
	const out: Recognised[] = [];
	const add = (template: TemplateId, articleNote?: string) => {
		if (!out.some((r) => r.template === template))
			out.push({ template, ...(articleNote ? { articleNote } : {}) });
	};

	const isAttention =
		/softmax/i.test(t) &&
		/QK\^\{?(?:T|\\top|\\intercal|\\mathsf\{T\})/.test(t) &&
		/\\sqrt\{?d/.test(t);
	if (isAttention) {
		const dividesByV = /\\frac\{\\?softmax.*\}\{V\}\s*$/i.test(t) || /softmax\(.*\)\/V$/i.test(t);
		add(
			'attention',
			dividesByV
				? msg(
						'The article divides the softmax weights by V. Attention multiplies them with V: softmax(QKᵀ/√d_k)·V, the form used here.'
					)
				: undefined
		);
	}

	const relu = /ReLU\(|\\max\(0,/i.test(t);
	const weights = new Set(t.match(/W_\{?[A-Za-z0-9]+\}?|W\^\{?\(\d\)\}?/g) ?? []);
	if (
		(relu && weights.size >= 2) ||
		/ffn|feed-forward|feedforward|前馈|mlp|多层感知/.test(n + t.toLowerCase())
	)
		add('mlp2');

	if (
		!isAttention &&
		((/\\frac\{e\^\{?[a-z]_?\{?[a-z]/.test(t) && /\\sum.*e\^/.test(t)) ||
			/^softmax|softmax\(\w/i.test(t) ||
			/softmax/.test(n))
	)
		add('softmax');

	// A neuron: an activation applied to a weighted sum, σ(Wx + b) or σ(Σ wᵢxᵢ).
	const affine = String.raw`(?:(?:W|w|\\theta)(?:\^\{?T\}?|\^\\top)?(?:_\{?[^()]*?\}?)?\*?x(?:_\{?\w+\}?)?(?:\+b\w*)?|\\sum[^()]*w[^()]*x[^()]*)\)`;
	if (!out.some((r) => r.template === 'mlp2')) {
		if (new RegExp(String.raw`\\sigma\(` + affine).test(t)) add('neuron-sigmoid');
		if (new RegExp(String.raw`(?:ReLU\(|\\max\(0,)` + affine, 'i').test(t)) add('neuron-relu');
		if (
			/(?:^|=)(?:f|g|\\phi|\\varphi|a)\((?:W|w)/.test(t.replace(/^[^=]*=/, '=')) &&
			/\+b/.test(t)
		) {
			add('neuron-sigmoid');
			add('neuron-relu');
		}
	}

	const crossEntropy =
		/cross.?entropy|交叉熵|log.?loss|对数损失/.test(n + ' ' + t.toLowerCase()) ||
		(LOG.test(t) && /\\sum|\(1-y/.test(t) && /y/.test(t) && HAT_Y.test(t) && /^[^=]*=-/.test(t));
	if (crossEntropy && LOG.test(t)) {
		if (/\(1-y/.test(t) || /binary|二元|二分类|bce/.test(n)) add('bce');
		else add('cce');
	}

	const mseName =
		/\bmse\b|均方误差|mean squared error|mean square error|squared error|平方误差|平方损失|squared loss/.test(
			n
		);
	// (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)² with the sample superscripts dropped, or ‖y − ŷ‖².
	const bare = t.replace(/\^\{\([a-z]\)\}/g, '');
	const squaredDiff =
		/\([^()]*y[^()]*-[^()]*\)\^\{?2|\([^()]*-[^()]*y[^()]*\)\^\{?2|\\\|[^|]*y[^|]*-[^|]*\\\|\^\{?2/.test(
			bare
		);
	const density = /\\exp|\\sqrt\{2\\pi/.test(t);
	if (squaredDiff && !density && (mseName || /\bMSE\b/.test(t) || /\\sum|\\frac\{1\}\{2\}/.test(t)))
		add('mse');

	// An update rule: w_{t+1} = w_t − α ∇f(w_t) (or w ← w − η ∂L/∂w).
	const rule = t.match(
		/^\\?([a-zA-Z]+|\\theta|\(\w,\w\))(?:_\{?(?:t\+1|k\+1|i\+1|n\+1|new)\}?|')?(?:=|\\leftarrow|:=|←)\\?(\1)(?:_\{?(?:t|k|i|n|old)\}?)?-(.*)$/
	);
	if (rule && LR.test(rule[3]) && (GRAD.test(rule[3]) || SAMPLE.test(rule[3]))) {
		if (SAMPLE.test(rule[3]) || /sgd|stochastic|随机/.test(n)) add('sgd-linear');
		else {
			add('gd-scalar');
			add('gd-vector');
		}
	}
	return out;
}
