import type { Session } from './accounts.js';
import type { TestApp, TestResponse } from './test-app.js';

/**
 * A Kazakh news text carrying the damage real documents do: Latin look-alikes (Ə, a Latin "а"),
 * OCR confusions (кауіпсіздігі for қауіпсіздігі), a lost hyphen (ШЫҰның), a line-break hyphen.
 */
export const DAMAGED_KAZAKH = [
  'Астанадағы кездесу туралы хабар',
  'АӨСШК-ға мүше мемлекеттердің сыртқы істер министрлері 2024 жылғы 12 қыркүйекте Астанада бас қосты.',
  'Кездесуде Қазақстан мен Қытай өңірлік кауіпсіздігі мәселелерін талқылады, ал ШЫҰның өкілі терроризмге қарсы ынтымақ-',
  'тастық туралы баяндады. Əзірбайжан делегациясы сенім шараларын қолдады.',
].join('\n');

export const RUSSIAN_TEXT = [
  'Заявление о региональной безопасности',
  'Государства — члены СВМДА подтвердили приверженность укреплению мер доверия.',
  'Казахстан и Китай обсудили вопросы безопасности государств Центральной Азии.',
].join('\n');

export const ENGLISH_TEXT = [
  'Statement on nuclear weapons',
  'The member states of CICA reaffirmed their commitment to a world free of nuclear weapons.',
  'Kazakhstan closed the Semipalatinsk test site in 1991.',
].join('\n');

/** Files a document through the API as the given session. */
export function upload(
  t: TestApp,
  as: Session | undefined,
  bytes: Uint8Array | string,
  query: Record<string, string>,
): Promise<TestResponse> {
  const params = new URLSearchParams(query).toString();
  return t.request('POST', `/api/library/documents?${params}`, {
    body: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes),
    as,
  });
}
