// The letter screens work on the db layer's letter repository (one database per window).
export {
  FinalCheckError,
  type LetterRepository as LetterStore,
  type SignedCopyResult,
} from '../../db';
