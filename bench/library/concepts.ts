/**
 * The concepts the judged queries ask for. Each is planted on purpose in a few target documents
 * per language and kept out of every background document (checked by its markers), so relevance
 * is known from the generator and never taken from a search engine's answers.
 */
import type { Form } from './inflect-kk.js';

export type RuCase = 'nom' | 'gen' | 'dat' | 'ins' | 'prep';
export type RuForms = Readonly<Record<RuCase, string>>;

/** How the concept fits a sentence: a problem to fight, an actor, or a document. */
export type ConceptKind = 'issue' | 'actor' | 'document';

export interface KkName {
  /** The phrase; its last word takes the endings. */
  readonly phrase: string;
  /** Fixed part of the head's form (`су ресурстары` is `ресурс` plural + possessive). */
  readonly form?: Form;
}

export interface Concept {
  readonly id: string;
  readonly kind: ConceptKind;
  /** Registry id (state, organisation, instrument) for names from the registry. */
  readonly entity?: string;
  /** Kazakh names; the first is the one the base-form query uses and every target carries. */
  readonly kk: readonly KkName[];
  readonly ru: readonly RuForms[];
  readonly en: readonly string[];
  /**
   * Patterns that must not occur in any other document (regular-expression sources, matched at
   * the start of a word; case-insensitive unless the pattern is all capitals).
   */
  readonly markers: readonly string[];
}

const ru = (nom: string, gen: string, dat: string, ins: string, prep: string): RuForms => ({
  nom,
  gen,
  dat,
  ins,
  prep,
});

export const CONCEPTS: readonly Concept[] = [
  {
    id: 'drugs',
    kind: 'issue',
    kk: [{ phrase: 'есірткі' }],
    ru: [
      ru('наркотики', 'наркотиков', 'наркотикам', 'наркотиками', 'наркотиках'),
      ru(
        'незаконный оборот наркотиков',
        'незаконного оборота наркотиков',
        'незаконному обороту наркотиков',
        'незаконным оборотом наркотиков',
        'незаконном обороте наркотиков',
      ),
    ],
    en: ['illicit drugs', 'drug trafficking', 'narcotic drugs'],
    markers: ['есірткі', 'наркот', 'психотроп', 'drug', 'narcotic'],
  },
  {
    id: 'terrorism',
    kind: 'issue',
    kk: [{ phrase: 'терроризм' }, { phrase: 'халықаралық терроризм' }],
    ru: [
      ru('терроризм', 'терроризма', 'терроризму', 'терроризмом', 'терроризме'),
      ru(
        'международный терроризм',
        'международного терроризма',
        'международному терроризму',
        'международным терроризмом',
        'международном терроризме',
      ),
    ],
    en: ['terrorism', 'international terrorism'],
    markers: ['террор', 'terror'],
  },
  {
    id: 'extremism',
    kind: 'issue',
    kk: [{ phrase: 'экстремизм' }, { phrase: 'діни экстремизм' }],
    ru: [ru('экстремизм', 'экстремизма', 'экстремизму', 'экстремизмом', 'экстремизме')],
    en: ['extremism', 'violent extremism'],
    markers: ['экстремиз', 'экстремист', 'extremis'],
  },
  {
    id: 'nuclear-weapons',
    kind: 'issue',
    kk: [{ phrase: 'ядролық қару' }],
    ru: [
      ru(
        'ядерное оружие',
        'ядерного оружия',
        'ядерному оружию',
        'ядерным оружием',
        'ядерном оружии',
      ),
    ],
    en: ['nuclear weapons', 'nuclear arms'],
    markers: ['ядролық', 'ядерн', 'nuclear', 'таратпау', 'нераспростран', 'non-prolif'],
  },
  {
    id: 'chemical-weapons',
    kind: 'issue',
    kk: [{ phrase: 'химиялық қару' }],
    ru: [
      ru(
        'химическое оружие',
        'химического оружия',
        'химическому оружию',
        'химическим оружием',
        'химическом оружии',
      ),
    ],
    en: ['chemical weapons'],
    markers: ['химиялық', 'химическ', 'chemical'],
  },
  {
    id: 'borders',
    kind: 'issue',
    kk: [{ phrase: 'шекара' }, { phrase: 'мемлекеттік шекара' }],
    ru: [
      ru('граница', 'границы', 'границе', 'границей', 'границе'),
      ru(
        'государственная граница',
        'государственной границы',
        'государственной границе',
        'государственной границей',
        'государственной границе',
      ),
    ],
    en: ['border security', 'state border', 'borders'],
    markers: ['шекара', 'границ', 'погранич', 'border'],
  },
  {
    id: 'water',
    kind: 'issue',
    kk: [{ phrase: 'су ресурс', form: { plural: true, poss3: true } }],
    ru: [
      ru(
        'водные ресурсы',
        'водных ресурсов',
        'водным ресурсам',
        'водными ресурсами',
        'водных ресурсах',
      ),
    ],
    en: ['water resources', 'transboundary water resources'],
    markers: ['су ресурс', 'водн', 'water'],
  },
  {
    id: 'migration',
    kind: 'issue',
    kk: [{ phrase: 'көші-қон' }, { phrase: 'заңсыз көші-қон' }],
    ru: [
      ru('миграция', 'миграции', 'миграции', 'миграцией', 'миграции'),
      ru(
        'незаконная миграция',
        'незаконной миграции',
        'незаконной миграции',
        'незаконной миграцией',
        'незаконной миграции',
      ),
    ],
    en: ['migration', 'illegal migration'],
    markers: ['көші-қон', 'көшіқон', 'мигра', 'migra', 'migrant'],
  },
  {
    id: 'ecology',
    kind: 'issue',
    kk: [{ phrase: 'экология' }, { phrase: 'қоршаған орта' }],
    ru: [
      ru('экология', 'экологии', 'экологии', 'экологией', 'экологии'),
      ru(
        'окружающая среда',
        'окружающей среды',
        'окружающей среде',
        'окружающей средой',
        'окружающей среде',
      ),
    ],
    en: ['ecology', 'environmental protection'],
    markers: ['эколог', 'ecolog', 'қоршаған орта', 'окружающ', 'environment'],
  },
  {
    id: 'energy',
    kind: 'issue',
    kk: [{ phrase: 'энергетика' }, { phrase: 'энергетикалық қауіпсіздік' }],
    ru: [
      ru('энергетика', 'энергетики', 'энергетике', 'энергетикой', 'энергетике'),
      ru(
        'энергетическая безопасность',
        'энергетической безопасности',
        'энергетической безопасности',
        'энергетической безопасностью',
        'энергетической безопасности',
      ),
    ],
    en: ['energy', 'energy security'],
    markers: ['энергет', 'энерги', 'energy'],
  },
  {
    id: 'cybercrime',
    kind: 'issue',
    kk: [{ phrase: 'киберқылмыс' }],
    ru: [
      ru(
        'киберпреступность',
        'киберпреступности',
        'киберпреступности',
        'киберпреступностью',
        'киберпреступности',
      ),
    ],
    en: ['cybercrime'],
    markers: ['кибер', 'cyber'],
  },
  {
    id: 'epidemics',
    kind: 'issue',
    kk: [{ phrase: 'індет' }, { phrase: 'пандемия' }],
    ru: [
      ru('эпидемия', 'эпидемии', 'эпидемии', 'эпидемией', 'эпидемии'),
      ru('пандемия', 'пандемии', 'пандемии', 'пандемией', 'пандемии'),
    ],
    en: ['epidemics', 'pandemic'],
    markers: ['індет', 'пандеми', 'эпидеми', 'epidemi', 'pandemic'],
  },
  {
    id: 'disasters',
    kind: 'issue',
    kk: [{ phrase: 'табиғи апат' }],
    ru: [
      ru(
        'стихийные бедствия',
        'стихийных бедствий',
        'стихийным бедствиям',
        'стихийными бедствиями',
        'стихийных бедствиях',
      ),
    ],
    en: ['natural disasters'],
    markers: ['апат', 'бедстви', 'disaster'],
  },
  {
    id: 'food-security',
    kind: 'issue',
    kk: [{ phrase: 'азық-түлік қауіпсіздік', form: { poss3: true } }],
    ru: [
      ru(
        'продовольственная безопасность',
        'продовольственной безопасности',
        'продовольственной безопасности',
        'продовольственной безопасностью',
        'продовольственной безопасности',
      ),
    ],
    en: ['food security'],
    markers: ['азық-түлік', 'азықтүлік', 'продовольств', 'food'],
  },
  {
    id: 'turkiye',
    kind: 'actor',
    entity: 'TUR',
    kk: [{ phrase: 'Түркия' }],
    ru: [ru('Турция', 'Турции', 'Турции', 'Турцией', 'Турции')],
    en: ['Türkiye', 'Turkey'],
    markers: ['түркия', 'түркие', 'түрік', 'турци', 'турецк', 'turkey', 'türkiye', 'turkish'],
  },
  {
    id: 'mongolia',
    kind: 'actor',
    entity: 'MNG',
    kk: [{ phrase: 'Моңғолия' }],
    ru: [ru('Монголия', 'Монголии', 'Монголии', 'Монголией', 'Монголии')],
    en: ['Mongolia'],
    markers: ['моңғол', 'монгол', 'mongol'],
  },
  {
    id: 'vietnam',
    kind: 'actor',
    entity: 'VNM',
    kk: [{ phrase: 'Вьетнам' }],
    ru: [ru('Вьетнам', 'Вьетнама', 'Вьетнаму', 'Вьетнамом', 'Вьетнаме')],
    en: ['Vietnam', 'Viet Nam'],
    markers: ['вьетнам', 'vietnam', 'viet nam'],
  },
  {
    id: 'bahrain',
    kind: 'actor',
    entity: 'BHR',
    kk: [{ phrase: 'Бахрейн' }],
    ru: [ru('Бахрейн', 'Бахрейна', 'Бахрейну', 'Бахрейном', 'Бахрейне')],
    en: ['Bahrain'],
    markers: ['бахрейн', 'bahrain'],
  },
  {
    id: 'sco',
    kind: 'actor',
    entity: 'SCO',
    kk: [{ phrase: 'ШЫҰ' }, { phrase: 'Шанхай ынтымақтастық ұйым', form: { poss3: true } }],
    ru: [
      ru('ШОС', 'ШОС', 'ШОС', 'ШОС', 'ШОС'),
      ru(
        'Шанхайская организация сотрудничества',
        'Шанхайской организации сотрудничества',
        'Шанхайской организации сотрудничества',
        'Шанхайской организацией сотрудничества',
        'Шанхайской организации сотрудничества',
      ),
    ],
    en: ['SCO', 'Shanghai Cooperation Organisation'],
    markers: ['ШЫҰ', 'ШОС', 'SCO', 'RATS', 'шанха', 'shanghai'],
  },
  {
    id: 'csto',
    kind: 'actor',
    entity: 'CSTO',
    kk: [
      { phrase: 'ҰҚШҰ' },
      { phrase: 'Ұжымдық қауіпсіздік туралы шарт ұйым', form: { poss3: true } },
    ],
    ru: [
      ru('ОДКБ', 'ОДКБ', 'ОДКБ', 'ОДКБ', 'ОДКБ'),
      ru(
        'Организация Договора о коллективной безопасности',
        'Организации Договора о коллективной безопасности',
        'Организации Договора о коллективной безопасности',
        'Организацией Договора о коллективной безопасности',
        'Организации Договора о коллективной безопасности',
      ),
    ],
    en: ['CSTO', 'Collective Security Treaty Organization'],
    markers: ['ҰҚШҰ', 'ОДКБ', 'CSTO', 'ұжымдық', 'коллективн', 'collective'],
  },
  {
    id: 'nato',
    kind: 'actor',
    entity: 'NATO',
    kk: [{ phrase: 'НАТО' }],
    ru: [ru('НАТО', 'НАТО', 'НАТО', 'НАТО', 'НАТО')],
    en: ['NATO', 'North Atlantic Treaty Organization'],
    markers: ['НАТО', 'NATO', 'атлант', 'atlantic'],
  },
  {
    id: 'almaty-act',
    kind: 'document',
    entity: 'almaty-act',
    kk: [{ phrase: 'Алматы акт', form: { poss3: true } }],
    ru: [
      ru(
        'Алматинский акт',
        'Алматинского акта',
        'Алматинскому акту',
        'Алматинским актом',
        'Алматинском акте',
      ),
    ],
    en: ['Almaty Act'],
    markers: ['алматы акт', 'алматинск\\p{L}* акт', 'almaty act', 'charter', 'устав', 'жарғы'],
  },
];

/** One regular expression per concept that finds any of its markers. */
export function markerPattern(concept: Concept): RegExp[] {
  return concept.markers.map((m) => {
    const caseSensitive = m === m.toUpperCase() && m !== m.toLowerCase();
    return new RegExp(`(?<![\\p{L}\\p{N}])${m}`, caseSensitive ? 'u' : 'iu');
  });
}
