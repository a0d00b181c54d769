/** Universal Dependencies part-of-speech tags used by the analyser. */
export type Pos =
  | 'NOUN'
  | 'PROPN'
  | 'ADJ'
  | 'VERB'
  | 'ADV'
  | 'PRON'
  | 'NUM'
  | 'ADP'
  | 'CCONJ'
  | 'SCONJ'
  | 'PART'
  | 'INTJ'
  | 'AUX'
  | 'DET'
  | 'X';

/** One reading of a word form. */
export interface Analysis {
  /** Dictionary form: nominative singular for nominals (derivation kept), bare stem for verbs. */
  readonly lemma: string;
  readonly pos: Pos;
  /** UD-style features (Case, Number, Person[psor], Tense, VerbForm, Voice, Polarity, …); Guess=Yes for guesses. */
  readonly features: Readonly<Record<string, string>>;
}
