import { Fragment } from 'react';

/** A name with line-break opportunities (<wbr>) between its parts ("Live|Code|Bench v5", "MATH|500", "R1-|Distill"); the text is unchanged. */
export function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=\d{2})|(?<=[A-Za-z0-9]{2}[-_/])/);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
