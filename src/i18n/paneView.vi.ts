/**
 * How the pane reads at 320 px (issue 12, items 3, 4 and 6): the filter chips, search, unit filter,
 * folded notes, the "Mới" sign, the tab overflow, and the names screen readers hear. In Vietnamese.
 */
export const paneViewVi = {
  "view.language": "English – đổi giao diện sang tiếng Anh",
  "view.chips": "Lọc theo mức độ: bấm để ẩn hoặc hiện",
  "view.chip.error": "{count} lỗi",
  "view.chip.warning": "{count} cảnh báo",
  "view.chip.info": "{count} lưu ý",
  "view.chip.on": "đang hiện",
  "view.chip.off": "đang ẩn",
  "view.clean": "Không có lỗi, cảnh báo hay lưu ý nào.",
  "view.search": "Tìm trong kết quả",
  "view.search.placeholder": "Tìm tên, mã, nội dung…",
  "view.unit": "Đơn vị",
  "view.unit.placeholder": "Tất cả đơn vị",
  "view.unit.all": "Tất cả đơn vị",
  "view.unit.count": "{unit} ({count})",
  "view.noMatch": "Không có phát hiện nào khớp bộ lọc.",
  "view.clearFilters": "Bỏ lọc",
  "view.notes.show": "Hiện {count} lưu ý",
  "view.notes.hide": "Ẩn {count} lưu ý",
  "view.list": "Danh sách phát hiện (dùng phím mũi tên để đi giữa các phát hiện)",
  "view.new": "Mới",
  "view.newCount": "{count} phát hiện mới",
  "view.moreTabs": "Thêm",
  "view.moreTabs.label": "Thêm chức năng",
} as const;
