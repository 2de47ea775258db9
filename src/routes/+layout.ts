// Mnemo is a single-page app: everything is read from the browser's own
// storage, so nothing is rendered on a server or at build time.
export const ssr = false;
export const prerender = false;
