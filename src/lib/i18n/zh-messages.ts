/**
 * 中文 texts of what goes wrong, mostly written by the core and storage:
 * import problems and refusals, backups, a full disk, a stopped worker.
 */
export const zhMessages: Record<string, string> = {
	'The chart could not be drawn: {{reason}}': '无法绘制图表：{{reason}}',
	'Note {{note}} (line {{line}} of the file): {{entities}} names no character; it shows as �.':
		'第 {{note}} 条笔记（文件第 {{line}} 行）：{{entities}} 不对应任何字符，显示为 �。',
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
	'Row {{row}} of “{{name}}”: “{{field}}” is {{found}}, but it should be {{expected}}. The file was changed or damaged.':
		'「{{name}}」表的第 {{row}} 行：「{{field}}」是{{found}}，但应该是{{expected}}。文件被修改过或已损坏。',
	'Rows {{first}} and {{row}} of “{{name}}” have the same {{field}} “{{value}}”: a library holds each only once, so the file was changed or damaged.':
		'「{{name}}」表的第 {{first}} 行和第 {{row}} 行的 {{field}} 相同（「{{value}}」）：文库中每个只能有一份，所以文件被修改过或已损坏。',
	'The backup does not say how many rows the “{{name}}” table has: the file was changed or damaged.':
		'备份没有记录「{{name}}」表有多少行：文件被修改过或已损坏。',
	'The backup gives the row count of the “{{name}}” table as {{found}}, not as a number: the file was changed or damaged.':
		'备份中「{{name}}」表的行数记录为{{found}}，而不是数字：文件被修改过或已损坏。',
	'a text': '文本',
	'a text that is not empty': '非空文本',
	'a number': '数字',
	'a whole number': '整数',
	'true or false': '真或假',
	'a list': '列表',
	'a date': '日期',
	'an object': '对象',
	'one of {{values}}': '{{values}} 之一',
	'at least {{min}}': '不小于 {{min}} 的数',
	'at most {{max}}': '不大于 {{max}} 的数',
	'a date between 1970 and 2100': '1970 年到 2100 年之间的日期',
	'a date between 1970 and 2200': '1970 年到 2200 年之间的日期',
	'a number above 0 and at most 1': '大于 0 且不大于 1 的数',
	'a list of 17, 19 or 21 numbers': '由 17、19 或 21 个数组成的列表',
	'a step like 1m, 10m or 1d': '形如 1m、10m 或 1d 的步长',
	'empty (null)': '空值',
	'the text “{{value}}”': '文本「{{value}}」',
	'the number {{value}}': '数字 {{value}}',
	'the value {{value}}': '值 {{value}}',
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
	'This file starts as UTF-16 text ({{order}}) but does not read as UTF-16; save it as UTF-8 (in the editor: Save as…, encoding UTF-8) and import it again.':
		'此文件以 UTF-16 文本（{{order}}）开头，却无法按 UTF-16 读取；请另存为 UTF-8（在编辑器中选择“另存为…”，编码选 UTF-8）后重新导入。',
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
	'nested more than {{limit}} levels deep, too deep to typeset':
		'嵌套超过 {{limit}} 层，过深，无法排版',
	'too deeply nested to typeset': '嵌套过深，无法排版',
	'This formula is shown as its TeX source: {{reason}}.': '此公式以源码显示：{{reason}}。',
	'This text could not be displayed ({{reason}}); here it is as written.':
		'这段内容无法显示（{{reason}}），以下是原文。',
	'This card could not be displayed: {{reason}}': '这张卡片无法显示：{{reason}}',
	'This page could not be displayed: {{reason}}': '此页面无法显示：{{reason}}',
	'Try again': '重试',
	'Today’s cards could not be loaded: {{reason}}': '无法加载今天的卡片：{{reason}}',
	'“{{title}}” already came from a file of this name, with other text: this file was added as a new article beside it.':
		'文库中已有来自同名文件的「{{title}}」，但内容不同：此文件已作为新文章另行添加。',
	'This is not a review history: the first line needs the columns card_id, review_rating and review_time (missing {{missing}}).':
		'这不是复习记录：第一行需要 card_id、review_rating 和 review_time 三列（缺少 {{missing}}）。',
	'the card_id is empty.': 'card_id 为空。',
	'review_rating must be 1, 2, 3 or 4 (Again, Hard, Good, Easy), not "{{value}}".':
		'review_rating 必须是 1、2、3 或 4（重来、困难、良好、简单），而不是「{{value}}」。',
	'review_time "{{value}}" is not a date and time. Write ISO 8601 (like 2024-03-29T20:32:32Z) or epoch milliseconds.':
		'review_time「{{value}}」不是日期时间。请写成国际标准日期时间格式（如 2024-03-29T20:32:32Z）或自 1970 年起的毫秒数。',
	'review_time "{{value}}" is a number but not a time: write epoch milliseconds (13 digits, like 1711744352250) or ISO 8601 (like 2024-03-29T20:32:32Z).':
		'review_time「{{value}}」是数字，但不是时间：请写成自 1970 年起的毫秒数（13 位，如 1711744352250）或国际标准日期时间格式（如 2024-03-29T20:32:32Z）。',
	'review_time "{{value}}" falls outside the years 1970 to 2100.':
		'review_time「{{value}}」不在 1970 年到 2100 年之间。',
	'review_time is in seconds since 1970 (10 digits), not milliseconds: read as seconds on {{rows}} rows, the first on this line.':
		'review_time 是自 1970 年起的秒数（10 位），不是毫秒数：共有 {{rows}} 行已按秒读取，第一行在此。',
	'A quoted field is not closed: a field that starts with " needs a " at its end (and "" for a quote inside).':
		'有一个带引号的字段没有闭合：以 " 开头的字段末尾也需要一个 "（字段内的引号写作 ""）。',
	'This row has {{found}} fields but the header has {{expected}}: a field with a comma in it needs quotes around it ("a,b").':
		'这一行有 {{found}} 个字段，但表头有 {{expected}} 个：含逗号的字段需要用引号括起来（"a,b"）。',
	'This row has {{found}} fields but the header has {{expected}}: some are missing.':
		'这一行有 {{found}} 个字段，但表头有 {{expected}} 个：缺少了一些字段。',
	'review_duration "{{value}}" is not a number of milliseconds.':
		'review_duration「{{value}}」不是毫秒数。',
	'The file has a header but no reviews.': '文件只有表头，没有复习记录。',
	'Line {{line}}: {{what}}': '第 {{line}} 行：{{what}}',
	'Could not read this article: {{reason}}': '无法读取这篇文章：{{reason}}',
	'The optimizer stopped: {{reason}}': '优化器已停止：{{reason}}',
	'The optimizer stopped: its worker failed to load.': '优化器已停止：它的后台线程没能加载。',
	'Nothing was restored; your library is as it was.': '没有恢复任何内容；你的文库保持原样。',
	'The browser has no more storage space for Mnemo. Free some space (or delete articles you no longer need) and try again.':
		'浏览器没有更多存储空间留给 Mnemo。请释放一些空间（或删除不再需要的文章）后重试。',
	'The browser has no more storage space for Mnemo. {{after}} Free some space (or delete articles you no longer need) and try again.':
		'浏览器没有更多存储空间留给 Mnemo。{{after}}请释放一些空间（或删除不再需要的文章）后重试。',
	'This diagram could not be drawn: {{reason}}': '无法绘制这张图：{{reason}}'
};
