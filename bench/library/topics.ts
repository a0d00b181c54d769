/**
 * Background topics: what every document may be about. None of them names a reserved concept
 * (the generator checks), so they never make a background document relevant to a judged query.
 */
import type { KkName, RuForms } from './concepts.js';

export interface Topic {
  readonly id: string;
  readonly kk: KkName;
  readonly ru: RuForms;
  readonly en: string;
}

const t = (
  id: string,
  kk: KkName,
  ru: [string, string, string, string, string],
  en: string,
): Topic => ({
  id,
  kk,
  ru: { nom: ru[0], gen: ru[1], dat: ru[2], ins: ru[3], prep: ru[4] },
  en,
});

export const TOPICS: readonly Topic[] = [
  t(
    'economic-cooperation',
    { phrase: 'экономикалық ынтымақтастық' },
    [
      'экономическое сотрудничество',
      'экономического сотрудничества',
      'экономическому сотрудничеству',
      'экономическим сотрудничеством',
      'экономическом сотрудничестве',
    ],
    'economic cooperation',
  ),
  t(
    'trade',
    { phrase: 'сауда' },
    ['торговля', 'торговли', 'торговле', 'торговлей', 'торговле'],
    'trade',
  ),
  t(
    'investment',
    { phrase: 'инвестиция', form: { plural: true } },
    ['инвестиции', 'инвестиций', 'инвестициям', 'инвестициями', 'инвестициях'],
    'investment',
  ),
  t(
    'tourism',
    { phrase: 'туризм' },
    ['туризм', 'туризма', 'туризму', 'туризмом', 'туризме'],
    'tourism',
  ),
  t(
    'transport',
    { phrase: 'көлік дәліз', form: { plural: true, poss3: true } },
    [
      'транспортные коридоры',
      'транспортных коридоров',
      'транспортным коридорам',
      'транспортными коридорами',
      'транспортных коридорах',
    ],
    'transport corridors',
  ),
  t(
    'culture',
    { phrase: 'мәдени алмасу' },
    [
      'культурный обмен',
      'культурного обмена',
      'культурному обмену',
      'культурным обменом',
      'культурном обмене',
    ],
    'cultural exchange',
  ),
  t(
    'education',
    { phrase: 'білім беру' },
    ['образование', 'образования', 'образованию', 'образованием', 'образовании'],
    'education',
  ),
  t(
    'science',
    { phrase: 'ғылыми байланыс', form: { plural: true } },
    ['научные связи', 'научных связей', 'научным связям', 'научными связями', 'научных связях'],
    'scientific ties',
  ),
  t(
    'cbms',
    { phrase: 'сенім шара', form: { plural: true, poss3: true } },
    ['меры доверия', 'мер доверия', 'мерам доверия', 'мерами доверия', 'мерах доверия'],
    'confidence-building measures',
  ),
  t(
    'dialogue',
    { phrase: 'өркениеттер диалог', form: { poss3: true } },
    [
      'диалог цивилизаций',
      'диалога цивилизаций',
      'диалогу цивилизаций',
      'диалогом цивилизаций',
      'диалоге цивилизаций',
    ],
    'dialogue among civilizations',
  ),
  t(
    'smes',
    { phrase: 'шағын және орта кәсіпкерлік' },
    [
      'малое и среднее предпринимательство',
      'малого и среднего предпринимательства',
      'малому и среднему предпринимательству',
      'малым и средним предпринимательством',
      'малом и среднем предпринимательстве',
    ],
    'small and medium enterprises',
  ),
  t(
    'agriculture',
    { phrase: 'ауыл шаруашылық', form: { poss3: true } },
    [
      'сельское хозяйство',
      'сельского хозяйства',
      'сельскому хозяйству',
      'сельским хозяйством',
      'сельском хозяйстве',
    ],
    'agriculture',
  ),
  t(
    'ict',
    { phrase: 'ақпараттық технология', form: { plural: true } },
    [
      'информационные технологии',
      'информационных технологий',
      'информационным технологиям',
      'информационными технологиями',
      'информационных технологиях',
    ],
    'information technology',
  ),
  t(
    'media',
    { phrase: 'бұқаралық ақпарат құрал', form: { plural: true, poss3: true } },
    [
      'средства массовой информации',
      'средств массовой информации',
      'средствам массовой информации',
      'средствами массовой информации',
      'средствах массовой информации',
    ],
    'the media',
  ),
  t(
    'military-contacts',
    { phrase: 'әскери байланыс', form: { plural: true } },
    [
      'военные контакты',
      'военных контактов',
      'военным контактам',
      'военными контактами',
      'военных контактах',
    ],
    'military contacts',
  ),
  t(
    'finance',
    { phrase: 'қаржы' },
    ['финансы', 'финансов', 'финансам', 'финансами', 'финансах'],
    'finance',
  ),
  t(
    'youth',
    { phrase: 'жастар саясат', form: { poss3: true } },
    [
      'молодёжная политика',
      'молодёжной политики',
      'молодёжной политике',
      'молодёжной политикой',
      'молодёжной политике',
    ],
    'youth policy',
  ),
  t(
    'law-enforcement',
    { phrase: 'құқық қорғау ынтымақтастық', form: { poss3: true } },
    [
      'правоохранительное сотрудничество',
      'правоохранительного сотрудничества',
      'правоохранительному сотрудничеству',
      'правоохранительным сотрудничеством',
      'правоохранительном сотрудничестве',
    ],
    'law-enforcement cooperation',
  ),
];

/** Cities where meetings take place (none of them names a reserved concept). */
export const CITIES: readonly { kk: string; ru: string; en: string }[] = [
  { kk: 'Астана', ru: 'Астана', en: 'Astana' },
  { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' },
  { kk: 'Душанбе', ru: 'Душанбе', en: 'Dushanbe' },
  { kk: 'Баку', ru: 'Баку', en: 'Baku' },
  { kk: 'Бішкек', ru: 'Бишкек', en: 'Bishkek' },
  { kk: 'Ташкент', ru: 'Ташкент', en: 'Tashkent' },
  { kk: 'Бангкок', ru: 'Бангкок', en: 'Bangkok' },
  { kk: 'Дакка', ru: 'Дакка', en: 'Dhaka' },
  { kk: 'Тегеран', ru: 'Тегеран', en: 'Tehran' },
  { kk: 'Пекин', ru: 'Пекин', en: 'Beijing' },
];
