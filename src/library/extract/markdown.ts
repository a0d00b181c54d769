import { collapseSpaces } from './text.js';

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const BLOCKQUOTE = /^[ \t]{0,3}(?:>[ \t]?)+/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;

/**
 * Whether UTF-8 text is written in Markdown. One unmistakable sign suffices (a heading, a fence,
 * a link); list markers alone need company, since plain notes use dashes too.
 */
export function looksLikeMarkdown(text: string): boolean {
  const lines = text.split('\n');
  if (lines.some((line) => ATX_HEADING.test(line) && /^ {0,3}#{1,6}[ \t]+\S/.test(line)))
    return true;
  if (lines.some((line) => FENCE.test(line))) return true;
  if (/!?\[[^\]\n]+\]\([^)\s]+(?:[ \t]+"[^"\n]*")?\)/.test(text)) return true;
  if (/(\*\*|__)(?=\S)[^\n]+?(?<=\S)\1/.test(text)) return true;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const above = lines[i - 1] ?? '';
    if (/^ {0,3}=+[ \t]*$/.test(line) && above.trim() !== '') return true;
  }
  return lines.filter((line) => LIST_ITEM.test(line)).length >= 2;
}

export interface MarkdownText {
  text: string;
  title: string | null;
}

/**
 * Markdown as a reader sees it once rendered: markup, URLs, images and HTML comments gone; headings,
 * link text and list items kept, one line each; soft-wrapped paragraph lines joined.
 *
 * @example
 * markdownToText('# Title\n\nSee [the law](https://adilet.zan.kz).').text; // 'Title\n\nSee the law.'
 */
export function markdownToText(source: string): MarkdownText {
  const lines = source.replace(/<!--[\s\S]*?(?:-->|$)/g, '').split('\n');
  const out: string[] = [];
  let title: string | null = null;
  let fence: string | null = null;
  let joinable = false;

  const heading = (plain: string) => {
    if (title === null && plain !== '') title = plain;
    out.push(plain);
    joinable = false;
  };

  for (const line of lines) {
    if (fence !== null) {
      if (line.trim().startsWith(fence)) fence = null;
      else out.push(line);
      continue;
    }
    const opening = FENCE.exec(line);
    if (opening) {
      fence = opening[1] ?? '```';
      joinable = false;
      continue;
    }
    if (line.trim() === '') {
      out.push('');
      joinable = false;
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx) {
      heading(inlineToText(atx[2] ?? ''));
      continue;
    }
    if (joinable && SETEXT_UNDERLINE.test(line)) {
      heading(out.pop() ?? '');
      continue;
    }
    if (THEMATIC_BREAK.test(line) || LINK_DEFINITION.test(line) || TABLE_DELIMITER.test(line)) {
      joinable = false;
      continue;
    }
    const hardBreak = / {2,}$|\\$/.test(line);
    const unquoted = line.replace(BLOCKQUOTE, '');
    const item = LIST_ITEM.exec(unquoted);
    if (item) {
      out.push(inlineToText(unquoted.slice(item[0].length)));
    } else if (/^[ \t]*\|.*\|[ \t]*$/.test(unquoted)) {
      const cells = unquoted.trim().slice(1, -1).split('|');
      out.push(cells.map((cell) => inlineToText(cell)).join('\t'));
      joinable = false;
      continue;
    } else if (joinable) {
      out.push(`${out.pop() ?? ''} ${inlineToText(unquoted)}`);
    } else {
      out.push(inlineToText(unquoted));
    }
    joinable = !hardBreak;
  }
  return { text: out.join('\n'), title };
}

/** Inline markup to plain text: images and URLs dropped, link text and code kept. */
function inlineToText(text: string): string {
  return collapseSpaces(
    text
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<(?:https?|ftp|mailto):[^>\s]*>/gi, '')
      .replace(/<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>/gi, '')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/`+([^`]*)`+/g, '$1')
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1')
      .replace(/(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1')
      .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/[ \t]*\\$/, ''),
  );
}
