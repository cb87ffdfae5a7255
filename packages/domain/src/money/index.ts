export { assertFen, formatFen, splitFen, sumFen } from './fen';
