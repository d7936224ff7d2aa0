/** Messages about files that cannot be used, and warnings while reading one (Vietnamese). */
export const filesVi = {
  "file.missing": "không tìm thấy tệp “{file}”.",
  "file.directory": "“{file}” là một thư mục, không phải tệp sổ Excel (.xlsx).",
  "file.unreadable": "không đọc được tệp “{file}” ({detail}).",
  "file.tooLarge": "tệp “{file}” quá lớn ({size} MB); giới hạn là {limit} MB.",
  "file.notXlsx": "“{file}” không phải tệp Excel (.xlsx).",
  "file.notXlsxKind": "“{file}” không phải tệp Excel (.xlsx): đây là {kind}.",
  "file.kind.empty": "tệp rỗng (0 byte)",
  "file.kind.csv": "tệp văn bản CSV; hãy mở bằng Excel rồi lưu thành Sổ làm việc Excel (.xlsx)",
  "file.kind.text": "tệp văn bản",
  "file.kind.html": "trang HTML; hãy mở bằng Excel rồi lưu thành Sổ làm việc Excel (.xlsx)",
  "file.kind.xml2003": "bảng tính XML 2003; hãy mở bằng Excel rồi lưu thành Sổ làm việc Excel (.xlsx)",
  "file.kind.pdf": "tài liệu PDF",
  "file.kind.rtf": "văn bản RTF",
  "file.kind.image": "một tệp ảnh",
  "file.kind.ods": "bảng tính OpenDocument (.ods); hãy lưu lại dạng Sổ làm việc Excel (.xlsx)",
  "file.kind.odt": "văn bản OpenDocument (.odt)",
  "file.kind.docx": "tài liệu Word (.docx)",
  "file.kind.doc": "tài liệu Word 97-2003 (.doc)",
  "file.kind.pptx": "bản trình chiếu PowerPoint (.pptx)",
  "file.kind.ppt": "bản trình chiếu PowerPoint 97-2003 (.ppt)",
  "file.kind.xls": "sổ Excel 97-2003 (.xls); hãy mở bằng Excel rồi lưu lại dạng .xlsx",
  "file.kind.xlsb": "sổ Excel nhị phân (.xlsb); hãy lưu lại dạng .xlsx",
  "file.kind.zip": "một tệp nén ZIP",
  "file.encrypted":
    "tệp “{file}” được đặt mật khẩu hoặc là định dạng Excel 97-2003 (.xls); hãy bỏ mật khẩu và lưu lại dạng .xlsx.",
  "file.passwordProtected":
    "tệp “{file}” được đặt mật khẩu; hãy bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ) rồi lưu lại.",
  "file.corrupt": "tệp “{file}” bị hỏng, không đọc được.",
  "file.damaged.zip": "tệp “{file}” bị hỏng: không đọc được mục lục của gói nén.",
  "file.damaged.part": "tệp “{file}” bị hỏng: phần “{part}” không đọc được.",
  "file.damaged.method": "tệp “{file}” bị hỏng: phần “{part}” nén theo cách không hỗ trợ ({method}).",
  "file.damaged.size": "tệp “{file}” bị hỏng: phần “{part}” không đúng kích thước đã khai báo.",
  "file.damaged.crc": "tệp “{file}” bị hỏng: phần “{part}” sai mã kiểm tra (CRC).",
  "file.damaged.inflate": "tệp “{file}” bị hỏng: phần “{part}” không giải nén được.",
  "file.damaged.xml": "tệp “{file}” bị hỏng: phần “{part}” không phải XML hợp lệ ({detail}).",
  "file.damaged.missingPart": "tệp “{file}” bị hỏng: thiếu phần “{part}”.",
  "file.damaged.brokenRel": "tệp “{file}” bị hỏng: quan hệ “{rel}” không có trong “{part}”.",
  "file.damaged.missingSheetPart": "tệp “{file}” bị hỏng: sheet “{sheet}” trỏ tới phần “{part}” không có trong tệp.",
  "file.damaged.noSheets": "tệp “{file}” bị hỏng: sổ không có sheet nào.",
  "file.damaged.sharedString":
    "tệp “{file}” bị hỏng: ô {cell} của sheet “{sheet}” trỏ tới một chuỗi không có trong bảng chuỗi.",
  "file.limit.entries": "tệp “{file}” bị từ chối: có {count} phần, quá giới hạn {limit}.",
  "file.limit.part":
    "tệp “{file}” bị từ chối: phần “{part}” khi giải nén là {size} MB, quá giới hạn {limit} MB mỗi phần.",
  "file.limit.total":
    "tệp “{file}” bị từ chối: các phần khi giải nén cộng lại {size} MB, quá giới hạn {limit} MB (lớn nhất là “{part}”).",
  "file.limit.ratio":
    "tệp “{file}” bị từ chối: phần “{part}” nén nhỏ đi {ratio} lần, quá giới hạn {limit} lần (dấu hiệu bom giải nén).",
  "file.limit.overflow":
    "tệp “{file}” bị từ chối: phần “{part}” giải nén ra nhiều hơn {size} byte đã khai báo (dấu hiệu bom giải nén).",
  "file.limit.rows":
    "tệp “{file}”: sheet “{sheet}” làm số dòng có dữ liệu vượt giới hạn {limit} dòng; hãy tách sổ hoặc đặt --max-rows.",
  "file.outOfMemory":
    "không đủ bộ nhớ để kiểm tra “{file}” (giới hạn {limit} MB); hãy tách sổ thành nhiều tệp nhỏ hơn.",
  "warn.wrongExtension": "cảnh báo: “{file}” là sổ Excel (.xlsx) nhưng tên có đuôi “{ext}”; vẫn đọc như .xlsx.",
  "warn.overlappingMerge":
    "cảnh báo: sheet “{sheet}” của “{file}” có hai vùng gộp ô chồng lên nhau ({a} và {b}); Excel sẽ tự sửa, vẫn đọc giá trị các ô.",
  "warn.rowOrder":
    "cảnh báo: sheet “{sheet}” của “{file}” ghi dòng {row} không theo thứ tự; Excel sẽ tự sửa, vẫn đọc đủ các ô.",
} satisfies Record<string, string>;
