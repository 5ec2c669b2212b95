import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useEffect, useRef, useState } from 'react';
import { openPdf } from '../../platform/pdf-viewer';
import { renderPdfPage } from './render-pdf-page';

interface PdfPagesProps {
  /** The PDF itself, or a `blob:` URL the app created for it. */
  source: Uint8Array | string;
  /** Accessible name of the preview, e.g. "Pratinjau surat". */
  label: string;
  /** CSS width of each page; pages keep their own aspect ratio (A4, F4 …). */
  width?: number | string;
  /** Only the first n pages (thumbnails). */
  maxPages?: number;
}

async function bytesOf(source: Uint8Array | string): Promise<Uint8Array> {
  if (typeof source !== 'string') return source;
  return new Uint8Array(await (await fetch(source)).arrayBuffer());
}

/**
 * A PDF drawn by pdf.js: one canvas per page with a selectable text layer on top, so the preview
 * looks the same in web mode, Electron and tests, and its text can be read (and found with Ctrl+F).
 */
export function PdfPages({ source, label, width = '100%', maxPages }: PdfPagesProps) {
  const host = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string>();
  const [pages, setPages] = useState(0);
  useEffect(() => {
    const container = host.current;
    if (!container) return undefined;
    let cancelled = false;
    const controller = new AbortController();
    void (async () => {
      try {
        const doc = await openPdf(await bytesOf(source));
        if (cancelled) return void doc.destroy();
        const count = Math.min(doc.numPages, maxPages ?? doc.numPages);
        const fresh: HTMLElement[] = [];
        for (let n = 1; n <= count && !cancelled; n += 1) {
          fresh.push(await renderPdfPage(await doc.getPage(n), n, controller.signal));
        }
        if (cancelled) return void doc.destroy();
        container.replaceChildren(...fresh);
        setPages(doc.numPages);
        setError(undefined);
        void doc.destroy();
      } catch (e) {
        if (!cancelled)
          setError(
            `Pratinjau PDF tidak dapat ditampilkan: ${e instanceof Error ? e.message : String(e)}`,
          );
      }
    })();
    return () => {
      cancelled = true;
      controller.abort();
    };
  }, [source, maxPages]);
  return (
    <Box
      role="document"
      aria-label={label}
      aria-busy={pages === 0 && !error}
      data-pages={pages}
      sx={{ width, bgcolor: '#e8e9ec', p: 1, overflow: 'auto', maxHeight: '80vh' }}
    >
      {error && <Alert severity="error">{error}</Alert>}
      <Box ref={host} sx={pageStyles} />
    </Box>
  );
}

/**
 * The text layer contract of pdf.js: each span carries `--font-height`, `--scale-x` and `--rotate`,
 * the layer `--total-scale-factor` and `--min-font-size`; the spans are transparent over the canvas.
 */
const pageStyles = {
  display: 'flex',
  flexDirection: 'column',
  gap: 1,
  '& .pdf-page': { position: 'relative', bgcolor: '#fff', boxShadow: 1, width: '100%' },
  '& .pdf-page canvas': { display: 'block', width: '100%', height: 'auto' },
  '& .textLayer': {
    position: 'absolute',
    inset: 0,
    overflow: 'clip',
    lineHeight: 1,
    transformOrigin: '0 0',
    textSizeAdjust: 'none',
    '--text-scale-factor': 'calc(var(--total-scale-factor) * var(--min-font-size))',
    '--min-font-size-inv': 'calc(1 / var(--min-font-size))',
  },
  '& .textLayer span, & .textLayer br': {
    color: 'transparent',
    position: 'absolute',
    whiteSpace: 'pre',
    cursor: 'text',
    transformOrigin: '0% 0%',
    fontSize: 'calc(var(--text-scale-factor) * var(--font-height, 0px))',
    transform:
      'rotate(var(--rotate, 0deg)) scaleX(var(--scale-x, 1)) scale(var(--min-font-size-inv))',
  },
  '& .textLayer .markedContent': { display: 'contents' },
  '& .textLayer ::selection': { background: 'rgba(0, 90, 200, 0.25)' },
} as const;
