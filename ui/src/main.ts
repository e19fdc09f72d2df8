import '@fontsource/noto-sans-khmer/400.css';
import '@fontsource/noto-sans-khmer/700.css';
import './styles/page.css';
import { currentLanguage } from './i18n/locale';
import './shell/sahakum-app';

document.documentElement.lang = currentLanguage();

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  navigator.serviceWorker.register('/sw.js').catch(() => undefined);
}
