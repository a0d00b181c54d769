/**
 * Typo look-ups compare words with the letters careless typing and OCR confuse folded together
 * (қ→к, ұ/ү→у, і→и …), so `коши-кон`, typed on a Russian keyboard, finds `көші-қон`.
 */
export const libraryFoldedVocabulary = {
  id: '0009-library-folded-vocabulary',
  sql: /* sql */ `
create function senim_fold(t text) returns text language sql immutable strict parallel safe as $$
  select translate(t, 'қғңұүөәіһё', 'кгнууоаихе')
$$;
alter table library_lexeme add column folded text generated always as (senim_fold(lexeme)) stored;
drop index library_lexeme_trigram;
create index library_lexeme_folded on library_lexeme using gin (folded gin_trgm_ops);
`,
};
