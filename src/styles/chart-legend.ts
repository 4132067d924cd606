import { css } from 'lit';

/** The key under a chart: one entry per series, wrapping on narrow screens. Shared by the radar and the dot plot. */
export const chartLegendStyles = css`
  .legend {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 20px;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 8px;
    min-width: 0;
    overflow-wrap: anywhere;
  }
`;
