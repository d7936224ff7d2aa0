/** Clerks' books for the adapter's tests: a town's units and nominations, as clerks lay them out. */
import type { CellValue } from "../domain/model";

export type SheetData = { name: string; values: CellValue[][] };

/** Units from B2: a blank first row and column, as a clerk who pasted from Word leaves them. */
export function unitsSheet(): SheetData {
  return {
    name: "Đơn vị",
    values: [
      [],
      [null, "Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Khối thi đua", "Số người"],
      [null, "SP01", "Phòng Văn hoá và Thông tin", "Cơ quan chuyên môn", "K1", 12],
      [null, "SP02", "UBND phường Sa Pa", "Xã, phường", "K2", 30],
      [null, "SP03", "Trường THCS Lê Văn Tám", "Trường học", "K3", 45],
    ],
  };
}

const NAMES = ["Nguyễn Thị Hoà", "Trần Văn Thuỷ", "Lò Thị Mai", "Giàng A Páo", "Phạm Đức Khoẻ", "Vàng Thị Dung"];
const AWARDS = ["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Giấy khen của Chủ tịch UBND thị xã"];

/** A nominations sheet of `rows` people, under a two-line title. */
export function nominationsSheet(rows: number): SheetData {
  const values: CellValue[][] = [
    ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024"],
    [],
    ["STT", "Đối tượng", "Họ và tên", "Chức vụ", "Mã đơn vị", "Hình thức", "Xếp loại", "Ngày tuyển dụng"],
  ];
  for (let i = 0; i < rows; i++) {
    values.push([
      i + 1,
      "Cá nhân",
      `${NAMES[i % NAMES.length]} ${i + 1}`,
      "Chuyên viên",
      `SP0${(i % 3) + 1}`,
      AWARDS[i % AWARDS.length],
      "Hoàn thành tốt nhiệm vụ",
      new Date(Date.UTC(2015 + (i % 8), i % 12, 1 + (i % 28))),
    ]);
  }
  return { name: "Đề nghị khen thưởng", values };
}

/** Events are delivered after the request that raised them, on a timer: delivers them (jest's fake timers). */
export const eventsDelivered = () => jest.runOnlyPendingTimersAsync();
