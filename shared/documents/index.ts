export * from './pdf-types';
export * from './page';
export * from './kop';
export * from './letter-blocks';
export * from './signature';
export * from './annex';
export * from './letter-document';
