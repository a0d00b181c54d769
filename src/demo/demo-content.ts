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

/** Reports of other states, published to all, so the matrix and the dashboard show more than one dimension. */
export const MORE_REPORTS: { state: string; year: 2025 | 2026; content: ReportContent }[] = [
  {
    state: 'MNG',
    year: 2025,
    content: {
      nilReturn: false,
      note: 'Prepared by the Ministry of Foreign Affairs of Mongolia.',
      entries: [
        {
          measure: 'environment-protection-best-practices',
          nil: false,
          done: 'Hosted a regional workshop on combating desertification and land degradation.',
          when: '2025-06-17',
          partners: 'China, Kazakhstan, Republic of Korea',
          outcomes: 'A joint list of pilot sites for restoration.',
        },
        {
          measure: 'disaster-early-warning',
          nil: false,
          done: 'Shared dust-storm forecasts with neighbouring meteorological services.',
          when: '2025-03/2025-05',
          partners: 'China',
          outcomes: 'Daily exchange during the spring season.',
        },
      ],
    },
  },
  {
    state: 'KGZ',
    year: 2025,
    content: {
      nilReturn: false,
      note: 'Подготовлено Министерством иностранных дел Кыргызской Республики.',
      entries: [
        {
          measure: 'trade-and-investment-information-exchange',
          nil: false,
          done: 'Проведён бизнес-форум государств-членов СВМДА по торговле и инвестициям.',
          when: '2025-10-02',
          partners: 'Деловой совет СВМДА',
          outcomes: 'Подписано 12 меморандумов между компаниями.',
        },
      ],
    },
  },
  {
    state: 'IND',
    year: 2026,
    content: {
      nilReturn: false,
      note: 'Prepared by the Ministry of External Affairs of India.',
      entries: [
        {
          measure: 'terrorism-information-exchange',
          nil: false,
          done: 'Expert meeting on countering the financing of terrorism.',
          when: '2026-04-21/2026-04-22',
          partners: 'Experts of 14 member states',
          outcomes: 'A set of recommendations submitted to the Special Working Group.',
        },
      ],
    },
  },
  {
    state: 'UZB',
    year: 2026,
    content: {
      nilReturn: false,
      note: 'Өзбекстан Республикасы Сыртқы істер министрлігінің баяндамасы (қазақ тіліндегі аудармасы).',
      entries: [
        {
          measure: 'cultural-and-academic-exchanges-programmes',
          nil: false,
          done: 'Самарқандта мүше мемлекеттердің жас ғалымдарына арналған жазғы мектеп өтті.',
          when: '2026-07',
          partners: 'Қазақстан, Тәжікстан, Түркия',
          outcomes: '40 қатысушы, бірлескен зерттеу жобалары.',
        },
      ],
    },
  },
];
