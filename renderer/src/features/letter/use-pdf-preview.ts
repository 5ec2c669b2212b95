import { useEffect, useState } from 'react';
import { letterDocument } from '@shared/documents/letter-document';
import type { Letter } from '@shared/domain/letter';
import type { OfficeProfile } from '@shared/domain/office';
import { renderPdf } from '../../platform/pdf';
import { errorText } from '../../ui/error-text';

const PREVIEW_DEBOUNCE_MS = 600;

/** Renders the draft (with KONSEP) or the letter as it is, for saving or printing. */
export function renderLetterPdf(letter: Letter, office: OfficeProfile): Promise<Uint8Array> {
  return renderPdf(letterDocument(letter, office, { draft: letter.status === 'draft' }));
}

/**
 * The real PDF of the letter as a blob URL, re-rendered in the worker ~600 ms after the last edit.
 * A final letter previews its stored bytes (`finalBytes`), never a new rendering.
 */
export function usePdfPreview(
  letter: Letter | undefined,
  office: OfficeProfile | undefined,
  finalBytes: Uint8Array | undefined,
) {
  const [url, setUrl] = useState<string>();
  const [error, setError] = useState<string>();
  const [rendering, setRendering] = useState(false);
  useEffect(() => {
    if (!letter || !office) return undefined;
    let cancelled = false;
    let created: string | undefined;
    const show = (bytes: Uint8Array) => {
      if (cancelled) return;
      created = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }));
      setUrl(created);
      setError(undefined);
      setRendering(false);
    };
    const fail = (e: unknown) => {
      if (cancelled) return;
      setError(errorText(e));
      setRendering(false);
    };
    if (finalBytes) {
      show(finalBytes);
    } else {
      setRendering(true);
      const timer = setTimeout(
        () => renderLetterPdf(letter, office).then(show, fail),
        PREVIEW_DEBOUNCE_MS,
      );
      return () => {
        cancelled = true;
        clearTimeout(timer);
        if (created) setTimeout(() => URL.revokeObjectURL(created ?? ''), 1000);
      };
    }
    return () => {
      cancelled = true;
      if (created) setTimeout(() => URL.revokeObjectURL(created ?? ''), 1000);
    };
  }, [letter, office, finalBytes]);
  return { url, error, rendering };
}
