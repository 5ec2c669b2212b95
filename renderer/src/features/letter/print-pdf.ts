/** Prints PDF bytes through a hidden frame (the browser's PDF viewer prints the document itself). */
export function printPdfBytes(bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }));
  const frame = document.createElement('iframe');
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  frame.title = 'Cetak surat';
  frame.src = url;
  frame.addEventListener('load', () => {
    try {
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
    } finally {
      setTimeout(() => {
        frame.remove();
        URL.revokeObjectURL(url);
      }, 60_000);
    }
  });
  document.body.append(frame);
}

/** `500.9/1/Disperin/2026` → `surat-500.9-1-Disperin-2026.pdf`. */
export function pdfFileName(number: string | undefined, suffix = ''): string {
  const base = number ? `surat-${number.replace(/[^\w.-]+/g, '-')}` : 'surat-konsep';
  return `${base}${suffix}.pdf`;
}
