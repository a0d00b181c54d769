import {
  CycleReports,
  Report,
  ReportContent,
  type VISIBILITIES,
} from '../../../../src/reports/report.schema.js';
import { getJson } from '../../api/client.js';

export type Visibility = (typeof VISIBILITIES)[number];

/** What the editor works on: the report's content and its chosen visibility. */
export interface Working {
  content: ReportContent;
  visibility: Visibility;
}

/** What is kept on this device until the server has it. */
export interface Stored {
  working: Working;
  /** The draft revision the edits were made on, so a restore can still detect a conflict. */
  revision: number;
  /** A save whose answer never came (the connection dropped): the server may have it. */
  unconfirmed: Working | null;
}

/** Per account as well, so someone else signing in on the same device never gets these edits. */
export const storageKey = (account: string, cycle: string, state: string) =>
  `senim.report-draft.${account}.${cycle}.${state}`;

export function readStored(key: string): Stored | null {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    if (!raw) return null;
    const value = JSON.parse(raw) as Stored;
    return typeof value.revision === 'number' && value.working?.content
      ? { ...value, unconfirmed: value.unconfirmed ?? null }
      : null;
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: Stored | null): void {
  try {
    if (value) globalThis.localStorage?.setItem(key, JSON.stringify(value));
    else globalThis.localStorage?.removeItem(key);
  } catch {
    // storage full or disabled: the server copy is all there is, which the status shows
  }
}

/**
 * When a save is refused as stale right after one whose answer was lost, the lost one may simply
 * have arrived. The server's draft is then exactly that save, one revision on: answers that
 * revision, so the edits go on from it; anything else is a real conflict (null).
 */
export async function lostSaveArrived(
  cycle: string,
  state: string,
  lost: Working,
  revision: number,
): Promise<Report | null> {
  const list = await getJson(`/api/cycles/${encodeURIComponent(cycle)}/reports`, CycleReports);
  const id = list.items.find((i) => i.state === state)?.id;
  if (!id) return null;
  const report = await getJson(`/api/reports/${id}`, Report);
  const same =
    report.draft !== null &&
    report.draft.revision === revision + 1 &&
    report.visibility === lost.visibility &&
    JSON.stringify(report.draft.content) === JSON.stringify(ReportContent.parse(lost.content));
  return same ? report : null;
}
