/** What a set-up sheet or template tells the clerk in a cell's input message (Excel: at most 255 characters). */
export const sheetPlanVi = {
  "plan.prompt.required": "Bắt buộc.",
  "plan.prompt.date": "Ngày dạng dd/mm/yyyy, ví dụ 15/03/2024.",
  "plan.prompt.integer": "Số nguyên.",
  "plan.prompt.number": "Một số.",
  "plan.prompt.bool": "Ghi “Có”, hoặc để trống nếu không.",
  "plan.prompt.enum": "Chọn trong danh sách.",
  "plan.prompt.enumList": "Một hoặc nhiều giá trị, cách nhau bởi dấu chấm phẩy: {values}.",
  "plan.prompt.award": "Chọn hình thức trong danh sách, hoặc ghi mã của hình thức.",
  "plan.prompt.code": "Mã có trong sheet “{sheet}”.",
  "plan.prompt.assignee": "Mã đơn vị, mã khối, hoặc “{every}”.",
};
