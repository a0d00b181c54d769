import { Fragment, type ReactNode } from 'react';

/** A dictionary string with `{name}` placeholders filled by elements (links, dates), wherever the language puts them. */
export function Template({
  text,
  slots,
}: {
  text: string;
  slots: Readonly<Record<string, ReactNode>>;
}) {
  const parts = text.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>{index % 2 === 1 ? (slots[part] ?? `{${part}}`) : part}</Fragment>
      ))}
    </>
  );
}
