import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Compiled code runs from dist/src/…, sources (under test) from src/…: find the repository root either way.
const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = here.includes(`${path.sep}dist${path.sep}`)
  ? path.resolve(here.slice(0, here.lastIndexOf(`${path.sep}dist${path.sep}`)))
  : path.resolve(here, '../..');

/** The reference data packs shipped with Senim. */
export const DATA_DIR = path.join(REPO_ROOT, 'data');
/** The built web app. */
export const WEB_ROOT = path.join(REPO_ROOT, 'dist', 'web');
