/** Focus for a city's row, after a panel opened from that row has closed. */
export interface RowFocusRequest {
  readonly cityId: string;
}
