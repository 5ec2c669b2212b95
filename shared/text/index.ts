export * from './date';
export * from './terbilang';
export * from './rupiah';
export * from './nip';
export * from './title-case';
export * from './justify';
