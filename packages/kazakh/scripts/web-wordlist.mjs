// The word list of tesseract-ocr-kaz's model: about 437,000 distinct forms of crawled Kazakh
// web text (no counts), the only large list of news-like Kazakh word forms Debian ships. The
// builds read it as evidence (is this form written on the web?), never as a source of entries.
// Needs the Debian packages tesseract-ocr (combine_tessdata, dawg2wordlist) and
// tesseract-ocr-kaz; the model is Apache-2.0 (see lexicon/NOTICE).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TESSDATA =
  process.env.KAZ_TRAINEDDATA ?? '/usr/share/tesseract-ocr/5/tessdata/kaz.traineddata';

const CYRILLIC_WORD = /^[а-яёәғқңөұүһі]+(-[а-яёәғқңөұүһі]+)*$/;

/**
 * The distinct lower-case Cyrillic forms of the word list. Throws with the install line when the
 * packages are missing, so that a build never silently produces a different lexicon.
 */
export function webWordList() {
  if (!existsSync(TESSDATA))
    throw new Error(
      `no ${TESSDATA}: apt-get install tesseract-ocr tesseract-ocr-kaz (or set KAZ_TRAINEDDATA)`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'kk-tessdata-'));
  try {
    execFileSync('combine_tessdata', ['-u', TESSDATA, join(dir, 'kaz.')], { stdio: 'ignore' });
    execFileSync(
      'dawg2wordlist',
      [join(dir, 'kaz.lstm-unicharset'), join(dir, 'kaz.lstm-word-dawg'), join(dir, 'words.txt')],
      { stdio: 'ignore' },
    );
    const forms = new Set();
    for (const w of readFileSync(join(dir, 'words.txt'), 'utf8').split('\n')) {
      const lower = w.toLowerCase();
      if (CYRILLIC_WORD.test(lower)) forms.add(lower);
    }
    return forms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
