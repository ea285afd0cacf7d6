/** US Letter with one-inch margins; sizes in points. */
export const LETTER_PAGE = { width: 612, height: 792, marginX: 72, top: 72, bottom: 72 } as const;

export const LETTER_TYPE = {
  bodySize: 10.5,
  lineHeight: 14,
  paragraphGap: 7,
  heading1Size: 11.5,
  heading1Gap: 16,
  heading2Gap: 10,
  titleSize: 14,
  listIndent: 18,
  footerSize: 8.5,
  footerBaseline: 40,
} as const;
