/**
 * A very small book for tests of the pane: two units (one with a unit type the contract does not
 * know) and two nominations (one from a unit the book does not have).
 */
import type { CellValue } from "../../domain/model";

export function fallbackSheets(): { name: string; values: CellValue[][] }[] {
  return [
    {
      name: "Đơn vị",
      values: [
        ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Khối thi đua"],
        ["P-SAPA", "UBND phường Sa Pa", "Xã, phường", ""],
        ["X-TAVAN", "UBND xã Tả Van", "Xã phường ", ""],
        ["P-SAPA2", "UBND phường Sa Pả", "Xã, phường", ""],
      ],
    },
    {
      name: "Đề nghị khen thưởng",
      values: [
        ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức"],
        [1, "Cá nhân", "Giàng Thị Mỷ", "X-TAVAN", "Lao động tiên tiến"],
        [2, "Cá nhân", "Lý Láo Lở", "X-LAOCHAI", "Lao động tiên tiến"],
      ],
    },
  ];
}
