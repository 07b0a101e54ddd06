export { analyze } from './analyze';
export type * from './types';
