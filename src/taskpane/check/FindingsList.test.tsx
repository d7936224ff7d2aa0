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
