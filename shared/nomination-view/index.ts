export * from './finding-link';
export * from './nomination-rows';
