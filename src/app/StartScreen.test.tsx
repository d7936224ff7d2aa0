/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { SAMPLES } from "../sample";
import { SAMPLE_IDS, StartScreen } from "./StartScreen";

const noop = () => undefined;

describe("the web page's start screen", () => {
  test("offers every built-in sample, by the sample's own id", () => {
    expect([...SAMPLE_IDS]).toEqual(SAMPLES.map((s) => s.id));
  });

  test("says the file stays on the computer, and shows where reading is", () => {
    render(
      <StartScreen
        lang="vi"
        onLang={noop}
        onFile={noop}
        onSample={noop}
        error={null}
        loading={{ file: "so-tdkt-phuong-cau-giay.xlsx", stage: "sheets", done: 2, total: 4 }}
      />,
    );
    expect(screen.getByTestId("privacy").textContent).toContain("không tải lên đâu cả");
    expect(screen.getByTestId("loading").textContent).toContain("Đang mở “so-tdkt-phuong-cau-giay.xlsx”");
    expect(screen.getByTestId("loading").textContent).toContain("Đã đọc 2/4 sheet");
    expect(screen.getByRole("button", { name: "Mở sổ (.xlsx)" }).hasAttribute("disabled")).toBe(true);
  });

  test("a file that cannot be opened gets its sentence in English too", () => {
    render(
      <StartScreen
        lang="en"
        onLang={noop}
        onFile={noop}
        onSample={noop}
        loading={null}
        error="“don-vi.csv” is not an Excel file (.xlsx)."
      />,
    );
    expect(screen.getByTestId("open-error").textContent).toBe(
      "The book could not be opened: “don-vi.csv” is not an Excel file (.xlsx).",
    );
  });
});
