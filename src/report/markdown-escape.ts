// Escapes text from manifests (names, labels, paths) for GitHub Markdown: no HTML, no links,
// no emphasis, no @-mentions or #-references, no broken table cells, no line breaks.

const SPECIAL = /[\\`*_{}[\]()#+\-.!|~^=$:]/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/@/g, '&#64;');
}

/** For text inside a code span: backticks cannot be escaped there, so they are replaced. */
export function escapeCode(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/`/g, "'");
}
