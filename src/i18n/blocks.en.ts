/** Emulation blocks (Khối thi đua): finding messages and interface text in English. */
import type { FindingCode } from "../domain/finding";
import type {
  BandProblemKind,
  BlockFindingParams,
  CriterionGap,
  UncountedScore,
} from "../domain/scoring/findingParams";
import type { blocksUiVi } from "./blocks.vi";
import type { FindingTexts } from "./language";
import { unitEn } from "./units";

type BlockCode = keyof BlockFindingParams & FindingCode;

const n = (x: number | null) => (x === null ? "—" : String(Math.round(x * 100) / 100));

const GAP: Record<CriterionGap, string> = {
  kind: "has no Loại, so only the typed scores (self, review, final) count",
  max: "has no Điểm tối đa, so it cannot be scored from the figures; typed scores still count",
  target: "has no Mã chỉ tiêu, so it cannot be scored from the targets; typed scores still count",
  points: "has no Điểm mỗi lần, so it cannot be scored from the figures; typed scores still count",
  limit: "has neither Điểm tối đa nor Giới hạn, so its score has no limit",
};

const UNCOUNTED: Record<UncountedScore, (criterion: string, unit: string, block: string | null) => string> = {
  notForBlock: (c, u, b) =>
    `criterion ${c} does not apply to block ${b ?? "—"} of ${u} (see Khối áp dụng), so this score is not counted`,
  group: (c) => `${c} is a group, scored from its criteria; the score in this row is not counted`,
  noBlock: (_c, u) => `${u} is in no emulation block (Khối thi đua in the units sheet), so this score is not counted`,
  loop: (c) => `criterion ${c} is in a loop of groups in the Tiêu chí chấm điểm sheet, so this score is not counted`,
};

const BAND: Record<BandProblemKind, (p: BlockFindingParams["BAND_GAP_OR_OVERLAP"]) => string> = {
  gap: (p) =>
    `between “${p.other}” (up to ${n(p.otherTo)}) and “${p.name}” (from ${n(p.from)}) some totals fall in no band`,
  overlap: (p) =>
    `“${p.name}” (${n(p.from)} to ${n(p.to)}) overlaps “${p.other}” (${n(p.otherFrom)} to ${n(p.otherTo)}); each total should fall in one band`,
  inverted: (p) => `band “${p.name}” starts at ${n(p.from)}, above where it ends (${n(p.to)})`,
};

export const blocksFindingsEn: Pick<FindingTexts, BlockCode> = {
  SCORE_ABOVE_MAX: (p, f) =>
    p.deduction
      ? `Row ${f.row}, column “${f.column}”: deducting ${n(Math.abs(p.value))} points on criterion ${p.criterion} is more than its limit of ${n(p.max)}; the ranking deducts ${n(p.max)}. Please correct the cell.`
      : `Row ${f.row}, column “${f.column}”: ${n(p.value)} points on criterion ${p.criterion} is above its maximum of ${n(p.max)}; the ranking counts ${n(p.max)}. Please correct the cell.`,
  SCORE_BELOW_ZERO: (p, f) =>
    `Row ${f.row}, column “${f.column}”: criterion ${p.criterion} is not a deduction, so it cannot score ${n(p.value)}; the ranking counts 0.`,
  SELF_SCORE_DIFFERS: (p, f) =>
    `Row ${f.row}: ${unitEn(f)} gave itself ${n(p.self)} points on criterion ${p.criterion}, the figures give ${n(p.computed)} (more than ${n(p.tolerance)} apart); the reviewer should look at it.`,
  BLOCK_UNIT_UNSCORED: (p, f) =>
    `Row ${f.row}: ${p.name} is in block ${p.block} but has no row in the Chấm điểm sheet, so it is not ranked.`,
  UNKNOWN_CRITERION: (p, f) =>
    `Row ${f.row}, column “${f.column}”: criterion “${p.value}” is not in the Tiêu chí chấm điểm sheet.`,
  UNKNOWN_TARGET: (p, f) =>
    `Row ${f.row}: target code “${p.value}” is in no row of the Chỉ tiêu sheet's Mã chỉ tiêu column, so the criterion cannot be scored from the targets.`,
  DUPLICATE_CRITERION: (p, f) =>
    `Row ${f.row}: criterion code “${p.code}” is already used in row ${p.firstRow}; this row is not counted.`,
  DUPLICATE_SCORE: (p, f) =>
    `Row ${f.row}: ${unitEn(f)} was already scored on criterion ${p.criterion} in row ${p.firstRow}; only row ${p.firstRow} counts.`,
  CRITERION_CYCLE: (p, f) =>
    `Row ${f.row}: criterion “${p.code}” is in group “${p.parent}”, which is itself inside “${p.code}” (a loop); the criteria of the loop are not scored.`,
  CRITERION_INCOMPLETE: (p, f) => `Row ${f.row}: criterion “${p.code}” ${GAP[p.missing]}.`,
  SCORE_NOT_COUNTED: (p, f) => `Row ${f.row}: ${UNCOUNTED[p.why](p.criterion, unitEn(f), p.block)}.`,
  BAND_GAP_OR_OVERLAP: (p, f) => `Row ${f.row}: ${BAND[p.problem](p)}.`,
};

export const blocksUiEn: Record<keyof typeof blocksUiVi, string> = {
  "tab.blocks": "Blocks",
  "blocks.pick": "Emulation block",
  "blocks.refresh": "Recalculate",
  "blocks.loading": "Reading the book and scoring…",
  "blocks.none":
    "The book has no score sheet criteria for any emulation block. Add the “Tiêu chí chấm điểm” and “Chấm điểm” sheets (Set up the book, on the Check tab).",
  "blocks.error": "The book could not be read for scoring. Please try again.",
  "blocks.ranking": "Ranking of {block}",
  "blocks.points": "{total} points",
  "blocks.outOf": "{total}/{max} points",
  "blocks.rank": "Rank {rank}",
  "blocks.tied": "tied",
  "blocks.unscored": "not scored",
  "blocks.noBand": "no band",
  "blocks.units": "{count} units",
  "blocks.leader": "Proposed for the flag: {unit}",
  "blocks.noLeader": "No leading unit can be proposed yet",
  "blocks.criteria": "Scores of {unit} by criterion",
  "blocks.back": "Back to the ranking",
  "blocks.goTo": "Go to the score row of criterion {criterion}",
  "blocks.goToCriterion": "Go to criterion {criterion} in the Tiêu chí chấm điểm sheet",
  "blocks.showUnit": "See the scores of {unit} by criterion",
  "blocks.clamped": "brought down to the maximum",
  "blocks.source.final": "Final score",
  "blocks.source.reviewed": "Review",
  "blocks.source.computed": "From the figures",
  "blocks.source.self": "Self-score",
  "blocks.source.group": "Group total",
  "blocks.source.none": "Not scored",
  "blocks.reason.first":
    "{unit} leads the block with {total} points, has met or exceeded its targets and has nobody with a discipline pending.",
  "blocks.reason.next": "{unit} (rank {rank}, {total} points) is proposed because {passed}.",
  "blocks.reason.tie": "{units} share rank {rank} with {total} points and all qualify; the block must choose one.",
  "blocks.reason.tieAfter":
    "{passed}; {units} share rank {rank} with {total} points and all qualify; the block must choose one.",
  "blocks.reason.none": "No unit qualifies: {passed}.",
  "blocks.reason.unscored": "No unit of the block has been scored.",
  "blocks.passed": "{unit} (rank {rank}) {gate}",
  "blocks.passed.join": "; ",
  "blocks.gate.targetMissed": "has not met target “{target}” ({actual} against {goal} registered)",
  "blocks.gate.targetUnreported": "has no result for target “{target}”",
  "blocks.gate.discipline":
    "has someone with a discipline, investigation or complaint pending: {person} ({discipline})",
  "blocks.gate.more": "{gate} and {count} more reasons",
  "blocks.cli.block": "Block {block}: {name}",
  "blocks.cli.header": "Rank  Unit{pad}  Total      Band",
  "blocks.cli.tie": "(tied)",
  "blocks.cli.unscored": "not scored",
  "blocks.cli.leader": "  Proposed for the province's emulation flag: {unit}",
  "blocks.cli.noLeader": "  No leading unit can be proposed yet.",
  "blocks.cli.reason": "  Why: {reason}",
  "blocks.cli.errors":
    "The score sheets have {count} errors (see tdkt check); scores above a maximum count as the maximum.",
  "blocks.cli.wrote": "Ranking workbook written: {file}",
  "blocks.cli.noScoreSheet":
    "tdkt: the book “{file}” has no Tiêu chí chấm điểm and Chấm điểm sheets applying to any emulation block, so nothing can be ranked.",
  "blocks.cli.missingFile": "tdkt: give the book's file name, e.g. tdkt blocks so-tdkt.xlsx",
  "blocks.cli.oneBook": "tdkt: blocks ranks one book at a time; run it once for each book.",
  "blocks.cli.badOut": "tdkt: --out needs an .xlsx file name, e.g. --out xep-hang-khoi.xlsx",
  "plan.prompt.measure": "A number; for a qualitative criterion, Đạt (met) or Không đạt (not met).",
};
