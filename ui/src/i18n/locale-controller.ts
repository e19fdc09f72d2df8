import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLocaleChange } from './locale';

/** Re-renders its host when the language or the digits change. */
export class LocaleController implements ReactiveController {
  private stop?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stop = onLocaleChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stop?.();
  }
}
