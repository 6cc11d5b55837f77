# Screens of the desktop app. ru is the reference: every id here must exist in kk, ky and en.

app-title = Кезек
app-subtitle = Очередь и ваучеры в детские сады

nav-journal = Журнал заявлений
nav-settings = Настройки

common-loading = Загрузка…
common-close = Закрыть
common-retry = Повторить
common-any = Все
common-yes = Да
common-no = Нет
common-not-set = —

journal-title = Журнал заявлений
journal-search-placeholder = ИИН/ПИН, номер заявления или ФИО
journal-search-label = Поиск
journal-col-number = Номер
journal-col-child-name = ФИО ребенка
journal-col-child-number = ИИН/ПИН ребенка
journal-col-queue-position = Номер очереди
journal-col-applicant-name = ФИО заявителя
journal-col-registered-at = Дата создания
journal-col-status = Статус
journal-col-benefit = Тип льготы
journal-col-birth-date = Дата рождения
journal-filter-status = Статус
journal-filter-kind = Вид очереди
journal-filter-benefit = Категория льготы
journal-filter-region = Регион
journal-filter-district = Район
journal-filter-locality = Населённый пункт
journal-filter-from = Дата создания с
journal-filter-to = по
journal-filter-reset = Сбросить фильтры
journal-total =
    { $count ->
        [one] Найдено { $count } заявление
        [few] Найдено { $count } заявления
       *[many] Найдено { $count } заявлений
    }
journal-empty = Заявления не найдены. Измените условия поиска или фильтры.
journal-page = Страница { $page } из { $pages }
journal-prev = Назад
journal-next = Вперёд
journal-page-size = Строк на странице
journal-sort-hint = Нажмите на заголовок столбца, чтобы отсортировать

card-back = К журналу
card-tab-info = Информация о заявлении
card-tab-history = История изменений
card-tab-documents = Общие документы
card-section-applicant = Информация о заявителе
card-section-child = Данные ребенка
card-section-application = Информация о заявлении

field-full-name = Полное имя
field-personal-number = ИИН/ПИН
field-birth-date = Дата рождения
field-sex = Пол
field-phone = Телефон
field-email = E-mail
field-address = Адрес
field-relation = Кем приходится ребенку
field-benefit = Тип льготы
field-benefit-verified = Льгота подтверждена документами
field-queue-position = Номер очереди
field-benefit-queue-position = Номер очереди по льготной категории
field-number = Номер заявления
field-kind = Вид очереди
field-registered-at = Дата регистрации
field-channel = Способ подачи
field-status = Текущее состояние
field-updated-at = Дата и время последнего изменения
field-in-queue-since = В очереди с
field-place = Населённый пункт
field-language = Язык обучения
field-extra-email = Дополнительный Email
field-extra-phone = Дополнительный телефон

history-col-at = Дата и время
history-col-action = Действие
history-col-user = Пользователь
history-col-device = Устройство
history-col-changes = Изменения
history-empty = Изменений пока нет.
history-change = { $field }: { $before } → { $after }

documents-col-section = Раздел
documents-col-name = Наименование документа
documents-col-created = Дата создания
documents-col-file = Файл
documents-empty = Документов нет.
documents-no-file = Файл ещё не сформирован

settings-title = Настройки
settings-language = Язык интерфейса
settings-language-hint = Язык меняется сразу и запоминается на этом компьютере.
settings-about = О программе
about-version = Версия Кезек
about-tauri = Версия Tauri
about-sqlite = Версия SQLite
about-schema = Версия схемы базы данных
about-database = Файл базы данных
about-device = Идентификатор устройства

ui-language-ru = Русский
ui-language-kk = Қазақша
ui-language-ky = Кыргызча
ui-language-en = English

demo-offer-title = Локальная база данных пуста
demo-offer-text = Загрузить демонстрационные данные, чтобы познакомиться с Кезек? Это вымышленные заявления, дети и детские сады; настоящие данные придут с сервера при синхронизации.
demo-offer-count = Количество заявлений
demo-offer-load = Загрузить демо-данные
demo-offer-skip = Начать с пустой базы
demo-loading = Загружено { $done } из { $total }
demo-loaded = Демо-данные загружены
