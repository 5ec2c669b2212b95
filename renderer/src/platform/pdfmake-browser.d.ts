/** pdfmake 0.3 ships no typings; the worker narrows the module at run time (see pdf.worker.ts). */
declare module 'pdfmake/build/pdfmake' {
  const pdfmake: unknown;
  export default pdfmake;
}
