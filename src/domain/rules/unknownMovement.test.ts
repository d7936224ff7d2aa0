import { unknownMovement } from "./unknownMovement";
import { book, codesAt, movement, nomination, run, target } from "./testBook";

const MOVEMENTS = [movement("PT-DVK", "Dân vận khéo"), movement("PT-NTM", "Cả nước chung sức xây dựng nông thôn mới")];

describe("UNKNOWN_MOVEMENT", () => {
  it("a target and a nomination naming a movement that is not in the Phong trào sheet are flagged", () => {
    const f = run(
      unknownMovement,
      book({
        movements: MOVEMENTS,
        targets: [target("X-TAVAN", "Số hộ đạt chuẩn", 10, 12, { movement: "PT-OCOP" })],
        nominations: [
          nomination("Giàng Thị Sùng", "X-TAVAN", "GKH", { kind: "thematic", movement: "Phong trào OCOP" }),
        ],
      }),
    );
    expect(f.map((x) => `${x.sheet}@${x.row}:${x.ref}`)).toEqual([
      "Chỉ tiêu@2:PT-OCOP",
      "Đề nghị khen thưởng@2:Phong trào OCOP",
    ]);
    expect(f[0]).toMatchObject({ severity: "error", column: "Phong trào", unit: "X-TAVAN" });
  });

  it("a movement may be given by code or by its name, NFD and case notwithstanding", () => {
    const f = run(
      unknownMovement,
      book({
        movements: MOVEMENTS,
        nominations: [
          nomination("Lý Thị Hòa", "X-TAVAN", "GKH", { movement: "pt-dvk" }),
          nomination("Lý Thị Hoà", "X-TAPHIN", "GKH", { movement: "DÂN VẬN KHÉO".normalize("NFD") }),
        ],
      }),
    );
    expect(codesAt(f)).toEqual([]);
  });

  it("without the movements sheet nothing is checked", () => {
    expect(
      run(unknownMovement, book({ nominations: [nomination("A", "X-TAVAN", "GKH", { movement: "PT9" })] })),
    ).toEqual([]);
  });
});
