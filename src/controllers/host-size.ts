import type { ReactiveController, ReactiveElement } from 'lit';

/** The host's content width (whole px) and the size of 1 em of its text (px). */
export interface HostSize {
  width: number;
  fontSize: number;
}

/**
 * Measures an element's width and its em size with a ResizeObserver, for a layout that depends on
 * both (text zoom changes the em, not the width). The em comes from a probe in the shadow root, an
 * empty element 1 em wide (`probeSelector`), which the host renders in every state.
 *
 * It measures after the first render, then in the frame after each resize: measuring inside the
 * observer's callback re-renders the observed elements in the same frame (a "ResizeObserver loop").
 */
export class HostSizeController implements ReactiveController {
  #resize?: ResizeObserver;
  #frame = 0;

  constructor(
    private readonly host: ReactiveElement,
    private readonly probeSelector: string,
    /** Called with every measurement; the host keeps what changed. */
    private readonly onMeasure: (size: HostSize) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#resize = new ResizeObserver(() => {
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.measure());
    });
    // Moved in the page after its first render (e.g. wrapped in a layout box): observe again.
    if (this.host.hasUpdated) this.#observe();
  }

  hostUpdated(): void {
    if (this.host.hasUpdated) return;
    // The first render: the probe is there now.
    this.#observe();
    this.measure();
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
    cancelAnimationFrame(this.#frame);
  }

  /** Measures now. */
  measure(): void {
    const probe = this.host.renderRoot.querySelector<HTMLElement>(this.probeSelector);
    this.onMeasure({ width: Math.floor(this.host.getBoundingClientRect().width), fontSize: probe ? probe.getBoundingClientRect().width : 16 });
  }

  #observe(): void {
    this.#resize?.observe(this.host);
    const probe = this.host.renderRoot.querySelector(this.probeSelector);
    if (probe) this.#resize?.observe(probe);
  }
}
