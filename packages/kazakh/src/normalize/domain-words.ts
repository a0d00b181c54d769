/**
 * Correct words that the analyser's lexicon may lack and whose OCR "repair" would give another
 * real word (`уран` uranium → `ұран` slogan, `алдын ала` in advance → `алдың`). The normaliser
 * treats them as known. Hand-written for Senim's domain; the analyser's lexicon is the better
 * home for them, and this list can shrink as it grows.
 */
export const DOMAIN_WORDS: ReadonlySet<string> = new Set([
  'уран',
  'уранды',
  'уранның',
  'алдын',
  'алдынала',
  'плутоний',
  'ядро',
  'полигон',
  'полигоны',
  'ракета',
  'дрон',
  'кибер',
  'санкция',
  'санкциялар',
  'конвенция',
  'коалиция',
  'комитет',
  'конгресс',
]);
