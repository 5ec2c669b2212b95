export * from './award-history';
export * from './dashboard-links';
export * from './dashboard-model';
export * from './deadlines';
export * from './report-tables';
export * from './round-summary';
export * from './build-dashboard';
