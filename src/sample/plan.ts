/**
 * The plan sheet: Kế hoạch công tác thi đua, khen thưởng thị xã Sa Pa năm 2024.
 * The plan's text gives neither its number nor its date: both are fictional and marked as such.
 */
import type { Plan } from "../domain/model";
import { d } from "./records";

export function samplePlan(): Plan {
  return {
    year: 2024,
    issuer: "UBND thị xã Sa Pa",
    level: "district",
    number: "00/KH-UBND (số giả định)",
    issuedOn: d("26/01/2024"),
    standingAgency: "Phòng Nội vụ",
    // The council's documents (fictional people): the decisions are not issued yet on the demo's day.
    decisionsFrom: null,
    councilSize: 15,
    place: "Sa Pa",
    signer: "Vàng Văn Thành",
    signerTitle: "Chủ tịch",
    officeHead: "Nguyễn Văn Bình",
    superior: "UBND tỉnh Lào Cai",
    baseSalary: null,
    // As writePlan lays them out: header row 1, then the items in contract order, then extra items.
    rows: {
      year: 2,
      issuer: 3,
      level: 4,
      number: 5,
      issuedOn: 6,
      standingAgency: 7,
      decisionsFrom: 8,
      councilSize: 9,
      place: 10,
      signer: 11,
      signerTitle: 12,
      officeHead: 13,
      superior: 14,
      baseSalary: 15,
    },
    extraItems: [
      {
        key: "Ghi chú",
        value: "Số hiệu và ngày ban hành là giả định: văn bản gốc dùng làm mẫu không ghi số, ngày",
        row: 16,
      },
      { key: "Căn cứ", value: "Kế hoạch số 28/KH-UBND ngày 19/01/2024 của UBND tỉnh Lào Cai", row: 17 },
      { key: "Chỉ tiêu giao", value: "Quyết định số 4389/QĐ-UBND ngày 18/12/2023 của UBND thị xã Sa Pa", row: 18 },
    ],
  };
}
