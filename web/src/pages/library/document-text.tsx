import { Fragment, useEffect, useMemo, useRef } from 'react';
import { Link } from 'react-router';
import type { DocumentDetail } from '../../../../src/library/library.schema.js';
import { format } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { actorPath, changeParts, layoutText, type Span } from './text-marks.js';

type Analysis = DocumentDetail['analysis'];
type Change = Analysis['changes'][number];

/** A date or a name the engine found, as marked in the text. */
type Found =
  | (Analysis['dates'][number] & { kind: 'date' })
  | (Analysis['entities'][number] & { kind: 'entity' });

/**
 * The document's text as filed, sentence by sentence: each sentence is addressable as `#s-<start>`
 * and the one the address names is highlighted and scrolled to; dates and names are marked (names
 * link to the registry); the normalisation changes are marked when asked for.
 */
export function DocumentText({
  text,
  analysis,
  language,
  target,
  showChanges,
}: {
  text: string;
  analysis: Analysis;
  language: string;
  target: number | null;
  showChanges: boolean;
}) {
  const { t } = useI18n();
  const blocks = useMemo(() => {
    const marks: Found[] = [
      ...analysis.dates.map((d) => ({ ...d, kind: 'date' as const })),
      ...analysis.entities.map((e) => ({ ...e, kind: 'entity' as const })),
    ];
    return layoutText(text.length, analysis.sentences, marks);
  }, [text, analysis]);
  const targetRef = useRef<HTMLSpanElement>(null);
  const hasTarget = blocks.some((b) => b.kind === 'sentence' && b.start === target);

  useEffect(() => {
    if (hasTarget) targetRef.current?.scrollIntoView({ block: 'center' });
  }, [hasTarget, target]);

  const changes = showChanges ? analysis.changes : [];
  const plain = (span: Span, last = false) =>
    changeParts(span.start, span.end, changes, last).map((part) =>
      part.kind === 'text' ? (
        <Fragment key={part.start}>{text.slice(part.start, part.end)}</Fragment>
      ) : (
        <ChangeMark
          key={`c${part.start}`}
          change={part.change}
          shown={text.slice(part.start, part.end)}
        />
      ),
    );

  return (
    <div className="document-text" lang={language}>
      {blocks.map((block, index) => {
        if (block.kind === 'gap')
          return (
            <Fragment key={`g${block.start}`}>{plain(block, index === blocks.length - 1)}</Fragment>
          );
        const isTarget = block.start === target;
        return (
          <span
            key={block.start}
            id={`s-${block.start}`}
            className={isTarget ? 'sentence sentence--target' : 'sentence'}
            data-start={block.start}
            {...(isTarget ? { ref: targetRef, 'aria-current': 'location' as const } : {})}
          >
            {block.pieces.map((piece, i) => {
              const last = i === block.pieces.length - 1;
              const inner = plain(piece, last);
              const mark = piece.mark;
              if (!mark) return <Fragment key={piece.start}>{inner}</Fragment>;
              if (mark.kind === 'date')
                return (
                  <time
                    key={piece.start}
                    className="found-date"
                    dateTime={mark.value}
                    title={format(t.libraryReader.dateTitle, { value: mark.value })}
                  >
                    {inner}
                  </time>
                );
              // (by what the registry knows the id as: the engine also names organisations and
              // bodies the registry does not list, and calls bodies organisations)
              const path = actorPath(mark.registry, mark.id);
              return path ? (
                <Link key={piece.start} to={path} className="found-entity" data-entity={mark.id}>
                  {inner}
                </Link>
              ) : (
                <span key={piece.start} className="found-entity" data-entity={mark.id}>
                  {inner}
                </span>
              );
            })}
          </span>
        );
      })}
    </div>
  );
}

/** One repair of the text, shown as what was filed and what the engine reads. */
function ChangeMark({ change, shown }: { change: Change; shown: string }) {
  const { t } = useI18n();
  const reason = reasonText(change.reason, t.changeReason);
  return (
    <mark className="change" data-reason={change.reason}>
      {shown && <del className="change__before">{shown}</del>}
      <ins className="change__after">{change.after || '∅'}</ins>
      <span className="library-sr"> ({format(t.libraryReader.reason, { reason })})</span>
    </mark>
  );
}

/** `lookalike+ocr` → 'a Latin look-alike letter, a recognition error' in the UI language. */
export function reasonText(reason: string, names: Readonly<Record<string, string>>): string {
  return reason
    .split('+')
    .map((r) => names[r] ?? r)
    .join(', ');
}
