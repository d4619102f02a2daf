export * from './ack';
export * from './domain';
export * from './forum-state';
export * from './live';
export * from './rest';
export * from './rooms';
