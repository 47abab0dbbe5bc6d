// Every page is prerendered to static HTML; the scenario is read from the link in the browser.
export const prerender = true;
export const trailingSlash = 'never';
