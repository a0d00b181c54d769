import { describe, expect, it } from 'vitest';
import {
  actorPath,
  changeParts,
  layoutText,
  librarySourcePath,
  sentenceOfHash,
  snippetParts,
} from './text-marks.js';

describe('snippetParts', () => {
  it('cuts a snippet at its highlights', () => {
    expect(snippetParts('мемлекеттер қауіпсіздігі', [[12, 24]])).toEqual([
      { text: 'мемлекеттер ', match: false },
      { text: 'қауіпсіздігі', match: true },
    ]);
  });

  it('clips overlapping and out-of-range highlights, whatever their order', () => {
    expect(
      snippetParts('абвгд', [
        [3, 9],
        [0, 2],
        [1, 4],
      ]),
    ).toEqual([
      { text: 'аб', match: true },
      { text: 'вг', match: true },
      { text: 'д', match: true },
    ]);
    expect(snippetParts('абв', [])).toEqual([{ text: 'абв', match: false }]);
  });
});

describe('layoutText', () => {
  it('lays out sentences with the text between them, cut at marks that do not overlap', () => {
    const marks = [
      { start: 2, end: 4, id: 'a' },
      { start: 3, end: 5, id: 'overlaps' },
      { start: 7, end: 9, id: 'b' },
    ];
    const blocks = layoutText(
      12,
      [
        { start: 0, end: 5 },
        { start: 6, end: 10 },
      ],
      marks,
    );
    expect(blocks.map((b) => [b.kind, b.start, b.end])).toEqual([
      ['sentence', 0, 5],
      ['gap', 5, 6],
      ['sentence', 6, 10],
      ['gap', 10, 12],
    ]);
    const first = blocks[0]!;
    expect(first.kind === 'sentence' && first.pieces.map((p) => p.mark?.id ?? null)).toEqual([
      null,
      'a',
      null,
    ]);
  });
});

describe('changeParts', () => {
  it('marks replacements and insertions inside a stretch', () => {
    const changes = [
      { start: 1, end: 2, before: 'к', after: 'қ' },
      { start: 5, end: 5, before: '', after: '-' },
    ];
    expect(changeParts(0, 8, changes).map((p) => [p.kind, p.start, p.end])).toEqual([
      ['text', 0, 1],
      ['change', 1, 2],
      ['text', 2, 5],
      ['change', 5, 5],
      ['text', 5, 8],
    ]);
    expect(changeParts(0, 5, changes).map((p) => p.kind)).toEqual(['text', 'change', 'text']);
    expect(changeParts(0, 5, changes, true).map((p) => p.kind)).toContain('change');
  });
});

describe('addresses of sentences', () => {
  it('reads the hash and the source of a confirmed event', () => {
    expect(sentenceOfHash('#s-123')).toBe(123);
    expect(sentenceOfHash('#top')).toBeNull();
    const id = '0b7c1f0e-8a51-4c36-9d4e-2f1a7f0e2b11';
    expect(librarySourcePath(`library:${id}#32-131`)).toBe(`/library/${id}#s-32`);
    expect(librarySourcePath('pack:cica')).toBeNull();
    expect(librarySourcePath(undefined)).toBeNull();
  });
});

describe('actorPath', () => {
  it('links by what the registry knows the id as, and not at all when it does not list it', () => {
    expect(actorPath('state', 'KAZ')).toBe('/states/KAZ');
    expect(actorPath('organization', 'CICA')).toBe('/organizations/CICA');
    expect(actorPath('body', 'CICA-SUMMIT')).toBe('/timeline?actor=CICA-SUMMIT');
    expect(actorPath(null, 'ASEAN')).toBeNull();
  });
});
