/**
 * A tile cartogram of Indonesia: one square per province (Kemendagri code), placed on a grid roughly where its
 * capital lies (column west → east, row north → south), so the map needs no geometry, tiles or network.
 * `short` is the ISO 3166-2:ID subdivision code, printed on the tile.
 */
export interface ProvinceTile {
  code: string;
  short: string;
  column: number;
  row: number;
}

export const PROVINCE_TILES: readonly ProvinceTile[] = [
  { code: "11", short: "AC", column: 0, row: 0 },
  { code: "12", short: "SU", column: 1, row: 1 },
  { code: "13", short: "SB", column: 1, row: 2 },
  { code: "14", short: "RI", column: 2, row: 2 },
  { code: "15", short: "JA", column: 3, row: 3 },
  { code: "16", short: "SS", column: 3, row: 4 },
  { code: "17", short: "BE", column: 2, row: 4 },
  { code: "18", short: "LA", column: 4, row: 4 },
  { code: "19", short: "BB", column: 5, row: 3 },
  { code: "21", short: "KR", column: 4, row: 2 },
  { code: "31", short: "JK", column: 6, row: 5 },
  { code: "32", short: "JB", column: 7, row: 5 },
  { code: "33", short: "JT", column: 8, row: 5 },
  { code: "34", short: "YO", column: 8, row: 6 },
  { code: "35", short: "JI", column: 9, row: 5 },
  { code: "36", short: "BT", column: 5, row: 5 },
  { code: "51", short: "BA", column: 10, row: 5 },
  { code: "52", short: "NB", column: 11, row: 5 },
  { code: "53", short: "NT", column: 13, row: 5 },
  { code: "61", short: "KB", column: 7, row: 2 },
  { code: "62", short: "KT", column: 8, row: 3 },
  { code: "63", short: "KS", column: 9, row: 3 },
  { code: "64", short: "KI", column: 10, row: 2 },
  { code: "65", short: "KU", column: 10, row: 1 },
  { code: "71", short: "SA", column: 15, row: 1 },
  { code: "72", short: "ST", column: 12, row: 2 },
  { code: "73", short: "SN", column: 11, row: 4 },
  { code: "74", short: "SG", column: 13, row: 3 },
  { code: "75", short: "GO", column: 14, row: 2 },
  { code: "76", short: "SR", column: 11, row: 3 },
  { code: "81", short: "MA", column: 16, row: 3 },
  { code: "82", short: "MU", column: 16, row: 2 },
  { code: "91", short: "PA", column: 20, row: 2 },
  { code: "92", short: "PB", column: 18, row: 2 },
  { code: "93", short: "PS", column: 20, row: 4 },
  { code: "94", short: "PT", column: 18, row: 3 },
  { code: "95", short: "PE", column: 19, row: 3 },
  { code: "96", short: "PD", column: 17, row: 2 },
];

export const TILE_COLUMNS = Math.max(...PROVINCE_TILES.map((tile) => tile.column)) + 1;
export const TILE_ROWS = Math.max(...PROVINCE_TILES.map((tile) => tile.row)) + 1;
