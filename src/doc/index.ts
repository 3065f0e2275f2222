export * from './doc.js';
export * from './stage.js';
