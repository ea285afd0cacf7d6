/**
 * Fonts for the PDFs the app writes (DejaVu through fontkit).
 */
export * from './cmapFontkit';
export * from './dejaVuFontBytes';
