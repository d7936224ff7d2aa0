/** The shape of the sample's deliberate mistakes, shared by the data modules and the index. */
import type { SheetKey } from "../domain/model";

/** Finding codes of the mistakes the sample plants (the checker and the parser use the same codes). */
export type MistakeCode =
  | "DUPLICATE_NOMINATION"
  | "UNKNOWN_UNIT"
  | "AWARD_SUBJECT_MISMATCH"
  | "CRITERIA_NOT_MET"
  | "MULTIPLE_FORMS"
  | "INVALID_DATE"
  | "TARGET_BELOW_ASSIGNED"
  | "UNKNOWN_AWARD"
  | "SCORE_ABOVE_MAX";

/** One finding with severity error or warning that checking the sample must raise. */
export interface SampleMistake {
  code: MistakeCode;
  sheet: SheetKey;
  /** 1-based Excel row of the record. */
  row: number;
  /** Model field of the cell concerned. */
  field: string | null;
}

/** A cell the sample writes as text after writeBook, because the model cannot hold its value (a bad date). */
export interface RawPatch {
  sheet: SheetKey;
  row: number;
  /** Model field; its column is found by the contract header. */
  field: string;
  value: string;
}

/** A data module's mark on a draft that is wrong on purpose. */
export interface Planted {
  code: MistakeCode;
  field: string;
}
