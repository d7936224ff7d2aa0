import {
  Badge,
  Button,
  Field,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { BlockResult, CriterionResult, UnitResult } from "../../domain/scoring";
import { formatPoints, gatesText, leaderReason, sourceLabel } from "../../i18n/blocks";
import { usePane } from "../usePane";
import { blocksView, criterionCell, type BlocksView } from "./blockView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS, minWidth: 0 },
  grow: { flexGrow: 1, flexShrink: 1, minWidth: 0 },
  // A block's long name must not widen the pane: the list shrinks and cuts its text instead.
  select: { width: "100%", minWidth: 0, "& select": { minWidth: 0, textOverflow: "ellipsis" } },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  leader: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    borderLeft: `3px solid ${tokens.colorPaletteGreenBorderActive}`,
  },
  leaderNone: { borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorderActive}` },
  heading: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "baseline",
    margin: 0,
    paddingBottom: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "grid",
    // A fixed last column, so every unit's bar has the same track and the bars compare.
    gridTemplateColumns: "2.2em minmax(0, 1fr) 5.5em",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "3px",
    alignItems: "center",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  rank: { fontWeight: tokens.fontWeightSemibold, textAlign: "right" },
  name: { overflowWrap: "anywhere" },
  total: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap", textAlign: "right" },
  track: {
    gridColumn: "2",
    height: "8px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground5,
    overflow: "hidden",
  },
  bar: { height: "100%", backgroundColor: tokens.colorBrandBackground },
  barLeader: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  band: {
    gridColumn: "3",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "nowrap",
  },
  criterion: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  group: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  source: { gridColumn: "1 / span 2", color: tokens.colorNeutralForeground3 },
  clamped: { color: tokens.colorPaletteRedForeground1 },
});

type Status = "loading" | "ready" | "error";

function rankText(u: UnitResult): string {
  return u.rank === null ? "–" : `${u.rank}${u.tied ? "=" : ""}`;
}

/** Khối: pick a block, see its ranking with a bar per unit, a unit's criteria, and go to a score's cell. */
export default function BlocksTab() {
  const styles = useStyles();
  const pane = usePane();
  const { t, state, enqueue, services } = pane;
  const lang = state.lang;
  const [status, setStatus] = useState<Status>("loading");
  const [view, setView] = useState<BlocksView | null>(null);
  const [blockCode, setBlockCode] = useState<string | null>(null);
  const [unitCode, setUnitCode] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [selectFailed, setSelectFailed] = useState(false);

  // Read and score the book on opening, on "Tính lại", and after every check (live mode follows edits).
  useEffect(() => {
    let cancelled = false;
    enqueue(() => services.readBook()).then(
      (sheets) => {
        if (cancelled) return;
        setView(blocksView(sheets));
        setStatus("ready");
      },
      (err: unknown) => {
        console.error("tdkt: scoring the blocks failed", err);
        if (!cancelled) setStatus("error");
      },
    );
    return () => {
      cancelled = true;
    };
  }, [enqueue, services, state.checks, reload]);

  const block: BlockResult | null = useMemo(() => {
    if (!view || view.blocks.length === 0) return null;
    return view.blocks.find((b) => b.block === blockCode) ?? view.blocks[0];
  }, [view, blockCode]);
  const unit = block?.units.find((u) => u.unit === unitCode) ?? null;

  if (status === "loading" && !view) return <Spinner size="tiny" labelPosition="after" label={t("blocks.loading")} />;
  if (status === "error")
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{t("blocks.error")}</MessageBarBody>
      </MessageBar>
    );
  if (!block) return <Text className={styles.muted}>{t("blocks.none")}</Text>;

  const scale = block.maxTotal ?? Math.max(1, ...block.units.map((u) => u.total ?? 0));
  const leader = block.units.find((u) => u.unit === block.leader.leader);

  // Through the pane's queue, like every workbook call; a failure is said here, in plain words.
  const goTo = async (c: CriterionResult) => {
    const target = view ? criterionCell(view, c) : null;
    if (!target) return;
    try {
      await enqueue(() => services.selectCell(target.sheet, target.cell));
      setSelectFailed(false);
    } catch (err) {
      console.error("tdkt: blocks select failed", err);
      setSelectFailed(true);
    }
  };

  return (
    <div className={styles.root} data-testid="blocks-tab">
      <div className={styles.row}>
        <Field label={t("blocks.pick")} className={styles.grow}>
          <Select
            className={styles.select}
            value={block.block}
            onChange={(_, data) => {
              setBlockCode(data.value);
              setUnitCode(null);
            }}
            data-testid="blocks-select"
          >
            {view?.blocks.map((b) => (
              <option key={b.block} value={b.block}>
                {b.name ? `${b.block} – ${b.name}` : b.block}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => setReload((n) => n + 1)} data-testid="blocks-refresh">
          {t("blocks.refresh")}
        </Button>
      </div>

      {unit === null ? (
        <>
          <div
            className={mergeClasses(styles.leader, !leader && styles.leaderNone)}
            data-testid="block-leader"
            data-leader={leader?.unit ?? ""}
          >
            <Text weight="semibold">{leader ? t("blocks.leader", { unit: leader.name }) : t("blocks.noLeader")}</Text>
            <Text className={styles.muted}>{leaderReason(block, lang)}</Text>
          </div>
          <section aria-label={t("blocks.ranking", { block: block.name ?? block.block })}>
            <h2 className={styles.heading}>
              <span>{t("blocks.ranking", { block: block.name ?? block.block })}</span>
              <span className={styles.muted}>{t("blocks.units", { count: block.units.length })}</span>
            </h2>
            <ul className={styles.list}>
              {block.units.map((u) => {
                const gates = gatesText(u.gates, lang);
                return (
                  <li key={u.unit}>
                    <button
                      type="button"
                      className={styles.item}
                      onClick={() => setUnitCode(u.unit)}
                      aria-label={t("blocks.showUnit", { unit: u.name })}
                      title={gates || undefined}
                      data-testid="block-unit"
                      data-unit={u.unit}
                      data-rank={u.rank ?? ""}
                      data-tied={u.tied ? "true" : "false"}
                    >
                      <span className={styles.rank}>{rankText(u)}</span>
                      <span className={styles.name}>
                        {u.name}{" "}
                        {u.tied && (
                          <Badge size="small" appearance="tint" color="warning">
                            {t("blocks.tied")}
                          </Badge>
                        )}
                      </span>
                      <span className={styles.total}>
                        {u.scored ? formatPoints(u.total, lang) : t("blocks.unscored")}
                      </span>
                      <span aria-hidden="true" />
                      <span className={styles.track} aria-hidden="true">
                        <span
                          className={mergeClasses(styles.bar, u.unit === leader?.unit && styles.barLeader)}
                          style={{
                            display: "block",
                            width: `${Math.max(0, Math.min(100, ((u.total ?? 0) / scale) * 100))}%`,
                          }}
                          data-testid="block-bar"
                        />
                      </span>
                      <span className={styles.band}>{u.band?.name ?? (u.scored ? t("blocks.noBand") : "")}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        </>
      ) : (
        <section aria-label={t("blocks.criteria", { unit: unit.name })} data-testid="block-unit-detail">
          {selectFailed && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{t("error.select")}</MessageBarBody>
            </MessageBar>
          )}
          <Button appearance="subtle" size="small" onClick={() => setUnitCode(null)} data-testid="blocks-back">
            ← {t("blocks.back")}
          </Button>
          <h2 className={styles.heading}>
            <span>{unit.name}</span>
            <span className={styles.muted}>
              {unit.rank !== null ? `${t("blocks.rank", { rank: rankText(unit) })} · ` : ""}
              {unit.scored ? t("blocks.points", { total: formatPoints(unit.total, lang) }) : t("blocks.unscored")}
              {unit.band ? ` · ${unit.band.name}` : ""}
            </span>
          </h2>
          <ul className={styles.list}>
            {unit.criteria.map((c) => (
              <li key={c.code}>
                <button
                  type="button"
                  className={mergeClasses(styles.criterion, c.group && styles.group)}
                  style={{ paddingLeft: `calc(${tokens.spacingHorizontalS} + ${c.depth * 14}px)` }}
                  onClick={() => void goTo(c)}
                  aria-label={`${c.code} ${c.name}: ${formatPoints(c.score, lang)}. ${t(
                    c.row !== null ? "blocks.goTo" : "blocks.goToCriterion",
                    { criterion: c.code },
                  )}`}
                  data-testid="block-criterion"
                  data-code={c.code}
                  data-row={c.row ?? ""}
                >
                  <span>
                    {c.code}. {c.name}
                  </span>
                  <span className={styles.total}>
                    {formatPoints(c.score, lang)}
                    {c.high !== null && c.kind !== "penalty" ? `/${formatPoints(c.high, lang)}` : ""}
                  </span>
                  {!c.group && (
                    <span className={mergeClasses(styles.source, c.clamped && styles.clamped)}>
                      {sourceLabel(c.source, lang)}
                      {c.clamped ? ` (${t("blocks.clamped")})` : ""}
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
