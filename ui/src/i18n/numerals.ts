const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';

/** Replaces the ASCII digits 0-9 in a text with Khmer digits ០-៩; everything else stays. */
export function toKhmerDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => KHMER_DIGITS[d.charCodeAt(0) - 48]);
}

/** Replaces Khmer digits with ASCII digits, so that numbers typed either way can be read. */
export function fromKhmerDigits(text: string): string {
  return text.replace(/[០-៩]/g, (d) => String(d.charCodeAt(0) - 0x17e0));
}
