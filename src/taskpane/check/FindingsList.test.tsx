/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { finding, type Finding } from "../../domain/finding";
import { FindingsList, PAGE_SIZE } from "./FindingsList";

/** Units missing from Đơn vị, one a row of the nominations. */
const unknownUnitAt = (row: number): Finding =>
  finding(
    "UNKNOWN_UNIT",
    "error",
    { sheet: "Đề nghị khen thưởng", row, column: "Mã đơn vị", cell: `E${row}` },
    {
      unit: "X-LAOCHAI",
      params: { value: "X-LAOCHAI" },
    },
  );

function show(findings: Finding[], selected: number | null = null) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <FindingsList
        findings={findings}
        shown={{ error: true, warning: true, info: true }}
        bookSheets={["Đơn vị", "Đề nghị khen thưởng"]}
        selected={selected}
        lang="vi"
        onSelect={() => undefined}
      />
    </FluentProvider>,
  );
}

describe("a long list of findings", () => {
  const many = Array.from({ length: 250 }, (_, i) => unknownUnitAt(i + 2));

  it("draws the first hundred of a sheet and offers the rest a hundred at a time", () => {
    show(many);
    expect(screen.getAllByTestId("finding")).toHaveLength(PAGE_SIZE);
    fireEvent.click(screen.getByRole("button", { name: "Xem thêm 100 phát hiện (còn 150)" }));
    expect(screen.getAllByTestId("finding")).toHaveLength(2 * PAGE_SIZE);
    fireEvent.click(screen.getByRole("button", { name: "Xem thêm 50 phát hiện (còn 50)" }));
    expect(screen.getAllByTestId("finding")).toHaveLength(250);
    expect(screen.queryByRole("button", { name: /Xem thêm/ })).toBeNull();
  });

  it("always draws the selected finding, even beyond the first hundred", () => {
    show(many, 180);
    const cells = screen.getAllByTestId("finding").map((el) => el.getAttribute("data-cell"));
    expect(cells).toHaveLength(PAGE_SIZE + 1);
    expect(cells).toContain("E182");
  });

  it("a short list has no 'show more' button", () => {
    show(many.slice(0, 3));
    expect(screen.getAllByTestId("finding")).toHaveLength(3);
    expect(screen.queryByRole("button", { name: /Xem thêm/ })).toBeNull();
  });
});

describe("a duplicate nomination", () => {
  const duplicate = finding(
    "DUPLICATE_NOMINATION",
    "warning",
    { sheet: "Đề nghị khen thưởng", row: 40, column: "Họ và tên", cell: "C40" },
    { params: { name: "Lò Thị Mai", award: "Lao động tiên tiến", firstRow: 12, year: 2024, firstCell: "C12" } },
  );

  function showDuplicate(bookSheets: string[], onGoToCell: (sheet: string, cell: string) => void) {
    return render(
      <FluentProvider theme={webLightTheme}>
        <FindingsList
          findings={[duplicate]}
          shown={{ error: true, warning: true, info: true }}
          bookSheets={bookSheets}
          selected={null}
          lang="vi"
          onSelect={() => undefined}
          onGoToCell={onGoToCell}
        />
      </FluentProvider>,
    );
  }

  it("links to its own row and to the first of the two", () => {
    const went: string[] = [];
    showDuplicate(["Đơn vị", "Đề nghị khen thưởng"], (sheet, cell) => went.push(`${sheet}!${cell}`));
    expect(screen.getByTestId("finding").getAttribute("data-cell")).toBe("C40");
    fireEvent.click(screen.getByRole("button", { name: "Đến dòng trùng đầu tiên: Ô C12" }));
    expect(went).toEqual(["Đề nghị khen thưởng!C12"]);
  });

  it("offers no second link when the book has no such sheet", () => {
    showDuplicate(["Đơn vị"], () => undefined);
    expect(screen.queryByTestId("first-cell")).toBeNull();
  });
});
