/**
 * Formulas that once blanked the app (issue 17): KaTeX recursed on their
 * nesting until the stack overflowed. Each is about 6–50 KB of TeX.
 */
export const DEEP_FORMULAS: Record<string, string> = {
	'3,000 nested {…}': '{'.repeat(3000) + 'x' + '}'.repeat(3000),
	'2,000 nested \\underbrace': '\\underbrace{'.repeat(2000) + 'x' + '}_{a}'.repeat(2000),
	'5,000 nested \\frac': '\\frac{1}{'.repeat(5000) + 'x' + '}'.repeat(5000)
};

/**
 * A small article with one hostile display formula (on line 9, inside a
 * definition list item, so it makes formula cards) between ordinary prose.
 */
export function deepArticle(tex: string): string {
	return [
		'# 深层嵌套',
		'',
		'## 梯度下降',
		'',
		'梯度下降是指沿着损失函数梯度的反方向更新参数的方法。',
		'',
		'- **嵌套公式（Nested）**：',
		'',
		'$$',
		tex,
		'$$',
		'',
		'其中，$x$为输入。',
		'',
		'## 学习率',
		'',
		'学习率是指每一步更新的步长大小。',
		''
	].join('\n');
}
