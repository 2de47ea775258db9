import { describe, expect, it } from 'vitest';
import { withoutTitle } from './title';

describe('withoutTitle', () => {
	it('blanks an opening heading that is the title, keeping the line count', () => {
		const text = '\n# **Gradient** Descent\n\nText.\n## More';
		const out = withoutTitle(text, 'Gradient Descent');
		expect(out.split('\n')).toEqual(['', '', '', 'Text.', '## More']);
	});

	it('keeps a first heading that says something else, or one of a lower level', () => {
		expect(withoutTitle('# Intro\n\nText', 'Gradient Descent')).toBe('# Intro\n\nText');
		expect(withoutTitle('## Gradient Descent\n', 'Gradient Descent')).toBe('## Gradient Descent\n');
		expect(withoutTitle('Text first\n# Gradient Descent', 'Gradient Descent')).toBe(
			'Text first\n# Gradient Descent'
		);
	});
});
