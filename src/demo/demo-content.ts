import type { ReportContent } from '../reports/report.schema.js';

// Report texts of the demo, each in the language its state would write in.

export const KAZ_2025: ReportContent = {
  nilReturn: false,
  note: 'Есеп Қазақстан Республикасы Сыртқы істер министрлігі дайындады.',
  entries: [
    {
      measure: 'military-visits',
      nil: false,
      done: 'Түркия мен Әзірбайжанның қорғаныс университеттерінің делегациялары Астанадағы Ұлттық қорғаныс университетіне сапармен келді.',
      when: '2025-04',
      partners: 'Түркия, Әзірбайжан',
      outcomes: 'Оқу бағдарламалары бойынша тәжірибе алмасу туралы уағдаластыққа қол жеткізілді.',
    },
    {
      measure: 'military-cv-exchange',
      nil: true,
      done: '',
      when: '',
      partners: '',
      outcomes: '',
    },
  ],
};

export const KAZ_2026_DRAFT: ReportContent = {
  nilReturn: false,
  note: '',
  entries: [
    {
      measure: 'military-visits',
      nil: false,
      done: 'Алматыда әскери оқу орындары басшыларының өңірлік кездесуі өтті.',
      when: '2026-05-12/2026-05-14',
      partners: 'Қырғызстан, Тәжікстан, Өзбекстан',
      outcomes: '',
    },
  ],
};

export const TUR_REPORT: ReportContent = {
  nilReturn: false,
  note: 'Prepared by the Ministry of Foreign Affairs of Türkiye.',
  entries: [
    {
      measure: 'military-invitations',
      nil: false,
      done: 'Military attachés of CICA member states were invited to the Victory Day reception and parade.',
      when: '2025-08-30',
      partners: 'Military attachés accredited in Ankara',
      outcomes: 'Representatives of eleven member states attended.',
    },
  ],
};

export const CHN_2025: ReportContent = {
  nilReturn: false,
  note: 'Подготовлено Министерством иностранных дел КНР.',
  entries: [
    {
      measure: 'military-visits',
      nil: false,
      done: 'Проведены взаимные визиты делегаций военных академий с Казахстаном и Монголией.',
      when: '2025-09',
      partners: 'Казахстан, Монголия',
      outcomes: 'Согласован план обменов слушателями на 2026 год.',
    },
  ],
};
