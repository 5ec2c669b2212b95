/** Minimal typings for pdfmake 0.3 (Node entry), which ships none. */
declare module 'pdfmake' {
  export interface PdfmakeFontFiles {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }
  export interface PdfmakeOutput {
    getBuffer(): Promise<Uint8Array>;
    /** The laid-out, drawn document as a stream not yet ended (nothing written out). */
    getStream(): Promise<unknown>;
  }
  export interface PdfmakeVirtualFs {
    writeFileSync(name: string, content: Uint8Array): void;
  }
  export interface PdfmakeNode {
    /** In-memory files that font and image names resolve to before the disk is consulted. */
    virtualfs: PdfmakeVirtualFs;
    setFonts(fonts: Record<string, PdfmakeFontFiles>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    createPdf(definition: object): PdfmakeOutput;
  }
  const pdfmake: PdfmakeNode;
  export default pdfmake;
}
