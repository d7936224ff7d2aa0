/**
 * The words of a block's ranking in the clerk's language: points as Vietnamese write them (92,5),
 * where a score comes from, and why a unit is (or is not) proposed for the flag. The CLI, the pane and
 * the ranking workbook all say it the same way.
 */
import type { BlockResult, LeaderGate, ScoreSource } from "../domain/scoring";
import { t, type Lang } from "./index";

/** 92.5 → "92,5" in Vietnamese, "92.5" in English; at most two decimals; null → "—". */
export function formatPoints(n: number | null, lang: Lang): string {
  if (n === null) return "—";
  const text = String(Math.round(n * 100) / 100);
  return lang === "vi" ? text.replace(".", ",") : text;
}

export function sourceLabel(source: ScoreSource, lang: Lang): string {
  return t(lang, `blocks.source.${source}`);
}

function gateText(gate: LeaderGate, lang: Lang): string {
  switch (gate.kind) {
    case "targetMissed":
      return t(lang, "blocks.gate.targetMissed", {
        target: gate.target,
        actual: formatPoints(gate.actual, lang),
        goal: formatPoints(gate.goal, lang),
      });
    case "targetUnreported":
      return t(lang, "blocks.gate.targetUnreported", { target: gate.target });
    case "discipline":
      return t(lang, "blocks.gate.discipline", { person: gate.person, discipline: gate.discipline });
  }
}

/** The first reason a unit is stopped, and how many more there are. */
export function gatesText(gates: readonly LeaderGate[], lang: Lang): string {
  if (gates.length === 0) return "";
  const first = gateText(gates[0], lang);
  return gates.length === 1 ? first : t(lang, "blocks.gate.more", { gate: first, count: gates.length - 1 });
}

/** Why the block proposes its leader, or why it cannot propose one yet. */
export function leaderReason(block: BlockResult, lang: Lang): string {
  const byCode = new Map(block.units.map((u) => [u.unit, u]));
  const name = (code: string) => byCode.get(code)?.name || code;
  const { leader } = block;
  const passed = leader.passedOver
    .map((p) => t(lang, "blocks.passed", { unit: name(p.unit), rank: p.rank, gate: gatesText(p.gates, lang) }))
    .join(t(lang, "blocks.passed.join"));
  const chosen = leader.leader ? byCode.get(leader.leader) : undefined;
  switch (leader.outcome) {
    case "unscored":
      return t(lang, "blocks.reason.unscored");
    case "first":
      return t(lang, "blocks.reason.first", {
        unit: name(leader.leader ?? ""),
        total: formatPoints(chosen?.total ?? null, lang),
      });
    case "next":
      return t(lang, "blocks.reason.next", {
        unit: name(leader.leader ?? ""),
        rank: chosen?.rank ?? "",
        total: formatPoints(chosen?.total ?? null, lang),
        passed,
      });
    case "tie": {
      const first = byCode.get(leader.tied[0]);
      return t(lang, passed ? "blocks.reason.tieAfter" : "blocks.reason.tie", {
        units: leader.tied.map(name).join(", "),
        rank: first?.rank ?? "",
        total: formatPoints(first?.total ?? null, lang),
        passed,
      });
    }
    case "none":
      return t(lang, "blocks.reason.none", { passed });
  }
}
