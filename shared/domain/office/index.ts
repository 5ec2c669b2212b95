export * from './office-profile.schema';
export * from './default-office-profile';
export * from './classification-codes';
export * from './emblem';
