/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { buildSampleSheets } from "../../sample";
import { Pane, PaneRoot } from "../Pane";
import { fakeServices } from "../testing";

function openOn(sheets: ReturnType<typeof buildSampleSheets>) {
  const services = fakeServices({ sheets: sheets.map((s) => ({ name: s.name, values: s.values })) });
  render(
    <PaneRoot services={services} lang="vi" checkOnOpen={false} today={() => ({ year: 2026, month: 11, day: 25 })}>
      <Pane />
    </PaneRoot>,
  );
}

describe("the check says which rules it applied and why", () => {
  test("the Sa Pa 2024 book is checked by the town's 2024 rules, its year and level read from the plan", async () => {
    openOn(buildSampleSheets());
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra sổ" }));
    const line = await screen.findByTestId("ruleset");
    expect(line.textContent).toContain("Cấp huyện/thị xã");
    expect(line.textContent).toContain("Nghị định 98/2023/NĐ-CP");
    expect(line.textContent).toContain("Năm 2024, cấp huyện: theo sheet Kế hoạch.");
  });

  test("a book without its plan sheet is checked by the rules in force today, and says that was assumed", async () => {
    openOn(buildSampleSheets().filter((s) => s.key !== "plan"));
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra sổ" }));
    const line = await screen.findByTestId("ruleset");
    expect(line.textContent).toContain("Nghị định 152/2025/NĐ-CP");
    expect(line.textContent).toContain("Năm 2026, cấp xã: giả định");
  });
});
