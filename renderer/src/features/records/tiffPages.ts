import UTIF from 'utif2';
import type { RecordRequest } from '../../api';

export interface TiffPage {
  width: number;
  height: number;
  /** Rows are drawn this much taller so pixels come out square (fax "normal" mode is 204 × 98 dpi). */
  stretch: number;
  rgba: Uint8Array;
}

export interface TiffPages {
  count: number;
  page(n: number): TiffPage | null;
}

/** A TIFF record's pages, decoded one at a time when shown (Chromium cannot show TIFF itself). */
export async function tiffPages(request: RecordRequest): Promise<TiffPages> {
  const response = await fetch(request.url, { headers: request.headers, cache: 'no-store', credentials: 'omit' });
  if (!response.ok) throw new Error(`the record could not be read (${response.status})`);
  const bytes = await response.arrayBuffer();
  const ifds = UTIF.decode(bytes).filter((ifd) => ifd['t256'] && ifd['t257']);
  const cache = new Map<number, TiffPage>();
  return {
    count: ifds.length,
    page(n) {
      const ifd = ifds[n - 1];
      if (!ifd) return null;
      const known = cache.get(n);
      if (known) return known;
      UTIF.decodeImage(bytes, ifd);
      const xRes = Number((ifd['t282'] as number[] | undefined)?.[0] ?? 0);
      const yRes = Number((ifd['t283'] as number[] | undefined)?.[0] ?? xRes);
      const page = {
        width: ifd.width,
        height: ifd.height,
        stretch: xRes > 0 && yRes > 0 ? xRes / yRes : 1,
        rgba: UTIF.toRGBA8(ifd),
      };
      cache.set(n, page);
      return page;
    },
  };
}
