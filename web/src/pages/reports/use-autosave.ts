import { useCallback, useEffect, useRef, useState } from 'react';
import { Report } from '../../../../src/reports/report.schema.js';
import { RequestFailure, sendJson } from '../../api/client.js';
import {
  lostSaveArrived,
  readStored,
  storageKey,
  writeStored,
  type Working,
} from './draft-storage.js';

export type { Visibility, Working } from './draft-storage.js';

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'offline' | 'failed' | 'conflict';

export const AUTOSAVE_DELAY_MS = 1500;
const RETRY_OFFLINE_MS = 10_000;

/**
 * The working copy of a draft, saved to the server a moment after typing stops (and at once when
 * asked, on blur), one request at a time, with the revision it was based on: a save that finds a
 * newer revision is a conflict, never an overwrite. Until the server has the edits they are kept
 * in localStorage, and restored (then saved) when the page is opened again.
 */
export function useAutosave(options: {
  /** The signed-in account, whose edits these are. */
  account: string;
  cycle: string;
  state: string;
  initial: Working;
  revision: number;
  /** Turns the working copy into what is sent (drops empty entries). */
  prepare: (working: Working) => Working;
  onSaved: (report: Report) => void;
}) {
  const { cycle, state, prepare, onSaved } = options;
  const key = storageKey(options.account, cycle, state);
  const [restoredFrom] = useState(() => readStored(key));
  const [working, setWorking] = useState<Working>(restoredFrom?.working ?? options.initial);
  const [status, setStatus] = useState<SaveStatus>(restoredFrom ? 'unsaved' : 'saved');
  const [failure, setFailure] = useState<RequestFailure | null>(null);

  const current = useRef(working);
  const revision = useRef(restoredFrom?.revision ?? options.revision);
  const unconfirmed = useRef(restoredFrom?.unconfirmed ?? null);
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
  const keep = useCallback(
    () =>
      writeStored(key, {
        working: current.current,
        revision: revision.current,
        unconfirmed: unconfirmed.current,
      }),
    [key],
  );

  const send = useCallback(
    async (sending: number): Promise<boolean> => {
      const path = `/api/cycles/${encodeURIComponent(cycle)}/reports/${encodeURIComponent(state)}/draft`;
      const body = callbacks.current.prepare(current.current);
      try {
        let report: Report;
        try {
          report = await sendJson('PUT', path, Report, { ...body, revision: revision.current });
        } catch (error) {
          const lost = unconfirmed.current;
          if (!(error instanceof RequestFailure && error.status === 409 && lost)) throw error;
          const arrived = await lostSaveArrived(cycle, state, lost, revision.current);
          if (!arrived) throw error;
          revision.current = arrived.draft!.revision;
          report = await sendJson('PUT', path, Report, { ...body, revision: revision.current });
        }
        revision.current = report.draft?.revision ?? revision.current + 1;
        unconfirmed.current = null;
        saved.current = sending;
        setFailure(null);
        callbacks.current.onSaved(report);
        if (edits.current === sending) {
          writeStored(key, null);
          setStatus('saved');
        } else {
          keep();
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
          // The request may have reached the server even though its answer did not come back.
          unconfirmed.current ??= body;
          keep();
          setStatus('offline');
          timer.current = setTimeout(() => void again.current(), RETRY_OFFLINE_MS);
        } else {
          setStatus('failed');
        }
        return false;
      }
    },
    [cycle, state, key, keep],
  );

  const save = useCallback(async (): Promise<boolean> => {
    clearTimer();
    // One request at a time: wait for the one under way, then send what is still unsaved.
    while (inFlight.current) await inFlight.current;
    if (conflicted.current) return false;
    if (edits.current === saved.current) return true;
    setStatus('saving');
    const request = send(edits.current).finally(() => {
      inFlight.current = null;
    });
    inFlight.current = request;
    return request;
  }, [send]);
  useEffect(() => {
    again.current = save;
  }, [save]);

  const update = useCallback(
    (next: Working) => {
      current.current = next;
      edits.current += 1;
      setWorking(next);
      keep();
      if (conflicted.current) return;
      setStatus((s) => (s === 'saving' ? s : 'unsaved'));
      clearTimer();
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [keep, save],
  );

  /** An edit of the newest working copy, for changes that arrive later (an upload's answer). */
  const change = useCallback(
    (edit: (working: Working) => Working) => update(edit(current.current)),
    [update],
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

  return {
    working,
    status,
    failure,
    restored: restoredFrom !== null,
    update,
    change,
    save,
    discard,
  };
}
