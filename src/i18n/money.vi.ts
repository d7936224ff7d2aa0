/** Award money (tdkt money) in Vietnamese: loaded with the command only, not by the pane. */
export const moneyVi = {
  "money.book": "Sổ: {file} (năm {year}, {level})",
  "money.salary": "Mức lương cơ sở {amount} đ ({basis}); mỗi khoản làm tròn lên 10.000 đ.",
  "money.salaryBook": "Mức lương cơ sở {amount} đ (ghi ở sheet Kế hoạch); mỗi khoản làm tròn lên 10.000 đ.",
  "money.here": "Cấp này chi, theo hình thức:",
  "money.above": "Cấp trên chi (hình thức do cấp trên quyết định):",
  "money.byUnit": "Theo đơn vị:",
  "money.col.award": "Hình thức",
  "money.col.count": "Số lượng",
  "money.col.amount": "Thành tiền (đ)",
  "money.col.unit": "Đơn vị",
  "money.col.here": "Cấp này chi (đ)",
  "money.col.above": "Cấp trên chi (đ)",
  "money.sum": "Cộng",
  "money.none": "  (không có)",
  "money.total":
    "Tổng cấp này chi: {here} đ ({hereCount} khen thưởng); cấp trên chi: {above} đ ({aboveCount} khen thưởng).",
  "money.notCounted": "Không tính tiền:",
  "money.superseded":
    "  Dòng {row}: {name} — {award}: cùng kỳ với danh hiệu cao hơn ở dòng {other}, chỉ thưởng danh hiệu cao nhất.",
  "money.duplicate": "  Dòng {row}: {name} — {award}: trùng đề nghị ở dòng {other}, chỉ thưởng một lần.",
  "money.rejected": "  Dòng {row}: {name} — {award}: Hội đồng không đồng ý.",
  "money.unknownAward": "  Dòng {row}: {name} — “{award}” không có trong danh mục khen thưởng.",
  "money.wrongSubject": "  Dòng {row}: {name} — {award} không dành cho {subject}.",
  "money.unknownAmount":
    "  Dòng {row}: {name} — {award}: chưa có mức thưởng cho {subject}; ghi Hệ số tiền thưởng ở sheet Danh mục khen thưởng.",
  "money.unconfirmed":
    "Hệ số chưa đối chiếu được với văn bản gốc (nguồn thứ cấp hoặc suy ra): {awards}. Kiểm tra và ghi hệ số của cơ quan ở cột Hệ số tiền thưởng của sheet Danh mục khen thưởng.",
  "money.noNominations": "tdkt: sổ “{file}” không có sheet Đề nghị khen thưởng: không có gì để tính tiền thưởng.",
  "subject.individual": "cá nhân",
  "subject.collective": "tập thể",
  "subject.household": "hộ gia đình",
  "subject.village": "thôn, tổ dân phố",
  "subject.unknown": "đối tượng chưa ghi",
  "level.province": "cấp tỉnh",
  "level.district": "cấp huyện",
  "level.commune": "cấp xã",
} satisfies Record<string, string>;
