/** 中文 UI texts, keyed by the English text (see index.svelte.ts). */
export const zh: Record<string, string> = {
	// Navigation and shared words
	Library: '文库',
	Review: '复习',
	Quiz: '测验',
	Exercises: '练习',
	Cards: '卡片',
	Stats: '统计',
	Settings: '设置',
	Statistics: '统计',
	'Mnemo was updated in another tab.': 'Mnemo 已在另一个标签页中更新。',
	Reload: '重新加载',
	'to go on (everything you rated is saved).': '后继续（你的所有评分都已保存）。',
	'The sample library could not be saved: {{reason}}': '无法保存示例文库：{{reason}}',
	', ': '，',
	'.': '。',
	Delete: '删除',
	Space: '空格',
	Enter: '回车',
	// Card kinds and ratings
	concept: '概念',
	formula: '公式',
	FAQ: '问答',
	cloze: '填空',
	diagram: '图示',
	list: '列表',
	exercise: '练习',
	Again: '重来',
	Hard: '困难',
	Good: '良好',
	Easy: '简单',
	// Library and import
	'Delete “{{title}}” and its cards? Your review history is kept.':
		'删除「{{title}}」及其卡片？你的复习记录会保留。',
	'{{articles}} articles, {{cards}} cards.': '{{articles}} 篇文章，{{cards}} 张卡片。',
	'Export all to Anki': '全部导出到 Anki',
	'Export to Anki': '导出到 Anki',
	'A text file Anki imports: File → Import': 'Anki 可导入的文本文件：文件 → 导入',
	'Problems found on import': '导入时发现的问题',
	'{{n}} to check': '{{n}} 处待检查',
	'Delete {{title}}': '删除 {{title}}',
	'Pasted article': '粘贴的文章',
	'{{n}} new': '新增 {{n}}',
	'{{n}} updated': '更新 {{n}}',
	'{{n}} unchanged': '未变 {{n}}',
	'{{n}} retired': '停用 {{n}}',
	'{{n}} already in another article': '{{n}} 张已在其他文章中',
	'Add articles': '添加文章',
	'Drop Markdown files here': '把 Markdown 文件拖到这里',
	'Drop Markdown files here, or': '把 Markdown 文件拖到这里，或',
	'Choose files…': '选择文件…',
	'…or paste Markdown': '…或粘贴 Markdown',
	'Title (optional)': '标题（可选）',
	'Title of the pasted article': '粘贴文章的标题',
	'Markdown to import': '要导入的 Markdown',
	'Import pasted text': '导入粘贴的文本',
	'Import progress': '导入进度',
	'line {{line}}:': '第 {{line}} 行：',
	'Nothing in your library was changed.': '文库没有任何改动。',
	// Cards and articles
	'Delete this card? Its past ratings stay in your review history.':
		'删除这张卡片？它过去的评分会保留在复习记录中。',
	'Search cards (中文 or English)…': '搜索卡片（中文或英文）…',
	'Search cards': '搜索卡片',
	'All articles': '所有文章',
	Kind: '类型',
	State: '状态',
	'Any state': '任何状态',
	review: '复习中',
	'{{n}} cards': '{{n}} 张卡片',
	'Loading cards…': '正在载入卡片…',
	'line {{line}}': '第 {{line}} 行',
	Unsuspend: '恢复',
	Suspend: '暂停',
	Answer: '答案',
	'Review this article': '复习这篇文章',
	'Quiz on this article': '测验这篇文章',
	'{{count}} problems found on import_other': '导入时发现 {{count}} 个问题',
	'{{n}} sections made no cards (still readable below)':
		'{{n}} 个章节没有生成卡片（仍可在下方阅读）',
	'Card kind': '卡片类型',
	all: '全部',
	'Show this passage in the article': '在文章中显示这段',
	'Try this exercise': '做这道练习',
	'Hide answer': '隐藏答案',
	'Edit card': '编辑卡片',
	Front: '正面',
	Back: '背面',
	'Markdown, with math in $…$ or $$…$$. A re-import of the article keeps your wording.':
		'Markdown，数学公式写在 $…$ 或 $$…$$ 中。重新导入文章时会保留你的修改。',
	Cancel: '取消',
	// Review
	'Session progress': '本轮进度',
	New: '新卡片',
	Learning: '学习中',
	'Loading today’s cards…': '正在载入今天的卡片…',
	'Show in article (line {{line}})': '在文章中查看（第 {{line}} 行）',
	'Show answer': '显示答案',
	Undo: '撤销',
	Edit: '编辑',
	'Done for now': '今天的复习完成了',
	'Nothing to review': '没有要复习的卡片',
	'You reviewed {{n}} cards in about {{min}} min:': '你复习了 {{n}} 张卡片，用时约 {{min}} 分钟：',
	'Cards you are still learning come back in {{when}}.':
		'仍在学习中的卡片将在 {{when}}后再次出现。',
	'Back to the library': '返回文库',
	'Undo last rating': '撤销上一次评分',
	Rated: '评为',
	'right at the first try': '第一次就答对',
	'right at the second try': '第二次答对',
	'not solved': '未解出',
	'next in {{when}}': '{{when}}后再见',
	Continue: '继续',
	// Quiz
	'Retake this quiz': '重做这次测验',
	'New quiz on this topic': '这个主题的新测验',
	'This quiz result is not in your library.': '文库中没有这次测验的结果。',
	'Keys: 1–4 pick an answer, Enter checks it and goes on.': '按键：1–4 选择答案，回车检查并继续。',
	'Match each term with its definition.': '把每个术语与它的定义配对。',
	'Put the steps in order.': '把步骤按顺序排列。',
	'Is this the right answer?': '这个答案对吗？',
	'Your answer': '你的答案',
	'Type your answer, then Enter': '输入答案，然后按回车',
	'Definition for term {{n}}': '术语 {{n}} 的定义',
	Steps: '步骤',
	'Move {{step}} up': '上移 {{step}}',
	'Move {{step}} down': '下移 {{step}}',
	"Keys: a step's number selects it, ↑ / ↓ move it.": '按键：数字选中步骤，↑ / ↓ 移动它。',
	Article: '文章',
	'The whole library': '整个文库',
	Section: '章节',
	'All of it': '全部',
	'All kinds': '所有类型',
	Questions: '题数',
	'Question types': '题型',
	'Start quiz': '开始测验',
	'History on this topic': '这个主题的历史',
	'No quiz taken on this topic yet.': '这个主题还没有做过测验。',
	'Score:': '得分：',
	right: '正确',
	wrong: '错误',
	'Right answer': '正确答案',
	'Building the quiz…': '正在生成测验…',
	'Quiz progress': '测验进度',
	'Question {{n}} of {{total}}': '第 {{n}} 题，共 {{total}} 题',
	Right: '答对了',
	'Not quite': '不太对',
	'What differed': '差别',
	'Answer:': '答案：',
	'Read the passage (line {{line}})': '阅读原文（第 {{line}} 行）',
	Next: '下一题',
	'See results': '查看结果',
	Check: '检查',
	'Scores over time': '历次得分',
	'Multiple choice': '单项选择',
	'True / false': '判断',
	'Typed answer': '填写答案',
	Matching: '配对',
	Ordering: '排序',
	True: '对',
	False: '错',
	'False — the answer is:': '错——答案是：',
	'There are no cards on this topic to ask about.': '这个主题没有可以出题的卡片。',
	// Settings
	'“{{bad}}” is not a step: write minutes, hours or days like 1m 10m 1d.':
		'「{{bad}}」不是有效的间隔：请写分钟、小时或天，例如 1m 10m 1d。',
	'Desired retention must be between 0.70 and 0.99.': '目标记忆保留率必须在 0.70 到 0.99 之间。',
	'Saved. The new settings apply from the next card.': '已保存。新设置从下一张卡片起生效。',
	'Desired retention': '目标记忆保留率',
	'How likely you want to be to remember a card when it comes due. Higher means more reviews.':
		'卡片到期时你希望记得它的概率。越高，复习越多。',
	'New cards per day': '每日新卡片数',
	'Reviews per day': '每日复习数',
	'Learning steps': '学习间隔',
	'Relearning steps': '重学间隔',
	'The day starts at (hour)': '每天开始于（几点）',
	'Cards I miss in a quiz come back in review (rated Again)':
		'测验中答错的卡片回到复习中（评为「重来」）',
	Save: '保存',
	Appearance: '外观',
	Language: '语言',
	Theme: '主题',
	'Same as the system': '跟随系统',
	Light: '浅色',
	Dark: '深色',
	// Backup
	'Backup saved ({{size}}). Keep it somewhere safe; restore it here.':
		'备份已保存（{{size}}）。请妥善保管；可在这里恢复。',
	'Replace your whole library with the backup “{{file}}”?': '用备份「{{file}}」替换整个文库？',
	'Restored: {{articles}} articles, {{cards}} cards, {{reviewLog}} reviews, {{quizResults}} quiz results, {{exerciseAttempts}} exercise attempts.':
		'已恢复：{{articles}} 篇文章，{{cards}} 张卡片，{{reviewLog}} 次复习，{{quizResults}} 次测验结果，{{exerciseAttempts}} 次练习作答。',
	'Delete every article, card, review and result in this browser? Download a backup first if you may want them back.':
		'删除此浏览器中的所有文章、卡片、复习和结果？如果以后可能还需要，请先下载备份。',
	'Everything was deleted. Reloading starts over with the sample articles.':
		'已全部删除。重新加载后将从示例文章重新开始。',
	'The browser will keep Mnemo’s data.': '浏览器会保留 Mnemo 的数据。',
	'The browser declined for now; it often grants this to sites you use often or install. Keep backups.':
		'浏览器暂时拒绝了；它通常会对经常使用或已安装的网站授予此权限。请保留备份。',
	Backup: '备份',
	'One file with everything: articles, cards, schedules, the review log, quiz results, exercise attempts and settings. Restoring it replaces the library in this browser; a damaged or foreign file is refused and nothing changes.':
		'一个文件包含一切：文章、卡片、排程、复习记录、测验结果、练习作答和设置。恢复会替换此浏览器中的文库；损坏或不相干的文件会被拒绝，什么都不会改变。',
	'Download a backup': '下载备份',
	'Restore from a backup…': '从备份恢复…',
	'Delete all data': '删除所有数据',
	Storage: '存储',
	'This browser does not say whether it keeps Mnemo’s data.':
		'此浏览器没有说明是否会保留 Mnemo 的数据。',
	'Persistent storage is': '持久存储',
	granted: '已授予',
	': the browser will not clear Mnemo’s data to make room.':
		'：浏览器不会为腾出空间而清除 Mnemo 的数据。',
	'not granted': '未授予',
	': when space runs low the browser may clear data of sites not used lately.':
		'：空间不足时，浏览器可能会清除最近未使用网站的数据。',
	'Ask the browser': '向浏览器申请',
	'Mnemo uses {{used}} of the {{quota}} this browser allows.':
		'Mnemo 使用了 {{used}}，此浏览器允许 {{quota}}。',
	// Fitting the schedule
	'Fit the schedule to your memory': '让排程贴合你的记忆',
	'FSRS predicts how likely you are to recall each card. Fitting its parameters to your own reviews makes those predictions, and so your intervals, match your memory.':
		'FSRS 预测你记起每张卡片的概率。用你自己的复习记录拟合它的参数，能让预测以及复习间隔更贴合你的记忆。',
	'Reviews to learn from: {{own}} in this library, {{imported}} imported.':
		'可用于学习的复习记录：本文库 {{own}} 条，导入 {{imported}} 条。',
	'The schedule uses:': '当前排程使用：',
	'parameters fitted to you': '为你拟合的参数',
	'the FSRS defaults': 'FSRS 默认参数',
	'Import a review history (CSV)': '导入复习历史（CSV）',
	'Columns card_id, review_rating (1–4), review_time, review_duration, as exported by FSRS tools.':
		'列为 card_id、review_rating（1–4）、review_time、review_duration，与 FSRS 工具导出的格式相同。',
	'Added {{added}} of {{total}} reviews ({{cards}} cards) from {{file}}.':
		'从 {{file}} 添加了 {{total}} 条中的 {{added}} 条复习记录（{{cards}} 张卡片）。',
	'{{file}} was not imported: {{reason}}': '{{file}} 未导入：{{reason}}',
	'Optimising needs at least {{min}} reviews; there are {{n}}.':
		'优化至少需要 {{min}} 条复习记录；目前有 {{n}} 条。',
	'Optimising needs at least {{min}} reviews of cards seen on an earlier day, both among the older four fifths of your history and the most recent fifth; there are {{train}} and {{test}}.':
		'优化需要在较早的五分之四历史和最近的五分之一历史中，各至少有 {{min}} 条隔天复习的记录；目前分别有 {{train}} 条和 {{test}} 条。',
	'The optimizer needs WebAssembly threads, which this page cannot use: it is not cross-origin isolated. Mnemo’s own server sends the headers it needs (Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp); a server hosting the built app must send them too.':
		'优化器需要 WebAssembly 线程，但此页面无法使用：它没有跨源隔离。Mnemo 自带的服务器会发送所需的响应头（Cross-Origin-Opener-Policy: same-origin 和 Cross-Origin-Embedder-Policy: require-corp）；托管构建产物的服务器也必须发送它们。',
	'Optimise my schedule': '优化我的排程',
	'Use the defaults': '改用默认参数',
	'Remove imported histories': '移除导入的历史',
	'Optimiser progress': '优化进度',
	'Fitting on {{done}} of {{total}} items…': '正在拟合：{{done}} / {{total}}…',
	'The schedule now uses the fitted parameters.': '排程现在使用拟合出的参数。',
	'The fitted parameters did not predict your recent reviews better, so the schedule is unchanged.':
		'拟合出的参数对你最近复习的预测并没有更好，因此排程保持不变。',
	'The schedule uses the FSRS default parameters again.': '排程已改回 FSRS 默认参数。',
	'Imported review histories removed.': '已移除导入的复习历史。',
	'Last run {{date}}: judged on your {{n}} most recent reviews of cards seen on an earlier day, held out of the fit ({{train}} used to fit, {{s}} s).':
		'上次运行 {{date}}：用你最近 {{n}} 条隔天复习记录评估，这些记录未参与拟合（拟合用了 {{train}} 条，耗时 {{s}} 秒）。',
	'Log loss': '对数损失',
	RMSE: 'RMSE',
	Before: '之前',
	Fitted: '拟合后',
	'Lower is better for both. Fitted parameters are applied only when their log loss is lower.':
		'两项都是越低越好。只有对数损失更低时才会采用拟合出的参数。',
	'Applied.': '已采用。',
	'Not applied.': '未采用。',
	// Statistics
	'Reading the library…': '正在读取文库…',
	'{{total}} reviews in all, {{today}} today; a streak of {{count}} days_other':
		'共复习 {{total}} 次，今天 {{today}} 次；已连续 {{count}} 天。',
	'Reviews per day over the last year': '过去一年每天的复习数',
	'Due in the next 30 days': '未来 30 天到期',
	'{{today}} due today, {{month}} in 30 days.': '今天到期 {{today}} 张，30 天内 {{month}} 张。',
	'Cards due on each of the next 30 days': '未来 30 天每天到期的卡片',
	'Cards by state': '各状态的卡片',
	'{{new}} new, {{learning}} learning, {{young}} young, {{mature}} mature, {{suspended}} suspended.':
		'新卡片 {{new}}，学习中 {{learning}}，较新 {{young}}，成熟 {{mature}}，暂停 {{suspended}}。',
	'True retention per month': '每月真实保留率',
	'The share of reviews of mature cards (interval of 21 days or more) not rated Again; your target is {{target}}.':
		'成熟卡片（间隔 21 天或以上）的复习中未评为「重来」的比例；你的目标是 {{target}}。',
	'{{month}}: {{share}} of {{n}}.': '{{month}}：{{n}} 次中的 {{share}}。',
	'No reviews of mature cards yet: retention shows once cards have intervals of 21 days or more.':
		'还没有成熟卡片的复习：卡片间隔达到 21 天或以上后会显示保留率。',
	'Progress per article': '各文章的进度',
	'Cards of each article: not seen yet, learning, mature': '每篇文章的卡片：未学、学习中、成熟',
	'Quizzes and exercises': '测验和练习',
	'{{quiz}} quiz questions and {{exercise}} exercise answers, share right per day.':
		'{{quiz}} 道测验题和 {{exercise}} 次练习作答，按天统计的正确率。',
	'Quiz and exercise results over time': '测验和练习成绩随时间的变化',
	'{{day}}: {{n}} reviews': '{{day}}：{{n}} 次复习',
	today: '今天',
	Due: '到期',
	'True retention': '真实保留率',
	new: '新卡片',
	learning: '学习中',
	young: '较新',
	mature: '成熟',
	suspended: '暂停',
	'not seen yet': '未学',
	'learning / young': '学习中 / 较新',
	Quizzes: '测验',
	// Exercises, the importer's problems and refusals of a file (texts the core writes)
	'The chart could not be drawn: {{reason}}': '无法绘制图表：{{reason}}',
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
	'This Anki file has no notes with a front and a back (each row needs two fields separated by the #separator).':
		'这个 Anki 文件中没有同时具有正面和背面的笔记（每行需要两个以 #separator 分隔的字段）。',
	'This backup is cut short (the file ends in the middle): it may not have finished downloading or copying.':
		'这个备份不完整（文件在中途结束）：可能没有下载或复制完。',
	'This backup is damaged: it is not valid JSON ({{reason}}).':
		'这个备份已损坏：它不是有效的 JSON（{{reason}}）。',
	'This file is not a Mnemo backup: it is not valid JSON ({{reason}}).':
		'此文件不是 Mnemo 备份：它不是有效的 JSON（{{reason}}）。',
	'This file is not a Mnemo backup (it has no "mnemo-backup" marker).':
		'此文件不是 Mnemo 备份（没有 "mnemo-backup" 标记）。',
	'This backup was made by a newer Mnemo (backup format {{version}}); this version reads format {{known}}. Update Mnemo, then restore it.':
		'这个备份由更新版本的 Mnemo 创建（备份格式 {{version}}）；当前版本只能读取格式 {{known}}。请先更新 Mnemo，再恢复。',
	'This backup holds a newer library layout (schema {{schema}}; this Mnemo knows {{known}}). Update Mnemo, then restore it.':
		'这个备份使用更新的文库结构（结构版本 {{schema}}；当前 Mnemo 只认识 {{known}}）。请先更新 Mnemo，再恢复。',
	'This backup has no tables.': '这个备份中没有数据表。',
	'This backup is missing the “{{name}}” table.': '这个备份缺少「{{name}}」表。',
	'The “{{name}}” table has {{rows}} rows but the backup says {{said}}: the file was changed or damaged.':
		'「{{name}}」表有 {{rows}} 行，但备份记录的是 {{said}} 行：文件被修改过或已损坏。',
	'Row {{row}} of “{{name}}” has no “{{field}}”: the file is damaged.':
		'「{{name}}」表的第 {{row}} 行缺少「{{field}}」：文件已损坏。',
	'Row {{row}} of “{{name}}” has an invalid date in “{{field}}”.':
		'「{{name}}」表的第 {{row}} 行「{{field}}」中的日期无效。',
	'This backup does not match its checksum: the file was changed or damaged.':
		'这个备份与其校验和不符：文件被修改过或已损坏。',
	'Section “{{title}}” yielded no cards; it stays readable in the article.':
		'小节「{{title}}」没有生成卡片；它仍可在文章中阅读。',
	'Removed chat-template tokens {{tokens}}': '已删除聊天模板标记 {{tokens}}',
	'Removed chat-template token {{tokens}}': '已删除聊天模板标记 {{tokens}}',
	'a PDF document': '一个 PDF 文档',
	'a PNG image': '一张 PNG 图片',
	'a JPEG image': '一张 JPEG 图片',
	'a GIF image': '一张 GIF 图片',
	'a ZIP archive (or a Word/Excel file)': '一个 ZIP 压缩包（或 Word/Excel 文件）',
	'a gzip archive': '一个 gzip 压缩包',
	'The file is empty.': '文件是空的。',
	'This is {{what}}, not a Markdown article.': '这是{{what}}，不是 Markdown 文章。',
	'This file holds binary data (a NUL byte), not Markdown text.':
		'此文件包含二进制数据（NUL 字节），不是 Markdown 文本。',
	'The file is not valid UTF-8 (byte {{byte}}); save it as UTF-8 and import it again.':
		'文件不是有效的 UTF-8（第 {{byte}} 个字节）；请另存为 UTF-8 后重新导入。',
	'This text holds binary data (a NUL byte), not Markdown.':
		'此文本包含二进制数据（NUL 字节），不是 Markdown。',
	'The file has no text in it.': '文件中没有文字。',
	'This is an HTML page, not a Markdown article.': '这是一个 HTML 网页，不是 Markdown 文章。',
	'This is an RTF document, not a Markdown article.': '这是一个 RTF 文档，不是 Markdown 文章。',
	'This is a JSON file, not a Markdown article.': '这是一个 JSON 文件，不是 Markdown 文章。',
	'This file has no readable prose to learn from.': '此文件中没有可供学习的文字。',
	'Display formula is never closed before the next blank line; kept as text.':
		'行间公式在下一个空行前没有闭合；已按文本保留。',
	'Formula does not typeset: {{reason}}': '公式无法排版：{{reason}}',
	'Inline formula does not typeset: {{reason}}': '行内公式无法排版：{{reason}}',
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
	'This is not a review history: the first line needs the columns card_id, review_rating and review_time (missing {{missing}}).':
		'这不是复习记录：第一行需要 card_id、review_rating 和 review_time 三列（缺少 {{missing}}）。',
	'the card_id is empty.': 'card_id 为空。',
	'review_rating must be 1, 2, 3 or 4 (Again, Hard, Good, Easy), not "{{value}}".':
		'review_rating 必须是 1、2、3 或 4（重来、困难、良好、简单），而不是「{{value}}」。',
	'review_time "{{value}}" is not a date and time.': 'review_time「{{value}}」不是日期时间。',
	'review_duration "{{value}}" is not a number of milliseconds.':
		'review_duration「{{value}}」不是毫秒数。',
	'The file has a header but no reviews.': '文件只有表头，没有复习记录。',
	'Line {{line}}: {{what}}': '第 {{line}} 行：{{what}}',
	'Exercise: **{{title}}**': '练习：**{{title}}**',
	'Could not read this article: {{reason}}': '无法读取这篇文章：{{reason}}',
	'The optimizer stopped: {{reason}}': '优化器已停止：{{reason}}',
	'The optimizer stopped: its worker failed to load.': '优化器已停止：它的后台线程没能加载。',
	'TensorFlow.js could not start: {{reason}}': 'TensorFlow.js 无法启动：{{reason}}',
	'“{{value}}” is not a number (box {{box}}).': '「{{value}}」不是数字（第 {{box}} 个框）。',
	'Type a number in every box (box {{box}} is empty).':
		'请在每个框中输入数字（第 {{box}} 个框是空的）。',
	'Nothing was restored; your library is as it was.': '没有恢复任何内容；你的文库保持原样。',
	'The browser has no more storage space for Mnemo. Free some space (or delete articles you no longer need) and try again.':
		'浏览器没有更多存储空间留给 Mnemo。请释放一些空间（或删除不再需要的文章）后重试。',
	'The browser has no more storage space for Mnemo. {{after}} Free some space (or delete articles you no longer need) and try again.':
		'浏览器没有更多存储空间留给 Mnemo。{{after}}请释放一些空间（或删除不再需要的文章）后重试。',
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
	'Your prediction: {{loss}}': '你的预测：{{loss}}',
	'True or false': '判断对错',
	Options: '选项',
	'This article is not in your library.': '这篇文章不在你的文库中。'
};
