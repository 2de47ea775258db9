import type { Section } from '../content/types';

/**
 * Sections a deck should not draw on even though they hold prose: sources
 * (references, further reading, recommended books and tools), back matter
 * (acknowledgements, the author), exercises without answers, an outline of
 * the article, and setup or code-listing sections. A card from them would
 * be junk ("What are the recommended tools?"), so they make none and do not
 * count as sections the deck missed.
 */
const BACK_MATTER_ZH =
	/^(?:参考文献|参考资料|参考|引用|扩展阅读.*|延伸阅读|推荐阅读|致谢|鸣谢|作者.*|附录.*|练习|习题|思考题|讨论|本文结构|文章结构|本章结构|.*(?:资源|工具|框架|论文|著作|书籍|课程)推荐|(?:开发)?环境搭建|安装.*|源代码.*|代码实现|运行结果.*)$/u;
const BACK_MATTER_EN =
	/^(?:references?|bibliography|further reading|recommended reading|acknowledge?ments?|about the authors?|authors?|appendix\b.*|exercises?|problems|discussions?|outline|installation|setup)$/i;

export const isBackMatter = (s: Section) =>
	BACK_MATTER_ZH.test(s.title.trim()) || BACK_MATTER_EN.test(s.title.trim());

/**
 * Sections (below the title) with prose of their own that a deck should
 * cover: paragraphs or lists, and not back matter. The `empty-section`
 * warning and the quality report count these.
 */
export const isLearnable = (s: Section) =>
	s.level > 0 &&
	!isBackMatter(s) &&
	s.blocks.some((b) => b.kind === 'paragraph' || b.kind === 'list');
