import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Report,
  type ReportContent,
  type VISIBILITIES,
} from '../../../../src/reports/report.schema.js';
import { RequestFailure, sendJson } from '../../api/client.js';

export type Visibility = (typeof VISIBILITIES)[number];

/** What the editor works on: the report's content and its chosen visibility. */
export interface Working {
  content: ReportContent;
  visibility: Visibility;
}

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'offline' | 'failed' | 'conflict';

/** What is kept on this device until the server has it. */
interface Stored {
  working: Working;
  /** The draft revision the edits were made on, so a restore can still detect a conflict. */
  revision: number;
}

export const AUTOSAVE_DELAY_MS = 1500;
const RETRY_OFFLINE_MS = 10_000;

const storageKey = (cycle: string, state: string) => `senim.report-draft.${cycle}.${state}`;

function readStored(key: string): Stored | null {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    if (!raw) return null;
    const value = JSON.parse(raw) as Stored;
    return typeof value.revision === 'number' && value.working?.content ? value : null;
  } catch {
    return null;
  }
}

function writeStored(key: string, value: Stored | null): void {
  try {
    if (value) globalThis.localStorage?.setItem(key, JSON.stringify(value));
    else globalThis.localStorage?.removeItem(key);
  } catch {
    // storage full or disabled: the server copy is all there is, which the status shows
  }
}

/**
 * The working copy of a draft, saved to the server a moment after typing stops (and at once when
 * asked, on blur), one request at a time, with the revision it was based on: a save that finds a
 * newer revision is a conflict, never an overwrite. Until the server has the edits they are kept
 * in localStorage, and restored (then saved) when the page is opened again.
 */
export function useAutosave(options: {
  cycle: string;
  state: string;
  initial: Working;
  revision: number;
  /** Turns the working copy into what is sent (drops empty entries). */
  prepare: (working: Working) => Working;
  onSaved: (report: Report) => void;
}) {
  const { cycle, state, prepare, onSaved } = options;
  const key = storageKey(cycle, state);
  const [restoredFrom] = useState(() => readStored(key));
  const [working, setWorking] = useState<Working>(restoredFrom?.working ?? options.initial);
  const [status, setStatus] = useState<SaveStatus>(restoredFrom ? 'unsaved' : 'saved');
  const [failure, setFailure] = useState<RequestFailure | null>(null);

  const current = useRef(working);
  const revision = useRef(restoredFrom?.revision ?? options.revision);
  const edits = useRef(restoredFrom ? 1 : 0);
  const saved = useRef(0);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const conflicted = useRef(false);
  const callbacks = useRef({ prepare, onSaved });
  useEffect(() => {
    callbacks.current = { prepare, onSaved };
  });

  // The timers call the newest save through this ref (a callback cannot name itself).
  const again = useRef<() => Promise<boolean>>(async () => true);

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const save = useCallback(async (): Promise<boolean> => {
    clearTimer();
    // One request at a time: wait for the one under way, then send what is still unsaved.
    while (inFlight.current) await inFlight.current;
    if (conflicted.current) return false;
    if (edits.current === saved.current) return true;
    const sending = edits.current;
    const body = { ...callbacks.current.prepare(current.current), revision: revision.current };
    setStatus('saving');
    const request = (async () => {
      try {
        const report = await sendJson(
          'PUT',
          `/api/cycles/${encodeURIComponent(cycle)}/reports/${encodeURIComponent(state)}/draft`,
          Report,
          body,
        );
        revision.current = report.draft?.revision ?? revision.current + 1;
        saved.current = sending;
        setFailure(null);
        callbacks.current.onSaved(report);
        if (edits.current === sending) {
          writeStored(key, null);
          setStatus('saved');
        } else {
          writeStored(key, { working: current.current, revision: revision.current });
          setStatus('unsaved');
          timer.current = setTimeout(() => void again.current(), AUTOSAVE_DELAY_MS);
        }
        return true;
      } catch (error) {
        const known = error instanceof RequestFailure ? error : null;
        setFailure(known);
        if (known?.status === 409 && known.field === 'revision') {
          conflicted.current = true;
          setStatus('conflict');
        } else if (known?.kind === 'network') {
          setStatus('offline');
          timer.current = setTimeout(() => void again.current(), RETRY_OFFLINE_MS);
        } else {
          setStatus('failed');
        }
        return false;
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = request;
    return request;
  }, [cycle, state, key]);
  useEffect(() => {
    again.current = save;
  }, [save]);

  const update = useCallback(
    (next: Working) => {
      current.current = next;
      edits.current += 1;
      setWorking(next);
      writeStored(key, { working: next, revision: revision.current });
      if (conflicted.current) return;
      setStatus((s) => (s === 'saving' ? s : 'unsaved'));
      clearTimer();
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [key, save],
  );

  // Edits restored from this device go to the server as soon as the page is open.
  useEffect(() => {
    if (restoredFrom) void save();
  }, [restoredFrom, save]);

  // Back online: send what waits; leaving the page: send it now.
  useEffect(() => {
    const online = () => void save();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      if (edits.current !== saved.current && !conflicted.current) void save();
      clearTimer();
    };
  }, [save]);

  /** Forgets the edits kept on this device (before loading the server's newer draft). */
  const discard = useCallback(() => {
    clearTimer();
    writeStored(key, null);
  }, [key]);

  return { working, status, failure, restored: restoredFrom !== null, update, save, discard };
}
