// The audit trail's action codes in Russian, for the «Журнал изменений» tab.

const labels: Record<string, string> = {
  "auth.login": "вход в систему",
  "auth.login_failed": "неудачная попытка входа",
  "auth.lockout": "учётная запись временно заблокирована",
  "auth.logout": "выход из системы",
  "user.create": "создана учётная запись",
  "user.update": "изменена учётная запись",
  "user.password_change": "пароль изменён владельцем",
  "user.password_reset": "пароль задан администратором",
  "unit.create": "создано подразделение",
  "unit.update": "изменено подразделение",
  "unit.close": "подразделение закрыто",
  "unit.reopen": "подразделение открыто снова",
  "unit.import": "структура загружена из XLSX",
  "kiosk.register": "зарегистрирован киоск",
  "kiosk.revoke": "киоск отключён",
  "methodology.create": "загружена версия методики",
  "methodology.activate": "версия методики введена в действие",
  "objective.create": "объективные данные: создана запись",
  "objective.update": "объективные данные: запись изменена",
  "objective.submit": "объективные данные: отправлены на утверждение",
  "objective.approve": "объективные данные: утверждены",
  "objective.return": "объективные данные: возвращены на доработку",
  "objective.reopen": "объективные данные: переоткрыты",
  "objective.photo_add": "объективные данные: добавлено фото",
  "objective.photo_delete": "объективные данные: удалено фото",
  "quality.run": "проверка качества данных запущена",
  "quality.confirm": "исключение анкеты подтверждено",
  "quality.clear": "отметка проверки снята",
  "quality.reopen": "решение проверки отменено",
};

/** «зарегистрирован киоск» for `kiosk.register`; an unknown code as it is. */
export function auditActionLabel(action: string): string {
  return labels[action] ?? action;
}

/** Every known action with its label, for the journal's filter. */
export const auditActionOptions: { value: string; label: string }[] = Object.entries(labels).map(([value, label]) => ({ value, label }));
