/**
 * Markdown to the text a reader sees. Headings, paragraphs, list items, block quotes, code blocks and table
 * cells each become one paragraph, and paragraphs are separated by "\n\n"; inside a paragraph, soft line breaks
 * stay "\n" and hard breaks become "\n". Emphasis, links and inline code keep their text, images their alt
 * text. HTML (blocks and inline tags) is dropped, never kept as markup: the text between an inline opening and
 * closing tag is ordinary Markdown text and stays, but an HTML block goes whole. Link reference definitions,
 * thematic breaks and a YAML front matter block are not visible text and go too. Entities and backslash escapes
 * are resolved by the parser ("&amp;" → "&", "\*" → "*").
 */
import type { Nodes, Paragraph } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { titleFromFileName } from '../document';
import { markdownLimitProblem } from './markdownLimits';
import { findPipeTable } from './markdownTables';
import { type IntakeResult, intakeFailure, intakeSuccess } from './types';

const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * The visible text of a Markdown document. Markdown too deeply nested to parse (see markdownLimits.ts) gives "";
 * draftFromMarkdown says why.
 */
export function markdownToText(markdown: string): string {
  const reading = readMarkdown(markdown);
  return 'reason' in reading ? '' : reading.blocks.join(PARAGRAPH_SEPARATOR);
}

/**
 * A draft from a Markdown file's decoded text. Title: the first heading's text, else the file name without its
 * extension. A file with no visible text once the markup is gone is refused.
 */
export function draftFromMarkdown(markdown: string, fileName: string): IntakeResult {
  const reading = readMarkdown(markdown);
  if ('reason' in reading) return intakeFailure(reading.reason);
  const { blocks, firstHeading } = reading;
  if (blocks.length === 0) return intakeFailure('it has no text once its Markdown markup is removed');
  const title = firstHeading?.trim() || titleFromFileName(fileName);
  return intakeSuccess([{ title, text: blocks.join(PARAGRAPH_SEPARATOR) }]);
}

interface MarkdownReading {
  blocks: string[];
  firstHeading: string | undefined;
}

function readMarkdown(markdown: string): MarkdownReading | { reason: string } {
  // Line endings are unified before parsing: the parser keeps CRLF inside text values, and table lines are cut
  // on "\n". The BOM goes too: the parser skips it but then counts positions without it.
  const source = dropFrontMatter(markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const problem = markdownLimitProblem(source);
  if (problem !== null) return { reason: problem };
  const reading: MarkdownReading = { blocks: [], firstHeading: undefined };
  try {
    collectBlocks(fromMarkdown(source), source, reading);
  } catch {
    // Only a stack overflow is expected here (the limits above make it unlikely); no input may escape as one.
    return { reason: 'its Markdown is nested too deeply to read' };
  }
  return reading;
}

function collectBlocks(node: Nodes, source: string, reading: MarkdownReading): void {
  switch (node.type) {
    case 'heading': {
      const text = inlineText(node);
      reading.firstHeading ??= text;
      pushBlock(reading, text);
      return;
    }
    case 'paragraph':
      paragraphBlocks(node, source, reading);
      return;
    case 'code':
      pushBlock(reading, node.value);
      return;
    case 'html':
    case 'definition':
    case 'thematicBreak':
      return;
    default:
      if ('children' in node) for (const child of node.children) collectBlocks(child, source, reading);
  }
}

function pushBlock(reading: MarkdownReading, text: string): void {
  if (text.trim() !== '') reading.blocks.push(text);
}

/** The visible text of inline content: markup goes, its text stays; HTML tags go. */
function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'html':
      return '';
    default:
      return 'children' in node ? node.children.map((child: Nodes) => inlineText(child)).join('') : '';
  }
}

/** A paragraph is one block, unless its source lines hold a pipe table: then each cell is one. */
function paragraphBlocks(node: Paragraph, source: string, reading: MarkdownReading): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const table =
    start === undefined || end === undefined
      ? null
      : findPipeTable(
          source
            .slice(start, end)
            .split('\n')
            .map((line, index) => (index === 0 ? line : stripContainerPrefix(line))),
        );
  if (table === null) {
    pushBlock(reading, inlineText(node));
    return;
  }
  // Recursion is on strictly shorter, table-free sources (lines before the header; single-line cells).
  if (table.before.length > 0) pushBlock(reading, markdownToText(table.before.join('\n')));
  for (const row of table.rows) for (const cell of row) pushBlock(reading, cellText(cell));
}

/**
 * Characters that can start Markdown syntax inside a cell: a cell without any is its own text, which spares a
 * parser run per cell (a 20,000-row table would otherwise take seconds).
 */
const MARKDOWN_SYNTAX = /[\\`*_[\]!<>&#=~+\-|:]|\d[.)]/;

/**
 * A cell holds inline content only: "1." or "- x" in a cell is text, not a list. Parsing it after "x " keeps
 * the parser from seeing a block start; the "x " is then taken off the result.
 */
function cellText(cell: string): string {
  if (!MARKDOWN_SYNTAX.test(cell)) return cell;
  const text = markdownToText(`x ${cell}`);
  return text.startsWith('x ') ? text.slice(2) : text;
}

/**
 * A paragraph's continuation lines, sliced from the source, still carry their containers' markers: block
 * quote ">" and list indentation. Inside a paragraph a line cannot start a block quote, so a leading ">" is
 * always such a marker.
 */
function stripContainerPrefix(line: string): string {
  return line.replace(/^[ \t]*(?:>[ \t]?)*[ \t]*/, '');
}

const FRONT_MATTER_LINE_LIMIT = 200;

/**
 * A YAML front matter block (static site generators put one before the article): a first line "---", lines
 * whose first one looks like "key: value", and a closing "---" or "...". It is metadata, not visible text.
 */
function dropFrontMatter(source: string): string {
  const lines = source.split('\n', FRONT_MATTER_LINE_LIMIT);
  if (lines[0] !== '---' || !/^[A-Za-z_][\w-]*:/.test(lines[1] ?? '')) return source;
  const close = lines.findIndex((line, index) => index > 1 && (line === '---' || line === '...'));
  if (close === -1) return source;
  const bodyStart = lines.slice(0, close + 1).reduce((offset, line) => offset + line.length + 1, 0);
  return source.slice(bodyStart);
}
