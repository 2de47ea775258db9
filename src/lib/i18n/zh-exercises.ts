/** 中文 texts of the exercises: their pages, the lab, and what the templates write (tasks, steps, notes). */
export const zhExercises: Record<string, string> = {
	'The article writes': '文章的写法',
	'This exercise uses': '本练习使用',
	'expected {{value}}': '应为 {{value}}',
	'Counted right {{tolerance}} of the value TensorFlow.js computes. Fractions (1/3) and exponents (2e-3) are fine.':
		'与 TensorFlow.js 算出的值相差{{tolerance}}即算正确。可以输入分数（1/3）和指数（2e-3）。',
	'Right.': '正确。',
	'Not right. The worked solution is below.': '不正确。下面是解题步骤。',
	'Not quite: one more try.': '还差一点：再试一次。',
	'Show the solution': '查看解答',
	'TensorFlow.js backend:': 'TensorFlow.js 后端：',
	'ready in {{ms}} ms': '{{ms}} 毫秒就绪',
	'Loading TensorFlow.js…': '正在加载 TensorFlow.js…',
	'within 0.5 % (3 significant digits)': '在 0.5 % 以内（3 位有效数字）',
	'the sign is flipped': '符号反了',
	'twice the answer': '是答案的两倍',
	'half the answer': '是答案的一半',
	'10× the answer (decimal point?)': '是答案的 10 倍（小数点？）',
	'a tenth of the answer (decimal point?)': '是答案的十分之一（小数点？）',
	'off by {{d}}': '相差 {{d}}',
	'{{f}}× the answer': '是答案的 {{f}} 倍',
	'{{p}} % too high': '偏高 {{p}} %',
	'{{p}} % too low': '偏低 {{p}} %',
	'One weight, quadratic loss': '单个权重，二次损失',
	'Line fit, mean squared error': '直线拟合，均方误差',
	'The article divides the softmax weights by V. Attention multiplies them with V: softmax(QKᵀ/√d_k)·V, the form used here.':
		'文章把 softmax 权重除以 V。注意力是把权重乘以 V：softmax(QKᵀ/√d_k)·V，本练习用的就是这个形式。',
	'Gradient descent step (scalar)': '梯度下降一步（标量）',
	'$w_t$ is the current parameter, $\\alpha$ the learning rate, $\\nabla f(w_t)$ the gradient of the loss at $w_t$.':
		'$w_t$ 是当前参数，$\\alpha$ 是学习率，$\\nabla f(w_t)$ 是损失在 $w_t$ 处的梯度。',
	'The loss is $f(w) = {{a}}\\,(w - {{c}})^2$. From $w_0 = {{w}}$ take one gradient-descent step with learning rate $\\alpha = {{alpha}}$. What is $w_1$?':
		'损失为 $f(w) = {{a}}\\,(w - {{c}})^2$。从 $w_0 = {{w}}$ 出发，以学习率 $\\alpha = {{alpha}}$ 做一步梯度下降。$w_1$ 是多少？',
	'The gradient of $a(w - c)^2$ is $2a(w - c)$': '$a(w - c)^2$ 的梯度是 $2a(w - c)$',
	'Step against the gradient': '沿梯度的反方向走一步',
	'This steps along the gradient (+): descent subtracts $\\alpha \\nabla f$.':
		'这是沿梯度方向（+）走的：梯度下降要减去 $\\alpha \\nabla f$。',
	'The gradient of $a(w-c)^2$ has a factor 2: $2a(w - c)$.':
		'$a(w-c)^2$ 的梯度有因子 2：$2a(w - c)$。',
	'This is the gradient itself, not the new $w$.': '这是梯度本身，不是新的 $w$。',
	'Gradient descent step (vector)': '梯度下降一步（向量）',
	'$\\mathbf{w}_t$ is the parameter vector, $\\alpha$ the learning rate, $\\nabla f$ the gradient (one partial derivative per component).':
		'$\\mathbf{w}_t$ 是参数向量，$\\alpha$ 是学习率，$\\nabla f$ 是梯度（每个分量一个偏导数）。',
	'Least squares on 3 samples: $f(\\mathbf{w}) = \\frac{1}{2n}\\lVert X\\mathbf{w} - \\mathbf{y} \\rVert^2$ with $X = {{X}}$, $\\mathbf{y} = {{y}}$, $n = 3$. From $\\mathbf{w}_0 = {{w}}$ take one step with $\\alpha = {{alpha}}$. What is $\\mathbf{w}_1$?':
		'3 个样本上的最小二乘：$f(\\mathbf{w}) = \\frac{1}{2n}\\lVert X\\mathbf{w} - \\mathbf{y} \\rVert^2$，其中 $X = {{X}}$，$\\mathbf{y} = {{y}}$，$n = 3$。从 $\\mathbf{w}_0 = {{w}}$ 出发，以 $\\alpha = {{alpha}}$ 走一步。$\\mathbf{w}_1$ 是多少？',
	'Residuals $X\\mathbf{w}_0 - \\mathbf{y}$': '残差 $X\\mathbf{w}_0 - \\mathbf{y}$',
	'Gradient $\\frac{1}{n} X^\\top (X\\mathbf{w}_0 - \\mathbf{y})$':
		'梯度 $\\frac{1}{n} X^\\top (X\\mathbf{w}_0 - \\mathbf{y})$',
	'The gradient is averaged: divide $X^\\top(X\\mathbf{w} - \\mathbf{y})$ by $n$.':
		'梯度要取平均：把 $X^\\top(X\\mathbf{w} - \\mathbf{y})$ 除以 $n$。',
	'SGD step on a linear model': '线性模型上的一步 SGD',
	'One sample $(x_t, y_t)$ per step; the model is $\\hat{y} = \\mathbf{w}^\\top \\mathbf{x} + b$ with loss $\\frac{1}{2}(\\hat{y} - y)^2$.':
		'每一步用一个样本 $(x_t, y_t)$；模型为 $\\hat{y} = \\mathbf{w}^\\top \\mathbf{x} + b$，损失为 $\\frac{1}{2}(\\hat{y} - y)^2$。',
	'Model $\\hat{y} = \\mathbf{w}^\\top\\mathbf{x} + b$, loss $\\frac{1}{2}(\\hat{y} - y)^2$. Sample $\\mathbf{x} = {{x}}$, $y = {{y}}$; current $\\mathbf{w} = {{w}}$, $b = {{b}}$, learning rate $\\alpha = {{alpha}}$. After one SGD step, what are $w_1$, $w_2$ and $b$?':
		'模型 $\\hat{y} = \\mathbf{w}^\\top\\mathbf{x} + b$，损失 $\\frac{1}{2}(\\hat{y} - y)^2$。样本 $\\mathbf{x} = {{x}}$，$y = {{y}}$；当前 $\\mathbf{w} = {{w}}$，$b = {{b}}$，学习率 $\\alpha = {{alpha}}$。一步 SGD 之后，$w_1$、$w_2$ 和 $b$ 各是多少？',
	Prediction: '预测',
	'Error $\\hat{y} - y$': '误差 $\\hat{y} - y$',
	'Gradients: $\\partial L / \\partial \\mathbf{w} = (\\hat{y} - y)\\,\\mathbf{x}$, $\\partial L / \\partial b = \\hat{y} - y$':
		'梯度：$\\partial L / \\partial \\mathbf{w} = (\\hat{y} - y)\\,\\mathbf{x}$，$\\partial L / \\partial b = \\hat{y} - y$',
	'Step against the gradients': '沿梯度的反方向走一步',
	'This steps along the gradient (+): SGD subtracts $\\alpha \\nabla f$.':
		'这是沿梯度方向（+）走的：SGD 要减去 $\\alpha \\nabla f$。',
	'The bias is a parameter too: it moves by $-\\alpha(\\hat{y} - y)$.':
		'偏置也是参数：它要移动 $-\\alpha(\\hat{y} - y)$。',
	'This uses the loss $(\\hat{y} - y)^2$ (gradient twice as large); here the loss is $\\frac{1}{2}(\\hat{y} - y)^2$.':
		'这用的是损失 $(\\hat{y} - y)^2$（梯度大一倍）；这里的损失是 $\\frac{1}{2}(\\hat{y} - y)^2$。',
	'Mean squared error': '均方误差',
	'$y_i$ is the true value, $\\hat{y}_i$ the prediction, $n$ the number of samples.':
		'$y_i$ 是真实值，$\\hat{y}_i$ 是预测值，$n$ 是样本数。',
	'Targets $y = {{y}}$, predictions $\\hat{y} = {{yHat}}$. Compute the mean squared error.':
		'目标 $y = {{y}}$，预测 $\\hat{y} = {{yHat}}$。计算均方误差。',
	'Differences $y_i - \\hat{y}_i$': '差 $y_i - \\hat{y}_i$',
	Squared: '平方',
	'Mean over the {{n}} samples': '对 {{n}} 个样本取平均',
	'This is the sum of squares: divide by $n$ for the mean.': '这是平方和：除以 $n$ 才是平均值。',
	'This is half the mean ($\\frac{1}{2n}$ convention); this formula uses $\\frac{1}{n}$.':
		'这是平均值的一半（$\\frac{1}{2n}$ 的约定）；这个公式用的是 $\\frac{1}{n}$。',
	'This is the root of the mean (RMSE): leave out the square root.':
		'这是均值的平方根（RMSE）：不要开平方。',
	'Binary cross-entropy': '二元交叉熵',
	'$y_i \\in \\{0, 1\\}$ is the label, $\\hat{y}_i$ the predicted probability of class 1, $\\ln$ the natural logarithm.':
		'$y_i \\in \\{0, 1\\}$ 是标签，$\\hat{y}_i$ 是预测为类别 1 的概率，$\\ln$ 是自然对数。',
	'Labels $y = {{y}}$, predicted probabilities $\\hat{y} = {{p}}$. Compute the binary cross-entropy (natural log, mean over samples).':
		'标签 $y = {{y}}$，预测概率 $\\hat{y} = {{p}}$。计算二元交叉熵（自然对数，对样本取平均）。',
	'Each sample costs $-\\ln \\hat{y}_i$ when $y_i = 1$ and $-\\ln(1 - \\hat{y}_i)$ when $y_i = 0$':
		'每个样本的代价：$y_i = 1$ 时为 $-\\ln \\hat{y}_i$，$y_i = 0$ 时为 $-\\ln(1 - \\hat{y}_i)$',
	'Mean over the samples': '对样本取平均',
	'This is the sum: divide by $n$ for the mean.': '这是总和：除以 $n$ 才是平均值。',
	'This uses $\\log_{10}$: cross-entropy uses the natural logarithm.':
		'这用的是 $\\log_{10}$：交叉熵用自然对数。',
	'This takes $-\\ln \\hat{y}_i$ for every sample: when $y_i = 0$ the cost is $-\\ln(1 - \\hat{y}_i)$.':
		'这对每个样本都取了 $-\\ln \\hat{y}_i$：当 $y_i = 0$ 时代价是 $-\\ln(1 - \\hat{y}_i)$。',
	'Categorical cross-entropy': '多类交叉熵',
	'$y_{n,i}$ is 1 for the true class of sample $n$ (one-hot), $\\hat{y}_{n,i}$ the predicted probability, $C$ the number of classes.':
		'$y_{n,i}$ 在样本 $n$ 的真实类别上为 1（独热编码），$\\hat{y}_{n,i}$ 是预测概率，$C$ 是类别数。',
	'Two samples over 3 classes. Sample 1: true class {{c1}}, predicted $\\hat{y}_1 = {{p1}}$. Sample 2: true class {{c2}}, predicted $\\hat{y}_2 = {{p2}}$. Compute the cross-entropy (natural log, mean over the samples).':
		'3 个类别上的两个样本。样本 1：真实类别 {{c1}}，预测 $\\hat{y}_1 = {{p1}}$。样本 2：真实类别 {{c2}}，预测 $\\hat{y}_2 = {{p2}}$。计算交叉熵（自然对数，对样本取平均）。',
	'With one-hot labels only the true class counts: $-\\ln \\hat{y}_{n,\\text{true}}$':
		'标签是独热编码时只有真实类别起作用：$-\\ln \\hat{y}_{n,\\text{true}}$',
	'Mean over the two samples': '对两个样本取平均',
	'This is the sum over samples: divide by $N = 2$ for the mean.':
		'这是对样本的求和：除以 $N = 2$ 才是平均值。',
	'Neuron layer with sigmoid': '使用 sigmoid 的神经元层',
	'Neuron layer with ReLU': '使用 ReLU 的神经元层',
	'$\\sigma(z) = \\frac{1}{1 + e^{-z}}$ applied to each component; $W$ weights, $\\mathbf{x}$ input, $\\mathbf{b}$ bias.':
		'$\\sigma(z) = \\frac{1}{1 + e^{-z}}$ 作用于每个分量；$W$ 是权重，$\\mathbf{x}$ 是输入，$\\mathbf{b}$ 是偏置。',
	'$\\operatorname{ReLU}(z) = \\max(0, z)$ applied to each component; $W$ weights, $\\mathbf{x}$ input, $\\mathbf{b}$ bias.':
		'$\\operatorname{ReLU}(z) = \\max(0, z)$ 作用于每个分量；$W$ 是权重，$\\mathbf{x}$ 是输入，$\\mathbf{b}$ 是偏置。',
	'$W = {{W}}$, $\\mathbf{x} = {{x}}$, $\\mathbf{b} = {{b}}$. Compute $\\mathbf{y} = {{f}}$.':
		'$W = {{W}}$，$\\mathbf{x} = {{x}}$，$\\mathbf{b} = {{b}}$。计算 $\\mathbf{y} = {{f}}$。',
	'Weighted sum plus bias': '加权和加偏置',
	'Apply ${{f}}$ to each component': '对每个分量应用 ${{f}}$',
	'This is $W\\mathbf{x} + \\mathbf{b}$ before the activation: apply ${{f}}$.':
		'这是激活前的 $W\\mathbf{x} + \\mathbf{b}$：还要应用 ${{f}}$。',
	'The bias $\\mathbf{b}$ is left out.': '漏掉了偏置 $\\mathbf{b}$。',
	Softmax: 'Softmax',
	'$\\mathbf{z}$ are the scores (logits); the outputs are positive and sum to 1.':
		'$\\mathbf{z}$ 是得分（logits）；输出都是正数且和为 1。',
	'Scores $\\mathbf{z} = {{z}}$. Compute $\\operatorname{softmax}(\\mathbf{z})$.':
		'得分 $\\mathbf{z} = {{z}}$。计算 $\\operatorname{softmax}(\\mathbf{z})$。',
	'Exponentiate each score': '对每个得分取指数',
	'Their sum': '它们的和',
	'Divide each by the sum': '每个都除以这个和',
	'These are $e^{z_i}$: divide each by their sum.': '这些是 $e^{z_i}$：还要每个都除以它们的和。',
	'This divides the scores by their sum: exponentiate first.':
		'这是把得分直接除以它们的和：要先取指数。',
	'Scaled dot-product attention': '缩放点积注意力',
	'$Q$ queries, $K$ keys, $V$ values (one row per token), $d_k$ the key dimension; softmax runs along each row. The weights multiply $V$: they do not divide it.':
		'$Q$ 是查询，$K$ 是键，$V$ 是值（每个词元一行），$d_k$ 是键的维度；softmax 沿每一行计算。权重是乘以 $V$，不是除以 $V$。',
	'Two tokens, $d_k = 2$: $Q = {{Q}}$, $K = {{K}}$, $V = {{V}}$. Compute $\\operatorname{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V$ (row by row).':
		'两个词元，$d_k = 2$：$Q = {{Q}}$，$K = {{K}}$，$V = {{V}}$。逐行计算 $\\operatorname{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V$。',
	'Scores $QK^\\top$': '得分 $QK^\\top$',
	'Scaled by $\\sqrt{d_k} = \\sqrt{2}$': '除以 $\\sqrt{d_k} = \\sqrt{2}$ 缩放',
	'Softmax of each row: the attention weights': '每一行取 softmax：得到注意力权重',
	'Weights times $V$': '权重乘以 $V$',
	'This leaves out the scaling by $\\sqrt{d_k}$.': '漏掉了除以 $\\sqrt{d_k}$ 的缩放。',
	'This divides the weights by $V$ (the form some articles print): the weights multiply $V$.':
		'这是把权重除以 $V$（有些文章印成这样）：权重应该乘以 $V$。',
	'Two-layer MLP forward pass': '两层 MLP 的前向传播',
	'The feed-forward block: a hidden layer with ReLU, then a linear output layer.':
		'前馈块：一个使用 ReLU 的隐藏层，再接一个线性输出层。',
	'$\\mathbf{x} = {{x}}$, $W_1 = {{W1}}$, $\\mathbf{b}_1 = {{b1}}$, $W_2 = {{W2}}$, $\\mathbf{b}_2 = {{b2}}$. Compute $\\mathbf{y} = W_2\\,\\operatorname{ReLU}(W_1\\mathbf{x} + \\mathbf{b}_1) + \\mathbf{b}_2$.':
		'$\\mathbf{x} = {{x}}$，$W_1 = {{W1}}$，$\\mathbf{b}_1 = {{b1}}$，$W_2 = {{W2}}$，$\\mathbf{b}_2 = {{b2}}$。计算 $\\mathbf{y} = W_2\\,\\operatorname{ReLU}(W_1\\mathbf{x} + \\mathbf{b}_1) + \\mathbf{b}_2$。',
	'Hidden pre-activation $W_1\\mathbf{x} + \\mathbf{b}_1$':
		'隐藏层激活前的值 $W_1\\mathbf{x} + \\mathbf{b}_1$',
	'Output $W_2\\mathbf{h} + \\mathbf{b}_2$': '输出 $W_2\\mathbf{h} + \\mathbf{b}_2$',
	'The ReLU is left out: negative hidden values become 0.': '漏掉了 ReLU：隐藏层的负值应变为 0。',
	'TensorFlow.js could not start: {{reason}}': 'TensorFlow.js 无法启动：{{reason}}',
	'“{{value}}” is not a number (box {{box}}).': '「{{value}}」不是数字（第 {{box}} 个框）。',
	'Type a number in every box (box {{box}} is empty).':
		'请在每个框中输入数字（第 {{box}} 个框是空的）。',
	'WebGL is not available in this browser, so TensorFlow.js checks answers on the CPU backend. Results are the same; the lab runs slower.':
		'此浏览器无法使用 WebGL，因此 TensorFlow.js 在 CPU 后端上检查答案。结果相同，但实验室运行较慢。',
	'Formula exercises': '公式练习',
	'Work a formula with small numbers and have the answer checked by TensorFlow.js, in this browser and offline. Each exercise draws new numbers every time.':
		'用小数字算一遍公式，由 TensorFlow.js 在本浏览器中离线检查答案。每次练习都会抽取新的数字。',
	'From your library': '来自你的文库',
	'Each of these is also a card in review, with fresh numbers every time:':
		'这些练习也都是复习中的卡片，每次都会换新的数字：',
	'review the exercise cards due': '复习到期的练习卡片',
	'the article’s formula is wrong': '文章中的公式有误',
	'None of your articles has a formula these exercises know (losses, gradient steps, neurons, softmax, attention, feed-forward blocks). All exercises are below.':
		'你的文章中没有这些练习认识的公式（损失函数、梯度步、神经元、softmax、注意力、前馈块）。全部练习见下方。',
	'Gradient-descent lab': '梯度下降实验室',
	'Pick a learning rate and a number of steps, predict the loss, then watch the loss curve.':
		'选择学习率和步数，预测损失，然后观察损失曲线。',
	'Open the lab': '打开实验室',
	'All exercises': '全部练习',
	'Your last attempts': '你最近的作答',
	When: '时间',
	Result: '结果',
	'Checked on': '检查后端',
	'Lab: {{title}}, 20 steps': '实验室：{{title}}，20 步',
	'Check the engine on this device': '在本设备上检查计算引擎',
	'Computes every exercise on 20 drawn instances with TensorFlow.js ({{backend}}) and compares each value with a plain computation in double precision. They should agree within {{agreement}} relative.':
		'用 TensorFlow.js（{{backend}}）在 20 组随机数字上计算每个练习，并把每个值与双精度的直接计算比较。两者的相对误差应在 {{agreement}} 以内。',
	'Checking…': '正在检查…',
	'Run the check': '运行检查',
	Exercise: '练习',
	Instances: '实例数',
	'Largest difference': '最大差异',
	agrees: '一致',
	DIFFERS: '不一致',
	'Live tensors before the check {{before}}, after {{after}}: every tensor was released.':
		'检查前存活张量 {{before}} 个，检查后 {{after}} 个：所有张量都已释放。',
	'Live tensors before the check {{before}}, after {{after}}.':
		'检查前存活张量 {{before}} 个，检查后 {{after}} 个。',
	From: '来自',
	'{{where}} (line {{line}})': '{{where}}（第 {{line}} 行）',
	'the article': '文章',
	'New numbers': '换一组数字',
	'Other numbers': '换别的数字',
	'There is no exercise called “{{name}}”.': '没有名为「{{name}}」的练习。',
	'The learning rate must be a positive number.': '学习率必须是正数。',
	'Steps must be a whole number from 1 to 200.': '步数必须是 1 到 200 之间的整数。',
	'“{{value}}” is not a number.': '「{{value}}」不是数字。',
	Loss: '损失',
	'Each step: parameters ← parameters − α · gradient. TensorFlow.js computes the gradient and takes the steps.':
		'每一步：参数 ← 参数 − α · 梯度。梯度和每一步都由 TensorFlow.js 计算。',
	'Learning rate α': '学习率 α',
	'Steps k': '步数 k',
	'Your prediction of the loss after k steps': '你预测 k 步后的损失',
	'Running…': '正在运行…',
	Run: '运行',
	'Loss at the start': '起始损失',
	', after {{steps}} steps': '，{{steps}} 步后',
	'Your prediction {{guess}} is within {{pct}} %.': '你的预测 {{guess}} 误差在 {{pct}} % 以内。',
	'Your prediction {{guess}} is off by more than {{pct}} %.':
		'你的预测 {{guess}} 误差超过 {{pct}} %。',
	'The loss grew: with α = {{rate}} the steps overshoot the minimum by more each time. For this loss descent diverges from α ≈ {{limit}}.':
		'损失变大了：α = {{rate}} 时每一步都越过最小值，而且越过得越来越多。对这个损失，α ≈ {{limit}} 起梯度下降就会发散。',
	'Descent converges here for α below about {{limit}}; try one above it.':
		'这里 α 小于约 {{limit}} 时梯度下降收敛；试一个比它大的值。',
	'Each step multiplies $w - 2$ by $1 - 2 \\cdot 1.5\\,\\alpha$, so after $k$ steps $f(w_k) = 1.5\\,(1 - 3\\alpha)^{2k}\\,(0 - 2)^2$.':
		'每一步把 $w - 2$ 乘以 $1 - 2 \\cdot 1.5\\,\\alpha$，所以 $k$ 步后 $f(w_k) = 1.5\\,(1 - 3\\alpha)^{2k}\\,(0 - 2)^2$。',
	'Loss after each step': '每一步后的损失',
	'step {{step}}': '第 {{step}} 步',
	'loss (log scale)': '损失（对数坐标）',
	loss: '损失',
	'Your prediction: {{loss}}': '你的预测：{{loss}}'
};
