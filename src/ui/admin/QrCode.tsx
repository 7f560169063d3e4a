import { create } from 'qrcode';
import { useMemo } from 'react';

/** The blank border a reader needs around the symbol, in modules (ISO/IEC 18004). */
const QUIET_ZONE = 4;

/**
 * The dark modules of a QR symbol as one SVG path, each row's runs as rectangles, offset by
 * the quiet zone. An element the page draws itself: no image URL, no inline style, nothing
 * the CSP would have to allow.
 */
export function qrPath(size: number, dark: (row: number, column: number) => boolean): string {
  const runs: string[] = [];
  for (let row = 0; row < size; row += 1) {
    let column = 0;
    while (column < size) {
      if (!dark(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < size && dark(row, column)) column += 1;
      runs.push(
        `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${column - start}v1h-${column - start}z`,
      );
    }
  }
  return runs.join('');
}

/** A QR code of `text`, drawn in SVG so it prints sharp at any size. Level M (15 % of the
 *  symbol may be lost) survives a folded or smudged sheet. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { extent, path } = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    return {
      extent: modules.size + 2 * QUIET_ZONE,
      path: qrPath(modules.size, (row, column) => modules.get(row, column) === 1),
    };
  }, [text]);
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${extent} ${extent}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={extent} height={extent} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
