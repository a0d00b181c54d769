/**
 * Case forms of the Russian state names the corpus uses: a few regular patterns and the
 * irregular names written out.
 */
import type { RuCase } from './concepts.js';

const IRREGULAR: Readonly<Record<string, readonly [string, string, string, string]>> = {
  // gen, dat, ins, prep
  Египет: ['Египта', 'Египту', 'Египтом', 'Египте'],
  'Республика Корея': [
    'Республики Корея',
    'Республике Корея',
    'Республикой Корея',
    'Республике Корея',
  ],
  'Объединённые Арабские Эмираты': [
    'Объединённых Арабских Эмиратов',
    'Объединённым Арабским Эмиратам',
    'Объединёнными Арабскими Эмиратами',
    'Объединённых Арабских Эмиратах',
  ],
  Филиппины: ['Филиппин', 'Филиппинам', 'Филиппинами', 'Филиппинах'],
  'Соединённые Штаты Америки': [
    'Соединённых Штатов Америки',
    'Соединённым Штатам Америки',
    'Соединёнными Штатами Америки',
    'Соединённых Штатах Америки',
  ],
  'Саудовская Аравия': [
    'Саудовской Аравии',
    'Саудовской Аравии',
    'Саудовской Аравией',
    'Саудовской Аравии',
  ],
  Беларусь: ['Беларуси', 'Беларуси', 'Беларусью', 'Беларуси'],
};

const INDECLINABLE = /^(?:\p{Lu}{2,}|Бангладеш)$/u;
const CASES: readonly RuCase[] = ['gen', 'dat', 'ins', 'prep'];

/** `declineRu('Индия', 'ins')` → `Индией`; acronyms and foreign names ending in a vowel stay. */
export function declineRu(name: string, c: RuCase): string {
  if (c === 'nom') return name;
  const irregular = IRREGULAR[name];
  if (irregular) return irregular[CASES.indexOf(c)]!;
  if (INDECLINABLE.test(name)) return name;
  const forms = (cut: number, gen: string, dat: string, ins: string, prep: string) =>
    name.slice(0, name.length - cut) + { gen, dat, ins, prep }[c];
  if (name.endsWith('ия')) return forms(1, 'и', 'и', 'ей', 'и');
  if (name.endsWith('а')) {
    const soft = /[кгхжшчщ]а$/u.test(name);
    const hush = /[жшчщц]а$/u.test(name);
    return forms(1, soft ? 'и' : 'ы', 'е', hush ? 'ей' : 'ой', 'е');
  }
  if (name.endsWith('й')) return forms(1, 'я', 'ю', 'ем', 'е');
  if (name.endsWith('ь')) return forms(1, 'я', 'ю', 'ем', 'е');
  if (/[оеиуэю]$/u.test(name)) return name;
  return forms(0, 'а', 'у', 'ом', 'е');
}
