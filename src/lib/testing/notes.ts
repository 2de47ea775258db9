/**
 * A small article the re-import and article-identity tests share (unit and
 * browser): a definition, a named formula with its legend, a second
 * definition, and (in the full version) an FAQ section.
 */

/** Without the FAQ section. */
export const OPTIMISATION_BODY = `# 优化笔记

## 梯度下降

梯度下降是指沿着损失函数梯度的反方向更新参数的方法。

- **梯度下降（Gradient Descent）**：

$$
w_{t+1} = w_t - \\alpha \\cdot \\nabla f(w_t)
$$

其中，$w_t$为当前参数，$\\alpha$为学习率。

## 学习率

学习率是指每一步更新的步长大小。
`;

export const OPTIMISATION_NOTES = `${OPTIMISATION_BODY}
## 常见问题

### 学习率太大会怎样？

损失会震荡甚至发散。
`;

/** Its edit: one definition reworded, the FAQ cut. */
export const OPTIMISATION_EDITED = OPTIMISATION_NOTES.replace(
	'学习率是指每一步更新的步长大小。',
	'学习率是指每一步参数更新的步长。'
).replace(/## 常见问题[\s\S]*$/, '');
