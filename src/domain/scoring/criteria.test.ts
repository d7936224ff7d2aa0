import { criterion } from "../rules/testBook";
import { appliesTo, blockList, buildTree } from "./criteria";

const rows = <T extends { row: number }>(xs: T[]) => xs.map((x, i) => ({ ...x, row: i + 2 }));

describe("the score sheet as a tree", () => {
  it("groups hold their criteria in sheet order, to any depth, whatever order the rows come in", () => {
    const tree = buildTree(
      rows([
        criterion("I.1.a", "qualitative", 5, { parent: "I.1" }),
        criterion("I", null, 60),
        criterion("II", "bonus", 10),
        criterion("I.1", null, 20, { parent: "i" }),
      ]),
    );
    expect(tree.order.map((n) => `${n.depth}:${n.criterion.code}`)).toEqual(["0:I", "1:I.1", "2:I.1.a", "0:II"]);
    expect(tree.unknownParents).toEqual([]);
  });

  it("a code used twice keeps the first; an unknown group leaves the criterion at the top; loops are set aside", () => {
    const tree = buildTree(
      rows([
        criterion("A", "qualitative", 10),
        criterion("a", "qualitative", 5),
        criterion("B", "qualitative", 5, { parent: "Z" }),
        criterion("C", null, 5, { parent: "D" }),
        criterion("D", null, 5, { parent: "C" }),
        criterion("E", "qualitative", 5, { parent: "D" }),
        criterion("F", null, 5, { parent: "F" }),
      ]),
    );
    expect(tree.duplicates.map((d) => [d.criterion.row, d.first.row])).toEqual([[3, 2]]);
    expect(tree.unknownParents.map((c) => c.code)).toEqual(["B"]);
    expect(tree.cycles.map((c) => c.code)).toEqual(["C", "D", "F"]);
    expect([...tree.detached].sort()).toEqual(["C", "D", "E", "F"]);
    expect(tree.order.map((n) => n.criterion.code)).toEqual(["A", "B"]);
  });

  it("Khối áp dụng: codes, or every block when blank or “Tất cả”; a criterion applies only where its groups do", () => {
    expect(blockList(null)).toBeNull();
    expect(blockList("Tất cả")).toBeNull();
    expect(blockList("tat ca")).toBeNull();
    expect([...(blockList("K5; k6 ,K2") ?? [])]).toEqual(["K5", "K6", "K2"]);
    const tree = buildTree(
      rows([criterion("I", null, 60, { blocks: "K5, K6" }), criterion("I.1", "qualitative", 10, { parent: "I" })]),
    );
    const child = tree.byKey.get("I.1");
    expect(child && appliesTo(child, "K6")).toBe(true);
    expect(child && appliesTo(child, "K2")).toBe(false);
  });
});
