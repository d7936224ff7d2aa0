/**
 * The whole pane as the component tests open it: in Vietnamese, live checks after 20 ms, a fixed
 * reference day (15/06/2024), and no check on opening unless a test asks (to follow one action at a
 * time). Each test gives its services and whatever it changes.
 */
import { render } from "@testing-library/react";
import { Pane, PaneRoot, type PaneRootProps } from "./Pane";

export function renderTestPane(props: Omit<PaneRootProps, "children">) {
  return render(
    <PaneRoot
      lang="vi"
      debounceMs={20}
      today={() => ({ year: 2024, month: 6, day: 15 })}
      checkOnOpen={false}
      {...props}
    >
      <Pane />
    </PaneRoot>,
  );
}
