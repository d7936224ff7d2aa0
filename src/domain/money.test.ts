import { awardMoney, baseSalaryOn, roundUpTenThousand } from "./money";
import { indexAwards, rulesetFor } from "./ruleset";
import { catalogueEntry } from "./rules/testBook";

const DEC_2024 = { year: 2024, month: 12, day: 25 };
const awards = indexAwards(rulesetFor("district", DEC_2024).awards);
const award = (name: string) => {
  const a = awards.find(name);
  if (!a) throw new Error(name);
  return a;
};

describe("award money", () => {
  it("LĐTT at the end of 2024 is 0.3 × 2,340,000 = 702,000, paid as 710,000 (rounded up to 10,000)", () => {
    expect(awardMoney(award("Lao động tiên tiến"), "individual", DEC_2024)).toEqual({
      amount: 710_000,
      factor: 0.3,
      baseSalary: 2_340_000,
    });
  });

  it("uses the base salary in force on the decision date: before 01/07/2024 it was 1,800,000", () => {
    expect(baseSalaryOn({ year: 2024, month: 6, day: 30 })).toBe(1_800_000);
    expect(awardMoney(award("CSTĐCS"), "individual", { year: 2024, month: 6, day: 30 })?.amount).toBe(1_800_000);
  });

  it("a Giấy khen: 0.6 for a collective, half for an individual, 1.5 times that for a household", () => {
    const gk = award("Giấy khen của Chủ tịch UBND thị xã");
    expect(awardMoney(gk, "collective", DEC_2024)?.amount).toBe(1_410_000);
    expect(awardMoney(gk, "individual", DEC_2024)?.amount).toBe(710_000);
    expect(awardMoney(gk, "household", DEC_2024)?.amount).toBe(1_060_000);
  });

  it("the book's plan and catalogue override the defaults; an award nobody priced has no amount", () => {
    const ttldtt = award("Tập thể lao động tiên tiến");
    const catalogue = [catalogueEntry("TTLDTT", "Tập thể lao động tiên tiến", { moneyFactor: 1 })];
    expect(awardMoney(ttldtt, "collective", DEC_2024, { catalogue, baseSalary: 2_530_000 })?.amount).toBe(2_530_000);
    expect(awardMoney(award("Gia đình văn hóa"), "household", DEC_2024)).toBeNull();
    expect(awardMoney(award("LĐTT"), "individual", { year: 2023, month: 1, day: 1 })).toBeNull();
  });

  it("rounds up, never down, and leaves exact tens of thousands alone", () => {
    expect(roundUpTenThousand(1_872_000)).toBe(1_880_000);
    expect(roundUpTenThousand(2_340_000)).toBe(2_340_000);
  });
});
