/** Text derived from a source, with the source offset of each of its characters. */
export interface MappedText {
  text: string;
  offsets: number[];
}

export class MappedBuilder {
  private chars: string[] = [];
  private offsets: number[] = [];
  push(s: string, offset: number): void {
    for (let i = 0; i < s.length; i += 1) {
      this.chars.push(s[i]!);
      this.offsets.push(offset);
    }
  }
  build(): MappedText {
    return { text: this.chars.join(''), offsets: this.offsets };
  }
}

/** The mapped text without leading and trailing white space. */
export function trimMapped(m: MappedText): MappedText {
  let a = 0;
  let b = m.text.length;
  while (a < b && /\s/.test(m.text[a]!)) a += 1;
  while (b > a && /\s/.test(m.text[b - 1]!)) b -= 1;
  return { text: m.text.slice(a, b), offsets: m.offsets.slice(a, b) };
}

/** Plain source text mapped onto itself. */
export function identityMapped(source: string, start: number, end: number): MappedText {
  const text = source.slice(start, end);
  return { text, offsets: Array.from({ length: text.length }, (_, i) => start + i) };
}
