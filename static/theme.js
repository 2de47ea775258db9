// The chosen theme and language before the first paint (Settings keeps them here as well).
document.documentElement.dataset.theme = localStorage.getItem('mnemo-theme') || 'system';
if (localStorage.getItem('mnemo-lang') === 'zh') document.documentElement.lang = 'zh-CN';
