/** Emulation blocks (Khối thi đua): finding messages and interface text in Vietnamese. */
import type { FindingCode } from "../domain/finding";
import type {
  BandProblemKind,
  BlockFindingParams,
  CriterionGap,
  UncountedScore,
} from "../domain/scoring/findingParams";
import type { FindingTexts } from "./language";
import { unitVi } from "./units";

type BlockCode = keyof BlockFindingParams & FindingCode;

/** 92.5 → "92,5": points as Vietnamese write them. */
const n = (x: number | null) => (x === null ? "—" : String(Math.round(x * 100) / 100).replace(".", ","));

const GAP: Record<CriterionGap, string> = {
  kind: "chưa ghi Loại, nên chỉ tính điểm đã chấm (tự chấm, thẩm định, điểm chốt)",
  max: "chưa ghi Điểm tối đa, nên chưa tính được điểm từ số liệu; điểm đã chấm vẫn được dùng",
  target: "chưa ghi Mã chỉ tiêu, nên chưa tính được điểm theo chỉ tiêu; điểm đã chấm vẫn được dùng",
  points: "chưa ghi Điểm mỗi lần, nên chưa tính được điểm từ số liệu; điểm đã chấm vẫn được dùng",
  limit: "chưa ghi Điểm tối đa hoặc Giới hạn, nên điểm của tiêu chí này không có mức tối đa",
};

const UNCOUNTED: Record<UncountedScore, (criterion: string, unit: string, block: string | null) => string> = {
  notForBlock: (c, u, b) =>
    `tiêu chí ${c} không áp dụng cho khối ${b ?? "—"} của ${u} (xem cột Khối áp dụng), nên điểm này không được tính`,
  group: (c) =>
    `${c} là nhóm tiêu chí, điểm của nhóm được cộng từ các tiêu chí trong nhóm; điểm ghi ở dòng này không được tính`,
  noBlock: (_c, u) =>
    `${u} chưa thuộc khối thi đua nào (cột Khối thi đua của sheet Đơn vị), nên điểm này không được tính`,
  loop: (c) => `tiêu chí ${c} nằm trong một vòng lặp nhóm ở sheet Tiêu chí chấm điểm, nên điểm này chưa được tính`,
};

const BAND: Record<BandProblemKind, (p: BlockFindingParams["BAND_GAP_OR_OVERLAP"]) => string> = {
  gap: (p) =>
    `giữa “${p.other}” (đến ${n(p.otherTo)} điểm) và “${p.name}” (từ ${n(p.from)} điểm) có những tổng điểm không thuộc xếp loại nào`,
  overlap: (p) =>
    `“${p.name}” (từ ${n(p.from)} đến ${n(p.to)} điểm) chồng lên “${p.other}” (từ ${n(p.otherFrom)} đến ${n(p.otherTo)} điểm); mỗi tổng điểm chỉ nên thuộc một xếp loại`,
  inverted: (p) => `xếp loại “${p.name}” có Điểm từ ${n(p.from)} lớn hơn Điểm đến ${n(p.to)}`,
};

export const blocksFindingsVi: Pick<FindingTexts, BlockCode> = {
  SCORE_ABOVE_MAX: (p, f) =>
    p.deduction
      ? `Dòng ${f.row}, cột “${f.column}”: trừ ${n(Math.abs(p.value))} điểm ở tiêu chí ${p.criterion} vượt mức trừ tối đa ${n(p.max)} điểm; khi xếp hạng chỉ trừ ${n(p.max)} điểm. Xin sửa lại ô này.`
      : `Dòng ${f.row}, cột “${f.column}”: ${n(p.value)} điểm ở tiêu chí ${p.criterion} vượt mức tối đa ${n(p.max)} điểm; khi xếp hạng chỉ tính ${n(p.max)} điểm. Xin sửa lại ô này.`,
  SCORE_BELOW_ZERO: (p, f) =>
    `Dòng ${f.row}, cột “${f.column}”: tiêu chí ${p.criterion} không phải tiêu chí trừ điểm, nên không chấm ${n(p.value)} điểm; khi xếp hạng tính 0 điểm.`,
  SELF_SCORE_DIFFERS: (p, f) =>
    `Dòng ${f.row}: ${unitVi(f)} tự chấm ${n(p.self)} điểm ở tiêu chí ${p.criterion}, còn theo số liệu là ${n(p.computed)} điểm (chênh hơn ${n(p.tolerance)} điểm); đề nghị người thẩm định xem lại.`,
  BLOCK_UNIT_UNSCORED: (p, f) =>
    `Dòng ${f.row}: ${p.name} thuộc khối ${p.block} nhưng chưa có dòng nào trong sheet Chấm điểm, nên chưa được xếp hạng.`,
  UNKNOWN_CRITERION: (p, f) =>
    `Dòng ${f.row}, cột “${f.column}”: tiêu chí “${p.value}” không có trong sheet Tiêu chí chấm điểm.`,
  UNKNOWN_TARGET: (p, f) =>
    `Dòng ${f.row}: mã chỉ tiêu “${p.value}” không có ở cột Mã chỉ tiêu của sheet Chỉ tiêu, nên chưa tính được điểm theo chỉ tiêu.`,
  DUPLICATE_CRITERION: (p, f) =>
    `Dòng ${f.row}: mã tiêu chí “${p.code}” trùng với tiêu chí ở dòng ${p.firstRow}; dòng này chưa được tính.`,
  DUPLICATE_SCORE: (p, f) =>
    `Dòng ${f.row}: ${unitVi(f)} đã được chấm tiêu chí ${p.criterion} ở dòng ${p.firstRow}; chỉ dòng ${p.firstRow} được tính.`,
  CRITERION_CYCLE: (p, f) =>
    `Dòng ${f.row}: tiêu chí “${p.code}” thuộc nhóm “${p.parent}”, nhưng nhóm này lại nằm trong “${p.code}” (vòng lặp); các tiêu chí trong vòng lặp chưa được tính điểm.`,
  CRITERION_INCOMPLETE: (p, f) => `Dòng ${f.row}: tiêu chí “${p.code}” ${GAP[p.missing]}.`,
  SCORE_NOT_COUNTED: (p, f) => `Dòng ${f.row}: ${UNCOUNTED[p.why](p.criterion, unitVi(f), p.block)}.`,
  BAND_GAP_OR_OVERLAP: (p, f) => `Dòng ${f.row}: ${BAND[p.problem](p)}.`,
};

export const blocksUiVi = {
  "tab.blocks": "Khối",
  "blocks.pick": "Khối thi đua",
  "blocks.refresh": "Tính lại",
  "blocks.loading": "Đang đọc sổ và tính điểm…",
  "blocks.none":
    "Sổ chưa có tiêu chí chấm điểm áp dụng cho khối thi đua nào. Hãy thêm sheet “Tiêu chí chấm điểm” và “Chấm điểm” (nút Thiết lập sổ ở thẻ Kiểm tra).",
  "blocks.error": "Không đọc được sổ để tính điểm. Hãy thử lại.",
  "blocks.ranking": "Xếp hạng {block}",
  "blocks.points": "{total} điểm",
  "blocks.outOf": "{total}/{max} điểm",
  "blocks.rank": "Hạng {rank}",
  "blocks.tied": "đồng hạng",
  "blocks.unscored": "chưa chấm",
  "blocks.noBand": "chưa xếp loại",
  "blocks.units": "{count} đơn vị",
  "blocks.leader": "Đề nghị Cờ thi đua: {unit}",
  "blocks.noLeader": "Chưa đề xuất được đơn vị dẫn đầu",
  "blocks.criteria": "Điểm từng tiêu chí của {unit}",
  "blocks.back": "Quay lại xếp hạng",
  "blocks.goTo": "Chuyển đến dòng chấm điểm của tiêu chí {criterion}",
  "blocks.goToCriterion": "Chuyển đến tiêu chí {criterion} trong sheet Tiêu chí chấm điểm",
  "blocks.showUnit": "Xem điểm từng tiêu chí của {unit}",
  "blocks.clamped": "đã đưa về mức tối đa",
  "blocks.source.final": "Điểm chốt",
  "blocks.source.reviewed": "Thẩm định",
  "blocks.source.computed": "Tính từ số liệu",
  "blocks.source.self": "Tự chấm",
  "blocks.source.group": "Cộng nhóm",
  "blocks.source.none": "Chưa chấm",
  "blocks.reason.first":
    "{unit} đứng đầu khối với {total} điểm, đạt và vượt các chỉ tiêu, không có người đang bị xem xét kỷ luật.",
  "blocks.reason.next": "{unit} (hạng {rank}, {total} điểm) được đề nghị vì {passed}.",
  "blocks.reason.tie":
    "{units} cùng hạng {rank} với {total} điểm và cùng đủ điều kiện; khối cần bình xét để chọn một đơn vị.",
  "blocks.reason.tieAfter":
    "{passed}; {units} cùng hạng {rank} với {total} điểm và cùng đủ điều kiện; khối cần bình xét để chọn một đơn vị.",
  "blocks.reason.none": "Chưa đơn vị nào đủ điều kiện: {passed}.",
  "blocks.reason.unscored": "Khối chưa có đơn vị nào được chấm điểm.",
  "blocks.passed": "{unit} (hạng {rank}) {gate}",
  "blocks.passed.join": "; ",
  "blocks.gate.targetMissed": "chưa đạt chỉ tiêu “{target}” (thực hiện {actual}, đăng ký {goal})",
  "blocks.gate.targetUnreported": "chưa có kết quả thực hiện chỉ tiêu “{target}”",
  "blocks.gate.discipline": "có người đang bị xem xét kỷ luật, điều tra hoặc khiếu nại: {person} ({discipline})",
  "blocks.gate.more": "{gate} và {count} lý do khác",
  "blocks.cli.block": "Khối {block}: {name}",
  "blocks.cli.header": "Hạng  Đơn vị{pad}  Tổng điểm  Xếp loại",
  "blocks.cli.tie": "(đồng hạng)",
  "blocks.cli.unscored": "chưa chấm",
  "blocks.cli.leader": "  Đề nghị Cờ thi đua của UBND tỉnh: {unit}",
  "blocks.cli.noLeader": "  Chưa đề xuất được đơn vị dẫn đầu.",
  "blocks.cli.reason": "  Lý do: {reason}",
  "blocks.cli.errors": "Bảng điểm còn {count} lỗi (xem tdkt check); điểm vượt mức tối đa được tính bằng mức tối đa.",
  "blocks.cli.wrote": "Đã ghi bảng xếp hạng: {file}",
  "blocks.cli.noScoreSheet":
    "tdkt: sổ “{file}” chưa có sheet Tiêu chí chấm điểm và Chấm điểm áp dụng cho khối thi đua nào, nên chưa xếp hạng được.",
  "blocks.cli.missingFile": "tdkt: cần tên tệp sổ, ví dụ: tdkt blocks so-tdkt.xlsx",
  "blocks.cli.oneBook": "tdkt: lệnh blocks xếp hạng từng sổ một; hãy chạy riêng cho mỗi sổ.",
  "blocks.cli.badOut": "tdkt: --out cần tên tệp .xlsx, ví dụ: --out xep-hang-khoi.xlsx",
  "plan.prompt.measure": "Một số; với tiêu chí định tính ghi Đạt hoặc Không đạt.",
};
