/** Khối thi đua of the town in 2024 (plan II.1: "Quyết định phê duyệt các khối thi đua"). Heads are assumed. */
import type { Block } from "../domain/model";
import { numbered, type Draft } from "./records";

const BLOCKS: readonly [code: string, name: string, head: string, deputy: string][] = [
  ["K1", "Khối các cơ quan Đảng, Mặt trận Tổ quốc và các đoàn thể", "MTTQ", "TDOAN"],
  ["K2", "Khối các phòng chuyên môn thuộc UBND thị xã", "PTCKH", "PGDDT"],
  ["K3", "Khối nội chính", "CATX", "TTRA"],
  ["K4", "Khối các đơn vị sự nghiệp", "TTYT", "TTVHTTTT"],
  ["K5", "Khối các phường", "P-SAPA", "P-HAMRONG"],
  ["K6", "Khối các xã vùng cao", "X-TAVAN", "X-BANHO"],
  ["K7", "Khối các trường học", "THCS-SAPA", "TH-TAVAN"],
  ["K8", "Khối các doanh nghiệp, hợp tác xã", "DN-HAMRONG", "HTX-TAVAN"],
];

export function sampleBlocks(): Block[] {
  return numbered(BLOCKS.map(([code, name, head, deputy]): Draft<Block> => ({ code, name, head, deputy })));
}

/** Block code → its head unit, for the block meetings the head organises (plan II.4). */
export function blockHeads(): { code: string; name: string; head: string }[] {
  return BLOCKS.map(([code, name, head]) => ({ code, name, head }));
}
