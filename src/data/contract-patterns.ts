// Only until src/app/url-state.ts (another branch's file) imports isId from
// ./contract-constants (issue 16, point 4); then this file goes.
export { ID_FORMAT, MAX_ID_LENGTH } from './contract-constants';
