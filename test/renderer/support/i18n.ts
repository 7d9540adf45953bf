/**
 * Browser test setup: components rendered on their own, outside App's <I18nextProvider>, speak English (the
 * reference catalogue, whose strings the tests use as accessible names). react-i18next falls back to the last
 * instance initialised with initReactI18next, which createInterfaceI18n does.
 */
import { createInterfaceI18n } from '../../../src/renderer/i18n/i18n';

createInterfaceI18n('en');
