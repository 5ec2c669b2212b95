export * from './letter';
export * from './render-template';
export * from './default-letter';
export * from './numbering';
export * from './final-checks';
export * from './round-checks';
export * from './annex-legality';
