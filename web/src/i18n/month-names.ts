/** Exactly twelve month names, January first; the tuple type makes a short list a type error. */
export type MonthNames = readonly [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

export function monthNames(...names: MonthNames): MonthNames {
  return names;
}
