/**
 * Irregular word forms that the suffix grammar does not derive: personal and demonstrative
 * pronouns with stem changes (мен → маған, ол → оның), and the copula е- (еді, екен, емес).
 * Written from the standard Kazakh paradigms.
 */
import type { Pos } from './types.js';

export interface ClosedForm {
  readonly lemma: string;
  readonly pos: Pos;
  readonly features: Readonly<Record<string, string>>;
}

const CASES: readonly (readonly [string, string])[] = [
  ['Nom', ''],
  ['Gen', 'Gen'],
  ['Dat', 'Dat'],
  ['Acc', 'Acc'],
  ['Loc', 'Loc'],
  ['Abl', 'Abl'],
  ['Ins', 'Ins'],
];

/** Paradigms as [lemma, pos, base features, nom, gen, dat, acc, loc, abl, ins]; '' when none. */
const PARADIGMS: readonly (readonly string[])[] = [
  [
    'мен',
    'PRON',
    'Person=1|Number=Sing|PronType=Prs',
    'мен',
    'менің',
    'маған',
    'мені',
    'менде',
    'менен',
    'менімен',
  ],
  [
    'сен',
    'PRON',
    'Person=2|Number=Sing|PronType=Prs',
    'сен',
    'сенің',
    'саған',
    'сені',
    'сенде',
    'сенен',
    'сенімен',
  ],
  [
    'ол',
    'PRON',
    'Person=3|Number=Sing|PronType=Prs',
    'ол',
    'оның',
    'оған',
    'оны',
    'онда',
    'одан',
    'онымен',
  ],
  [
    'олар',
    'PRON',
    'Person=3|Number=Plur|PronType=Prs',
    'олар',
    'олардың',
    'оларға',
    'оларды',
    'оларда',
    'олардан',
    'олармен',
  ],
  ['бұл', 'PRON', 'PronType=Dem', 'бұл', 'бұның', 'бұған', 'бұны', 'бұнда', 'бұдан', 'бұнымен'],
  ['бұл', 'PRON', 'PronType=Dem', '', 'мұның', 'мұған', 'мұны', 'мұнда', 'мұнан', 'мұнымен'],
  [
    'бұл',
    'PRON',
    'PronType=Dem|Number=Plur',
    'бұлар',
    'бұлардың',
    'бұларға',
    'бұларды',
    'бұларда',
    'бұлардан',
    'бұлармен',
  ],
  ['осы', 'PRON', 'PronType=Dem', '', 'осының', 'осыған', 'осыны', 'осында', 'осыдан', 'осымен'],
  [
    'осы',
    'PRON',
    'PronType=Dem|Number=Plur',
    'осылар',
    'осылардың',
    'осыларға',
    'осыларды',
    'осыларда',
    'осылардан',
    'осылармен',
  ],
  ['сол', 'PRON', 'PronType=Dem', '', 'соның', 'соған', 'соны', 'сонда', 'содан', 'сонымен'],
  [
    'сол',
    'PRON',
    'PronType=Dem|Number=Plur',
    'солар',
    'солардың',
    'соларға',
    'соларды',
    'соларда',
    'солардан',
    'солармен',
  ],
  [
    'мына',
    'PRON',
    'PronType=Dem',
    '',
    'мынаның',
    'мынаған',
    'мынаны',
    'мында',
    'мынадан',
    'мынамен',
  ],
  ['ана', 'PRON', 'PronType=Dem', '', 'ананың', 'анаған', 'ананы', 'анда', 'анадан', 'анамен'],
  ['не', 'PRON', 'PronType=Int', '', 'ненің', 'неге', 'нені', 'неде', 'неден', 'немен'],
];

const EXTRA: readonly (readonly [string, string, Pos, string])[] = [
  ['еді', 'е', 'AUX', 'Tense=Past|Mood=Ind|VerbForm=Fin|Person=3'],
  ['едім', 'е', 'AUX', 'Tense=Past|VerbForm=Fin|Person=1|Number=Sing'],
  ['едің', 'е', 'AUX', 'Tense=Past|VerbForm=Fin|Person=2|Number=Sing'],
  ['едіңіз', 'е', 'AUX', 'Tense=Past|VerbForm=Fin|Person=2|Polite=Form'],
  ['едік', 'е', 'AUX', 'Tense=Past|VerbForm=Fin|Person=1|Number=Plur'],
  ['екен', 'е', 'AUX', 'Evident=Nfh|VerbForm=Fin|Person=3'],
  ['екенін', 'е', 'AUX', 'Case=Acc|Person[psor]=3|VerbForm=Part'],
  ['екендігін', 'е', 'AUX', 'Case=Acc|Person[psor]=3|VerbForm=Part'],
  ['екені', 'е', 'AUX', 'Person[psor]=3|VerbForm=Part'],
  ['екендігі', 'е', 'AUX', 'Person[psor]=3|VerbForm=Part'],
  ['екенмін', 'е', 'AUX', 'Evident=Nfh|Person=1|Number=Sing'],
  ['екеніне', 'е', 'AUX', 'Case=Dat|Person[psor]=3|VerbForm=Part'],
  ['екенінде', 'е', 'AUX', 'Case=Loc|Person[psor]=3|VerbForm=Part'],
  ['екендігіне', 'е', 'AUX', 'Case=Dat|Person[psor]=3|VerbForm=Part'],
  ['екенсің', 'е', 'AUX', 'Evident=Nfh|Person=2|Number=Sing'],
  ['екенсіз', 'е', 'AUX', 'Evident=Nfh|Person=2|Polite=Form'],
  ['екенбіз', 'е', 'AUX', 'Evident=Nfh|Person=1|Number=Plur'],
  ['емес', 'е', 'AUX', 'Polarity=Neg'],
  ['емеспін', 'е', 'AUX', 'Polarity=Neg|Person=1|Number=Sing'],
  ['емеспіз', 'е', 'AUX', 'Polarity=Neg|Person=1|Number=Plur'],
  ['емессіз', 'е', 'AUX', 'Polarity=Neg|Person=2|Polite=Form'],
  // the contracted present of жат- (жатыр), unlike отыр, тұр, жүр which are stems themselves
  ['жатыр', 'жат', 'AUX', 'Aspect=Prog|Tense=Pres|VerbForm=Fin|Person=3'],
  ['жатырмын', 'жат', 'AUX', 'Aspect=Prog|Tense=Pres|VerbForm=Fin|Person=1|Number=Sing'],
  ['жатырсың', 'жат', 'AUX', 'Aspect=Prog|Tense=Pres|VerbForm=Fin|Person=2|Number=Sing'],
  ['жатырсыз', 'жат', 'AUX', 'Aspect=Prog|Tense=Pres|VerbForm=Fin|Person=2|Polite=Form'],
  ['жатырмыз', 'жат', 'AUX', 'Aspect=Prog|Tense=Pres|VerbForm=Fin|Person=1|Number=Plur'],
  // the present of the posture verbs отыр, тұр, жүр takes person endings right on the stem
  // (отырмын, тұрмыз, жүрсің), as the contracted жатыр does
  ...(['отыр', 'тұр', 'жүр'] as const).flatMap((stem) => {
    const back = stem !== 'жүр';
    const i = back ? 'ы' : 'і';
    const a = back ? 'а' : 'е';
    const f = 'Aspect=Prog|Tense=Pres|VerbForm=Fin|';
    return [
      [`${stem}м${i}н`, stem, 'AUX', f + 'Person=1|Number=Sing'],
      [`${stem}с${i}ң`, stem, 'AUX', f + 'Person=2|Number=Sing'],
      [`${stem}с${i}з`, stem, 'AUX', f + 'Person=2|Polite=Form'],
      [`${stem}м${i}з`, stem, 'AUX', f + 'Person=1|Number=Plur'],
      [`${stem}с${i}ңд${a}р`, stem, 'AUX', f + 'Person=2|Number=Plur'],
      [`${stem}с${i}зд${a}р`, stem, 'AUX', f + 'Person=2|Number=Plur|Polite=Form'],
    ] as const;
  }),
  // person endings written apart after a predicate noun (мүдделі мін) are forms of the copula
  ['мын', 'е', 'AUX', 'Person=1|Number=Sing'],
  ['мін', 'е', 'AUX', 'Person=1|Number=Sing'],
  ['бын', 'е', 'AUX', 'Person=1|Number=Sing'],
  ['бін', 'е', 'AUX', 'Person=1|Number=Sing'],
  ['пын', 'е', 'AUX', 'Person=1|Number=Sing'],
  ['пін', 'е', 'AUX', 'Person=1|Number=Sing'],
  ['мыз', 'е', 'AUX', 'Person=1|Number=Plur'],
  ['міз', 'е', 'AUX', 'Person=1|Number=Plur'],
  ['быз', 'е', 'AUX', 'Person=1|Number=Plur'],
  ['пыз', 'е', 'AUX', 'Person=1|Number=Plur'],
  ['піз', 'е', 'AUX', 'Person=1|Number=Plur'],
  ['сың', 'е', 'AUX', 'Person=2|Number=Sing'],
  ['сің', 'е', 'AUX', 'Person=2|Number=Sing'],
  // contractions of colloquial and literary Kazakh: бұ for бұл, боп for болып, қып/ғып for
  // қылып, and the older ablatives онан, сонан, бұнан for одан, содан, бұдан
  ['бұ', 'бұл', 'DET', 'PronType=Dem'],
  ['боп', 'бол', 'VERB', 'Aspect=Perf|VerbForm=Conv'],
  ['қып', 'қыл', 'VERB', 'Aspect=Perf|VerbForm=Conv'],
  ['ғып', 'қыл', 'VERB', 'Aspect=Perf|VerbForm=Conv'],
  ['онан', 'ол', 'PRON', 'PronType=Prs|Person=3|Case=Abl'],
  ['сонан', 'сол', 'PRON', 'PronType=Dem|Case=Abl'],
  ['бұнан', 'бұл', 'PRON', 'PronType=Dem|Case=Abl'],
  // particles and conjunctions written in harmony variants share one lemma
  ['да', 'да', 'CCONJ', ''],
  ['де', 'да', 'CCONJ', ''],
  ['та', 'да', 'CCONJ', ''],
  ['те', 'да', 'CCONJ', ''],
  ['ма', 'ма', 'PART', 'PronType=Int'],
  ['ме', 'ма', 'PART', 'PronType=Int'],
  ['ба', 'ма', 'PART', 'PronType=Int'],
  ['бе', 'ма', 'PART', 'PronType=Int'],
  ['па', 'ма', 'PART', 'PronType=Int'],
  ['пе', 'ма', 'PART', 'PronType=Int'],
  ['ғана', 'ғана', 'PART', ''],
  ['қана', 'ғана', 'PART', ''],
  ['мен', 'мен', 'CCONJ', ''],
  ['пен', 'мен', 'CCONJ', ''],
  ['бен', 'мен', 'CCONJ', ''],
];

function parseFeatures(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of s.split('|')) {
    if (!kv) continue;
    const [k, v] = kv.split('=');
    if (k && v) out[k] = v;
  }
  return out;
}

export const CLOSED_FORMS: ReadonlyMap<string, readonly ClosedForm[]> = (() => {
  const map = new Map<string, ClosedForm[]>();
  const put = (form: string, f: ClosedForm): void => {
    const list = map.get(form) ?? [];
    list.push(Object.freeze(f));
    map.set(form, list);
  };
  for (const row of PARADIGMS) {
    const [lemma, pos, base] = row as [string, Pos, string];
    CASES.forEach(([caseName], i) => {
      const form = row[3 + i];
      if (!form) return;
      put(form, {
        lemma,
        pos,
        features: Object.freeze({ ...parseFeatures(base), Case: caseName }),
      });
    });
  }
  for (const [form, lemma, pos, feats] of EXTRA)
    put(form, { lemma, pos, features: Object.freeze(parseFeatures(feats)) });
  return map;
})();
