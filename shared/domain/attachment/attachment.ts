export * from './attachment.schema';
export * from './file-type';
export * from './image-header';
export * from './file-name';
