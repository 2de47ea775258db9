import { msg } from '../say';
import { warning, type ImportWarning } from './types';

/**
 * Chat-template tokens that language-model output leaves behind
 * (`<|assistant|>`, `<|im_sep|>`, `<|endoftext|>` …).
 */
const CHAT_TOKEN = /<\|[a-z_]{1,30}\|>/gi;

/**
 * Strips chat-template tokens line by line (keeping the line count, so every
 * later line number still points into the original file) and reports where.
 */
export function stripNoise(text: string): { text: string; warnings: ImportWarning[] } {
	const warnings: ImportWarning[] = [];
	const lines = text.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const found = lines[i].match(CHAT_TOKEN);
		if (!found) continue;
		lines[i] = lines[i].replace(CHAT_TOKEN, '');
		const tokens = [...new Set(found)].join(' ');
		warnings.push(
			found.length > 1
				? warning(i + 1, 'chat-token', msg('Removed chat-template tokens {{tokens}}'), { tokens })
				: warning(i + 1, 'chat-token', msg('Removed chat-template token {{tokens}}'), { tokens })
		);
	}
	return { text: lines.join('\n'), warnings };
}
