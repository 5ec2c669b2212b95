export * from './letter';
export * from './render-template';
export * from './default-letter';
export * from './numbering';
export * from './final-checks';
