import { SettingsPanel } from '../../study/SettingsPanel.tsx';

export default function SettingsRoute() {
  return <SettingsPanel />;
}
