/** English texts that differ from their key: plural forms only (the keys are the English text). */
export const en: Record<string, string> = {
	'{{total}} reviews in all, {{today}} today; a streak of {{count}} days_one':
		'{{total}} reviews in all, {{today}} today; a streak of {{count}} day.',
	'{{total}} reviews in all, {{today}} today; a streak of {{count}} days_other':
		'{{total}} reviews in all, {{today}} today; a streak of {{count}} days.',
	'{{count}} problems found on import_one': '{{count}} problem found on import',
	'{{count}} problems found on import_other': '{{count}} problems found on import',
	'{{count}} problems to check_one': '{{count}} problem to check',
	'{{count}} problems to check_other': '{{count}} problems to check'
};
